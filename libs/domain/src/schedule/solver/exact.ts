// Exact placement with one MILP when the instance is small enough to enumerate every candidate place: the proven
// optimum over the grid (status "optimal"), or null so the caller takes the heuristic path.

import type { Control } from './control.ts';
import { flexibility } from './greedy.ts';
import { solveSub, type Cand } from './milp.ts';
import type { State } from './state.ts';

/** Candidate places beyond which the exact model is not attempted (the heuristics take over). */
export const EXACT_CANDIDATE_LIMIT = 1500;

/** Every feasible place of s against the sessions in `state`, in all rooms (or the given ones). */
export function allCandidates(state: State, s: number, rooms?: readonly number[], limit = Infinity): Cand[] {
  const out: Cand[] = [];
  for (const r of rooms ?? state.model.rooms.map((x) => x.idx)) {
    for (const t of state.feasibleStarts(s, r)) {
      out.push({ room: r, start: t });
      if (out.length > limit) return out;
    }
  }
  return out;
}

/**
 * Places `toPlace` (not in `state`) optimally around the sessions in `state`. Returns a new State, or null when the
 * instance is too large or HiGHS found nothing in time.
 */
export async function exactPlace(state: State, toPlace: readonly number[], control: Control): Promise<{ state: State; optimal: boolean } | null> {
  if (toPlace.length === 0) return { state: state.clone(), optimal: true };
  // The static count (hours, availability, breaks, capacity) bounds the candidates: skip the enumeration when it is
  // already too large.
  let bound = 0;
  for (const s of toPlace) {
    bound += flexibility(state.model, s);
    if (bound > EXACT_CANDIDATE_LIMIT * 20) return null;
  }
  const cands: Cand[][] = [];
  let total = 0;
  for (const s of toPlace) {
    const list = allCandidates(state, s, undefined, EXACT_CANDIDATE_LIMIT - total);
    total += list.length;
    if (total > EXACT_CANDIDATE_LIMIT) return null;
    cands.push(list);
  }
  control.report({ phase: 'exact' });
  const sub = await solveSub({ state, vars: [...toPlace], cands, allowUnplaced: true }, control, Math.min(control.remaining() * 0.7, 8000));
  if (!sub) return null;
  const next = applyChoice(state, toPlace, cands, sub.choice);
  if (!next) return null;
  return { state: next, optimal: sub.optimal };
}

/** A copy of `state` with the chosen candidates placed, or null if they clash (which the model rules out). */
export function applyChoice(state: State, vars: readonly number[], cands: readonly Cand[][], choice: readonly number[]): State | null {
  const next = state.clone();
  for (const s of vars) next.unplace(s);
  for (let v = 0; v < vars.length; v++) {
    const c = choice[v]!;
    if (c < 0) continue;
    const cand = cands[v]![c]!;
    if (!next.freeAt(vars[v]!, cand.room, cand.start)) return null;
    next.place(vars[v]!, cand.room, cand.start);
  }
  return next;
}
