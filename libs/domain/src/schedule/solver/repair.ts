// Repair mode: remove every blocking conflict while changing as little as possible.
//   1. Which sessions move: a smallest set that touches every blocking conflict (a weighted vertex cover: pinned
//      sessions never, then shorter and later-added sessions first).
//   2. Where they go: back into the schedule with everything else fixed, near their old place (the change parts of the
//      objective: moved, distance, room changed). An exact MILP over their candidate places when that is small,
//      else greedily one by one.
//   3. Only then, for a session that still finds no place, one other (unpinned) session may make way if it can itself
//      go elsewhere. What still fails comes off the grid, explained.

import type { Control } from './control.ts';
import { explainUnplaced } from './explain.ts';
import { assignMainRooms, bestCandidate, candidates, flexibility, incrementalCost } from './greedy.ts';
import { effectiveWeights, firstGridStart, staticSpans, type Model } from './model.ts';
import { exactPlace } from './exact.ts';
import type { ModeOutcome } from './solve.ts';
import { State } from './state.ts';

export interface BlockingConflict {
  message: string;
  sessions: number[];
}

/** Sessions to move: every blocking conflict gets one of its unpinned sessions (greedy by coverage, then preference). */
export function chooseMovers(model: Model, blocking: readonly BlockingConflict[]): Set<number> {
  const movers = new Set<number>();
  const open = blocking.filter((c) => c.sessions.some((s) => !model.sessions[s]!.pinned));
  // Cheaper to move: shorter, then later in the input (added later).
  const prefer = (a: number, b: number) => model.sessions[a]!.dur - model.sessions[b]!.dur || b - a;
  let uncovered = open.filter((c) => !c.sessions.some((s) => movers.has(s)));
  while (uncovered.length > 0) {
    // Conflicts of one session alone force it.
    const forced = uncovered.find((c) => c.sessions.filter((s) => !model.sessions[s]!.pinned).length === 1);
    let pick: number;
    if (forced) pick = forced.sessions.find((s) => !model.sessions[s]!.pinned)!;
    else {
      const count = new Map<number, number>();
      for (const c of uncovered) for (const s of c.sessions) if (!model.sessions[s]!.pinned) count.set(s, (count.get(s) ?? 0) + 1);
      pick = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || prefer(a, b))[0]!;
    }
    movers.add(pick);
    uncovered = uncovered.filter((c) => !c.sessions.some((s) => movers.has(s)));
  }
  return movers;
}

/**
 * A place for s that becomes free when one other movable session makes way and that session finds another place
 * (cheapest places for s first). Applies both moves and returns true on success.
 */
function placeWithOneEjection(state: State, s: number, movable: (x: number) => boolean, mainRoom: readonly number[], control: Control): boolean {
  const model = state.model;
  const w = effectiveWeights(model);
  const options: { cost: number; room: number; start: number; other: number }[] = [];
  for (const r of model.rooms) {
    for (const span of staticSpans(model, s, r.idx)) {
      for (let t = firstGridStart(model, span, span.start); t + model.sessions[s]!.dur <= span.end; t += model.g) {
        const blockers = state.blockers(s, r.idx, t);
        if (blockers.length !== 1 || !movable(blockers[0]!)) continue;
        options.push({ cost: incrementalCost(state, w, mainRoom, s, r.idx, t), room: r.idx, start: t, other: blockers[0]! });
      }
    }
  }
  options.sort((a, b) => a.cost - b.cost || a.room - b.room || a.start - b.start);
  for (const o of options.slice(0, 400)) {
    if (control.stop()) return false;
    const old = state.pos[o.other]!;
    state.unplace(o.other);
    state.place(s, o.room, o.start);
    const alt = bestCandidate(state, w, mainRoom, o.other, candidates(state, o.other, true));
    if (alt) {
      state.place(o.other, alt.room, alt.start);
      return true;
    }
    state.unplace(s);
    state.place(o.other, old.room, old.start);
  }
  return false;
}

export async function solveRepair(model: Model, control: Control, blocking: readonly BlockingConflict[]): Promise<ModeOutcome> {
  const state = new State(model);
  for (const s of model.sessions) if (s.cur) state.place(s.idx, s.cur.room, s.cur.start);
  const total = state.placedCount();
  const reasons = new Map<number, string[]>();
  const movers = chooseMovers(model, blocking);
  const conflictOf = new Map<number, string>();
  for (const c of blocking) for (const s of c.sessions) if (!conflictOf.has(s)) conflictOf.set(s, c.message);
  if (movers.size === 0) {
    control.feasible();
    return { state, reasons, optimal: blocking.length === 0, total };
  }
  const moving = [...movers].sort((a, b) => a - b);
  for (const s of moving) state.unplace(s);
  const mainRoom = assignMainRooms(state, []);
  control.report({ phase: 'repair', placed: state.placedCount(), total });

  let optimal = false;
  const exact = await exactPlace(state, moving, control);
  let work = state;
  if (exact) {
    work = exact.state;
    optimal = exact.optimal;
  } else {
    const w = effectiveWeights(model);
    const order = [...moving].sort((a, b) => flexibility(model, a) - flexibility(model, b) || a - b);
    for (const s of order) {
      await control.tick();
      const best = bestCandidate(work, w, mainRoom, s, candidates(work, s, true));
      if (best) work.place(s, best.room, best.start);
    }
  }
  // Still homeless: let one other unpinned session make way.
  const fixedOnce = new Set<number>();
  for (const s of moving) {
    if (work.pos[s]) continue;
    optimal = false;
    if (control.stop()) break;
    const ok = placeWithOneEjection(work, s, (x) => !model.sessions[x]!.pinned && x !== s && !fixedOnce.has(x), mainRoom, control);
    if (ok) fixedOnce.add(s);
  }
  for (const s of moving) {
    if (work.pos[s]) continue;
    const why = explainUnplaced(work, s);
    reasons.set(s, [`It was in a blocking conflict: ${conflictOf.get(s)}`, ...why]);
  }
  control.feasible();
  return { state: work, reasons, optimal, total };
}
