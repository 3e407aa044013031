// Rooms mode: every session keeps its time; only rooms are (re)assigned.
//
// Which rooms a session may take at its time: the room seats its audience, is available for the whole session, has no
// block of its own then, is free, and no speaker of the session has a talk in another room closer than the travel
// buffer. (Double bookings, speaker availability, conference hours and breaks for all rooms depend on the time alone:
// they are the input's and stay.)
//
// Construction: sessions by start, each into the cheapest allowed room, where opening a room not used yet costs
// roomUsed. On an interval graph this first-fit by start never opens a room while a used one is free, so it uses as
// many rooms as the largest set of sessions running at once (the least possible) whenever rooms are interchangeable.
// Then a MILP (milp.ts) over the allowed rooms finds the optimum of the whole objective when the instance is small
// enough, or improves the construction within the time limit.

import type { Control } from './control.ts';
import { explainNoRoom } from './explain.ts';
import { incrementalCost } from './greedy.ts';
import { covered, effectiveWeights, fitsCapacity, type Model } from './model.ts';
import { EXACT_CANDIDATE_LIMIT } from './exact.ts';
import { solveSub, type Cand } from './milp.ts';
import { scoreState } from './score.ts';
import type { ModeOutcome } from './solve.ts';
import { State } from './state.ts';

/** The room's own rules for s at its fixed time: capacity, availability, its own blocks. */
export function roomAllowsAt(model: Model, s: number, r: number, start: number): boolean {
  const room = model.rooms[r]!;
  const end = start + model.sessions[s]!.dur;
  if (!fitsCapacity(model, s, r)) return false;
  if (!covered(room.avail, start, end)) return false;
  for (const b of room.ownBlocks) {
    if (b.start >= end) break;
    if (b.end > start) return false;
  }
  return true;
}

/** Free of other sessions in room r, and no travel-buffer clash (overlapping talks of a speaker are the time's fault). */
export function roomFreeAt(state: State, s: number, r: number, start: number): boolean {
  const model = state.model;
  const end = start + model.sessions[s]!.dur;
  for (const it of state.roomItems(r, start, end)) if (it.s !== s) return false;
  const b = model.buffer;
  if (b > 0) {
    for (const p of model.sessions[s]!.speakers) {
      for (const it of state.speakerItems(p, start - b, end + b)) {
        if (it.s === s || it.room === r) continue;
        const overlap = it.start < end && start < it.end;
        if (!overlap) return false;
      }
    }
  }
  return true;
}

/**
 * The MILP over every allowed room of every session (times fixed). Returns the better of its answer and the
 * construction (more sessions placed first, then the objective), and whether it is a proven optimum.
 */
async function exactRooms(constructed: State, toAssign: readonly number[], control: Control): Promise<{ state: State; optimal: boolean } | null> {
  const model = constructed.model;
  if (toAssign.length === 0 || control.stop()) return null;
  const base = constructed.clone();
  for (const s of toAssign) base.unplace(s);
  const cands: Cand[][] = toAssign.map((s) => {
    const t = model.sessions[s]!.cur!.start;
    return model.rooms.filter((r) => roomAllowsAt(model, s, r.idx, t) && roomFreeAt(base, s, r.idx, t)).map((r) => ({ room: r.idx, start: t }));
  });
  if (cands.reduce((a, c) => a + c.length, 0) > EXACT_CANDIDATE_LIMIT) return null;
  control.report({ phase: 'rooms-exact' });
  const sub = await solveSub({ state: base, vars: [...toAssign], cands, allowUnplaced: true, roomsMode: true }, control, Math.min(control.remaining() * 0.7, 8000));
  if (!sub) return null;
  const next = base.clone();
  for (let v = 0; v < toAssign.length; v++) {
    const c = sub.choice[v]!;
    if (c < 0) continue;
    const cand = cands[v]![c]!;
    if (!roomFreeAt(next, toAssign[v]!, cand.room, cand.start)) return null;
    next.place(toAssign[v]!, cand.room, cand.start);
  }
  const better = next.placedCount() > constructed.placedCount() || (next.placedCount() === constructed.placedCount() && scoreState(next).total <= scoreState(constructed).total);
  return better ? { state: next, optimal: sub.optimal } : { state: constructed, optimal: false };
}

/** Main room of each track: the room holding most of its sessions so far (-1: none yet). */
function currentMainRooms(state: State): number[] {
  const model = state.model;
  return model.tracks.map((_, k) => {
    const count = new Map<number, number>();
    for (const it of state.trackList(k)) count.set(it.room, (count.get(it.room) ?? 0) + 1);
    let best = -1;
    let bestN = 0;
    for (const [r, n] of count) if (n > bestN || (n === bestN && r < best)) [best, bestN] = [r, n];
    return best;
  });
}

export async function solveRooms(model: Model, control: Control): Promise<ModeOutcome> {
  const state = new State(model);
  const reasons = new Map<number, string[]>();
  const total = model.sessions.length;
  const toAssign: number[] = [];
  for (const s of model.sessions) {
    if (!s.cur) reasons.set(s.idx, ['It has no time; rooms mode keeps every session at its time, so it needs one first.']);
    else if (s.pinned) state.place(s.idx, s.cur.room, s.cur.start);
    else toAssign.push(s.idx);
  }
  const startOf = (s: number) => model.sessions[s]!.cur!.start;
  toAssign.sort((a, b) => startOf(a) - startOf(b) || model.sessions[b]!.dur - model.sessions[a]!.dur || a - b);
  const w = effectiveWeights(model);
  /** The cheapest allowed room for s at its time in `into`, or -1. */
  const bestRoom = (into: State, s: number): number => {
    const t = startOf(s);
    const mainRoom = currentMainRooms(into);
    let best = -1;
    let bestCost = Infinity;
    for (const r of model.rooms) {
      if (!roomAllowsAt(model, s, r.idx, t) || !roomFreeAt(into, s, r.idx, t)) continue;
      const cost = incrementalCost(into, w, mainRoom, s, r.idx, t);
      if (cost < bestCost) {
        bestCost = cost;
        best = r.idx;
      }
    }
    return best;
  };
  let i = 0;
  for (const s of toAssign) {
    if (i++ % 32 === 0) {
      control.report({ phase: 'rooms', placed: state.placedCount(), total });
      await control.tick();
    }
    const best = bestRoom(state, s);
    if (best >= 0) state.place(s, best, startOf(s));
  }
  control.feasible();
  // The input's own rooms are a schedule too where they break no room rule: keep those, give the others the cheapest
  // free room, and start from the better of the two.
  const asGiven = state.clone();
  for (const s of toAssign) asGiven.unplace(s);
  const misfits: number[] = [];
  for (const s of toAssign) {
    const cur = model.sessions[s]!.cur!;
    if (roomAllowsAt(model, s, cur.room, cur.start) && roomFreeAt(asGiven, s, cur.room, cur.start)) asGiven.place(s, cur.room, cur.start);
    else misfits.push(s);
  }
  for (const s of misfits) {
    const best = bestRoom(asGiven, s);
    if (best >= 0) asGiven.place(s, best, startOf(s));
  }
  let optimal = false;
  let result = state;
  if (asGiven.placedCount() > state.placedCount() || (asGiven.placedCount() === state.placedCount() && scoreState(asGiven).total < scoreState(state).total)) {
    result = asGiven;
  }
  const exact = await exactRooms(result, toAssign, control);
  if (exact) {
    result = exact.state;
    optimal = exact.optimal;
  }
  for (const s of toAssign) {
    if (result.pos[s]) continue;
    const t = startOf(s);
    reasons.set(s, explainNoRoom(result, s, t, (r) => roomAllowsAt(model, s, r, t)));
  }
  return { state: result, reasons, optimal: optimal && toAssign.every((s) => result.pos[s]), total };
}
