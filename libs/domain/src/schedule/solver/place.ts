// Full and place modes: sessions that stay are put into the state first (pinned ones, and in place mode every placed
// one), then the others are placed: exactly by one MILP when the instance is small, else greedily and then improved.

import type { Control } from './control.ts';
import { assignMainRooms, greedyPlace, placementOrder } from './greedy.ts';
import { improve, lowerBound } from './improve.ts';
import { effectiveWeights, staticSpans, type Model } from './model.ts';
import { exactPlace } from './exact.ts';
import { scoreState } from './score.ts';
import type { ModeOutcome } from './solve.ts';
import { State } from './state.ts';

export const TIME_UP = 'The time limit was reached (or the run was stopped) before it could be placed.';
const PINNED_WITHOUT_PLACE = 'It is pinned but has no time and room; unpin it to let the solver place it.';

async function placeRest(model: Model, control: Control, initial: State, toPlace: number[], reasons: Map<number, string[]>): Promise<ModeOutcome> {
  const total = model.sessions.length;
  let state = initial;
  const fixedOnly = state.clone();
  // 1. Construction: greedy, most constrained first (always; it is also what the time limit falls back on).
  const mainRoom = assignMainRooms(state, toPlace);
  const order = placementOrder(model, toPlace, mainRoom);
  // Every grid start is worth trying only when some start is preferred over another (speaker preferences); else the
  // ends of each free gap are as good.
  const exhaustive = toPlace.length <= 60 && model.speakers.some((p) => p.preferred !== null);
  const { stopped } = await greedyPlace(state, order, mainRoom, { exhaustive, control, total });
  for (const s of stopped) reasons.set(s, [TIME_UP]);
  if (stopped.length > 0) return { state, reasons, optimal: false, total };
  control.feasible();
  control.report({ phase: 'greedy', placed: state.placedCount(), total, bestScore: scoreState(state).total });
  // A lower bound: reaching it proves the schedule optimal.
  const bound = lowerBound(fixedOnly, toPlace);
  const atBound = (x: State) => toPlace.every((s) => x.pos[s]) && scoreState(x).total <= bound + 1e-6;
  if (atBound(state)) return { state, reasons, optimal: true, total };

  // A second construction that opens each track's planned main room for free (tracks stay whole, rooms pack less
  // tightly); the objective decides which one to keep. Only when rooms used costs anything (it differs from the first
  // only then) and the first took less than a third of the time.
  if (effectiveWeights(model).roomUsed > 0 && control.elapsed() < (control.elapsed() + control.remaining()) / 3) {
    const planned = fixedOnly.clone();
    const second = await greedyPlace(planned, order, mainRoom, { exhaustive, control, total, plannedRooms: true });
    if (second.stopped.length === 0 && isBetter(planned, state)) state = planned;
  }

  // The input's own placement, when complete and free of hard conflicts (full mode on a schedule that is already
  // valid), is a schedule too: keep the better of the two.
  if (model.mode === 'full' && toPlace.every((s) => model.sessions[s]!.cur)) {
    const given = givenPlacement(fixedOnly, toPlace);
    if (given && isBetter(given, state)) state = given;
  }

  // 2. Proven optimal when it reaches the lower bound.
  if (atBound(state)) return { state, reasons, optimal: true, total };

  // 3. Small instances: one exact MILP over every candidate place (proven optimum when HiGHS finishes in time).
  let best = state;
  const exact = await exactPlace(fixedOnly, toPlace, control);
  if (exact && (exact.optimal || isBetter(exact.state, best))) {
    best = exact.state;
    if (exact.optimal) return { state: best, reasons, optimal: true, total };
  }

  // 4. Large ones: improve within the time limit.
  const improved = await improve(best, toPlace, control, total, bound);
  return { state: improved, reasons, optimal: atBound(improved), total };
}

/** The input's placement of `toPlace` on top of `fixedOnly`, if every session keeps every hard rule there; else null. */
function givenPlacement(fixedOnly: State, toPlace: readonly number[]): State | null {
  const model = fixedOnly.model;
  const given = fixedOnly.clone();
  for (const s of toPlace) {
    const cur = model.sessions[s]!.cur!;
    const dur = model.sessions[s]!.dur;
    const inOpen = staticSpans(model, s, cur.room).some((x) => x.start <= cur.start && cur.start + dur <= x.end);
    if (!inOpen || !given.freeAt(s, cur.room, cur.start)) return null;
    given.place(s, cur.room, cur.start);
  }
  return given;
}

/** More sessions placed, then a lower objective. */
function isBetter(a: State, b: State): boolean {
  if (a.placedCount() !== b.placedCount()) return a.placedCount() > b.placedCount();
  return scoreState(a).total < scoreState(b).total - 1e-9;
}

export async function solveFull(model: Model, control: Control): Promise<ModeOutcome> {
  const state = new State(model);
  const reasons = new Map<number, string[]>();
  const toPlace: number[] = [];
  for (const s of model.sessions) {
    if (s.pinned) {
      if (s.cur) state.place(s.idx, s.cur.room, s.cur.start);
      else reasons.set(s.idx, [PINNED_WITHOUT_PLACE]);
    } else toPlace.push(s.idx);
  }
  return placeRest(model, control, state, toPlace, reasons);
}

export async function solvePlace(model: Model, control: Control): Promise<ModeOutcome> {
  const state = new State(model);
  const reasons = new Map<number, string[]>();
  const toPlace: number[] = [];
  for (const s of model.sessions) {
    if (s.cur) state.place(s.idx, s.cur.room, s.cur.start);
    else if (s.pinned) reasons.set(s.idx, [PINNED_WITHOUT_PLACE]);
    else toPlace.push(s.idx);
  }
  return placeRest(model, control, state, toPlace, reasons);
}
