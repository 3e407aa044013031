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
// A second construction puts each track's best main-room chain into one room first (what the track parts of the lower
// bound assume), and a third keeps the input's rooms where they are allowed.
//
// A lower bound (roomsLowerBound: the most sessions at one instant, each session's cheapest allowed room, each
// track's best chain) proves the best construction optimal when it reaches it. Otherwise a small instance without
// pinned sessions gets an exact depth-first search (searchRooms), and what is still unproven a MILP (milp.ts) over the
// allowed rooms, with the renamings of interchangeable rooms cut away, when the instance is small enough (within the
// time limit). HiGHS is loaded only for that last step.

import type { Control } from './control.ts';
import { explainNoRoom } from './explain.ts';
import { incrementalCost } from './greedy.ts';
import { covered, dayOf, effectiveWeights, fitsCapacity, type Model } from './model.ts';
import { EXACT_CANDIDATE_LIMIT } from './exact.ts';
import { solveSub, type Cand } from './milp.ts';
import { placementRaw, rawParts, scoreState, weighParts } from './score.ts';
import type { ModeOutcome } from './solve.ts';
import { State, type Item } from './state.ts';

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

/** Classes of rooms that nothing tells apart (see breakRoomSymmetry), each in room order. */
function roomClasses(base: State, toAssign: readonly number[]): number[][] {
  const model = base.model;
  const fixedRooms = new Set(base.pos.filter((it): it is Item => it !== null).map((it) => it.room));
  const classes: number[][] = [];
  for (const r of model.rooms) {
    if (fixedRooms.has(r.idx)) continue;
    const same = classes.find((c) => {
      const o = model.rooms[c[0]!]!;
      return toAssign.every((s) => {
        const t = model.sessions[s]!.cur!.start;
        return (
          roomAllowsAt(model, s, o.idx, t) === roomAllowsAt(model, s, r.idx, t) &&
          Math.abs(placementCostAt(model, s, o.idx, t) - placementCostAt(model, s, r.idx, t)) < 1e-12
        );
      });
    });
    if (same) same.push(r.idx);
    else classes.push([r.idx]);
  }
  return classes;
}

/**
 * Rooms that nothing tells apart (no fixed session in them, and for every session to assign at its time the same answer
 * from roomAllowsAt and the same per-placement cost) make the MILP search the same assignment under
 * every renaming of them. Any assignment can be renamed, within each such class, so that the sessions of one largest
 * set running at once, taken in order, land in class rooms in order: the k-th of them in one of the class's first
 * k + 1 rooms (when it is in the class at all). Dropping the other candidates keeps an optimum and cuts the renamings.
 */
function breakRoomSymmetry(base: State, toAssign: readonly number[], cands: Cand[][]): void {
  const model = base.model;
  const classes = roomClasses(base, toAssign);
  if (!classes.some((c) => c.length > 1)) return;
  // One largest set of sessions to assign running at once: those running just after the busiest start.
  const startOf = (s: number) => model.sessions[s]!.cur!.start;
  const endOf = (s: number) => startOf(s) + model.sessions[s]!.dur;
  let clique: number[] = [];
  for (const s of toAssign) {
    const t = startOf(s);
    const running = toAssign.filter((x) => startOf(x) <= t && endOf(x) > t);
    if (running.length > clique.length) clique = running;
  }
  const varOf = new Map(toAssign.map((s, v) => [s, v]));
  for (const c of classes) {
    if (c.length < 2) continue;
    const position = new Map(c.map((r, i) => [r, i]));
    clique.forEach((s, k) => {
      const v = varOf.get(s)!;
      cands[v] = cands[v]!.filter((x) => (position.get(x.room) ?? -1) <= k);
    });
  }
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
  breakRoomSymmetry(base, toAssign, cands);
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

/**
 * Per track: the chain of its sessions (pairwise not overlapping, so one room can hold them) that saves the most
 * (trackRoom per session in it, minus trackGap for its gaps on each local day), by a longest path over the sessions
 * sorted by start. `saved` is what it saves, `items` the track's sessions, `chain` the chain's sessions.
 */
function mainChains(model: Model, items: readonly Item[]): { saved: number; items: Item[]; chain: number[] }[] {
  const w = effectiveWeights(model);
  const byTrack = new Map<number, Item[]>();
  for (const it of items) {
    const k = model.sessions[it.s]!.track;
    if (k < 0) continue;
    let list = byTrack.get(k);
    if (!list) byTrack.set(k, (list = []));
    list.push(it);
  }
  const out: { saved: number; items: Item[]; chain: number[] }[] = [];
  for (const list of byTrack.values()) {
    list.sort((a, b) => a.start - b.start || a.end - b.end || a.s - b.s);
    // best[i]: the most a chain ending with list[i] saves; prev[i]: the session before it in that chain (-1: none).
    const best: number[] = [];
    const prev: number[] = [];
    let top = -1;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      let before = 0;
      let from = -1;
      for (let j = 0; j < i; j++) {
        const b = list[j]!;
        if (b.end > a.start) continue;
        const gap = dayOf(model, b.start) === dayOf(model, a.start) ? (w.trackGap * (a.start - b.end)) / 60 : 0;
        if (best[j]! - gap > before + 1e-9) {
          before = best[j]! - gap;
          from = j;
        }
      }
      best.push(w.trackRoom + before);
      prev.push(from);
      if (top < 0 || best[i]! > best[top]! + 1e-9) top = i;
    }
    const chain: number[] = [];
    if (top >= 0 && best[top]! > 0) for (let i = top; i >= 0; i = prev[i]!) chain.unshift(list[i]!.s);
    out.push({ saved: chain.length > 0 ? best[top]! : 0, items: list, chain });
  }
  return out;
}

/**
 * A lower bound of the objective over every room assignment that places all of `toAssign` at their times around the
 * pinned sessions in `fixed`, or null when the argument below does not hold (pinned sessions sharing a room at once,
 * or a session no room allows). Reaching it proves a schedule optimal without a MILP. Part by part:
 *   - what times alone decide (same-track parallel pairs, audience overlap, preferred times) is a constant;
 *   - each session costs at least its cheapest allowed room (capacity fit, change from its input room);
 *   - rooms used: at least as many as sessions run at one instant (each needs its own room; on an interval graph that
 *     many are also enough), and at least the rooms the pinned sessions hold;
 *   - track room and gaps: the track's main room holds sessions that do not overlap, one chain; every session outside
 *     it costs trackRoom, and the chain's own gaps (per local day) cost trackGap, whatever the other rooms hold. The
 *     cheapest chain is a longest-path over the sessions by start (weighted interval scheduling).
 */
export function roomsLowerBound(fixed: State, toAssign: readonly number[]): number | null {
  const model = fixed.model;
  const w = effectiveWeights(model);
  const assign = new Set(toAssign);
  const pinned = fixed.pos.filter((it): it is Item => it !== null && !assign.has(it.s));
  const items: Item[] = [...pinned];
  for (const s of toAssign) {
    const cur = model.sessions[s]!.cur!;
    items.push({ s, room: cur.room, start: cur.start, end: cur.start + model.sessions[s]!.dur });
  }
  // Parts the times alone decide, and the pinned sessions' own placement costs.
  const raw = rawParts(model, items);
  const pinnedRaw = rawParts(model, pinned);
  let lb = weighParts(model, {
    ...raw,
    trackRoom: 0,
    trackGap: 0,
    roomUsed: 0,
    moved: pinnedRaw.moved,
    movedDistance: pinnedRaw.movedDistance,
    roomChanged: pinnedRaw.roomChanged,
    capacityFit: pinnedRaw.capacityFit,
  }).total;
  for (const s of toAssign) {
    const t = model.sessions[s]!.cur!.start;
    let min = Infinity;
    for (const r of model.rooms) {
      if (!roomAllowsAt(model, s, r.idx, t)) continue;
      const p = placementRaw(model, s, r.idx, t);
      min = Math.min(min, w.moved * p.moved + w.movedDistance * p.movedDistance + w.roomChanged * p.roomChanged + w.capacityFit * p.capacityFit);
    }
    if (min === Infinity) return null;
    lb += min;
  }
  // Rooms: the most sessions at one instant (ends before starts at equal times), and the pinned sessions' rooms.
  const events = items.flatMap((it) => [
    [it.start, 1],
    [it.end, -1],
  ]) as [number, number][];
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let most = 0;
  for (const [, d] of events) most = Math.max(most, (running += d));
  for (let r = 0; r < model.rooms.length; r++) {
    const list = fixed.roomList(r).filter((it) => !assign.has(it.s));
    for (let i = 1; i < list.length; i++) if (list[i]!.start < list[i - 1]!.end) return null;
  }
  lb += w.roomUsed * Math.max(most, new Set(pinned.map((it) => it.room)).size);
  // Tracks: the best main-room chain per track.
  for (const { saved, items: list } of mainChains(model, items)) lb += w.trackRoom * list.length - saved;
  return lb;
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

/**
 * A construction aimed at the lower bound: each track's best main-room chain (mainChains) goes into one room first,
 * tracks that save most first, each into the cheapest room that allows and has free every session of it (opening a
 * room is free while fewer rooms are open than sessions run at once, since that many are needed anyway; a room
 * without another track's chain is preferred). Then every other session, by start, into its cheapest free room.
 */
function chainsFirst(fixedOnly: State, toAssign: readonly number[], bestRoom: (into: State, s: number) => number): State {
  const model = fixedOnly.model;
  const w = effectiveWeights(model);
  const state = fixedOnly.clone();
  const assign = new Set(toAssign);
  const items: Item[] = state.pos.filter((it): it is Item => it !== null);
  for (const s of toAssign) {
    const cur = model.sessions[s]!.cur!;
    items.push({ s, room: cur.room, start: cur.start, end: cur.start + model.sessions[s]!.dur });
  }
  const events = items.flatMap((it): [number, number][] => [
    [it.start, 1],
    [it.end, -1],
  ]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let needed = 0;
  for (const [, d] of events) needed = Math.max(needed, (running += d));
  const chains = mainChains(model, items).sort((a, b) => b.saved - a.saved);
  const holdsChain = new Set<number>();
  for (const { chain } of chains) {
    const movable = chain.filter((s) => assign.has(s));
    if (movable.length === 0) continue;
    const pinnedRooms = new Set(chain.filter((s) => !assign.has(s)).map((s) => state.pos[s]!.room));
    const open = state.roomCount.filter((n) => n > 0).length;
    let best = -1;
    let bestCost = Infinity;
    for (const r of model.rooms) {
      if (pinnedRooms.size > 0 && !pinnedRooms.has(r.idx)) continue;
      let cost = state.roomCount[r.idx] === 0 && open >= needed ? w.roomUsed : 0;
      for (const s of movable) {
        const t = model.sessions[s]!.cur!.start;
        if (!roomAllowsAt(model, s, r.idx, t) || !roomFreeAt(state, s, r.idx, t)) {
          cost = Infinity;
          break;
        }
        cost += placementCostAt(model, s, r.idx, t);
      }
      if (cost === Infinity) continue;
      cost += (holdsChain.has(r.idx) ? 1e-3 : 0) + 1e-9 * r.idx;
      if (cost < bestCost) {
        bestCost = cost;
        best = r.idx;
      }
    }
    if (best < 0) continue;
    // The chain's sessions do not overlap and the room was free for each: placing them one by one stays valid.
    for (const s of movable) state.place(s, best, model.sessions[s]!.cur!.start);
    holdsChain.add(best);
  }
  for (const s of toAssign) {
    if (state.pos[s]) continue;
    const r = bestRoom(state, s);
    if (r >= 0) state.place(s, r, model.sessions[s]!.cur!.start);
  }
  return state;
}

/** Sessions and nodes beyond which the exact search is not tried (the MILP is), and its share of the time left. */
const SEARCH_MAX_SESSIONS = 80;
const SEARCH_MAX_NODES = 200_000;
const SEARCH_TIME_SHARE = 0.25;

/**
 * Exact search for small instances without pinned sessions: depth first over the sessions by start, each into one of
 * its allowed free rooms (cheapest first; of the rooms not used yet and interchangeable, only the first), pruned at
 * every node by a lower bound of what any completion costs:
 *   - what the times alone decide, and the placement costs so far plus the cheapest of every session still to place;
 *   - the gaps so far: sessions go in by start, so a session's predecessor in its room is final when it goes in, and
 *     with it the gap between them;
 *   - rooms: those used so far, and at least as many as sessions run at once;
 *   - track room: a track's main room ends with at most its sessions there now plus those still to place it allows.
 * Returns the best schedule it saw (the incumbent when none beats it) and whether the search finished (a proof), or
 * null when it does not apply.
 */
function searchRooms(fixedOnly: State, toAssign: readonly number[], incumbent: State, control: Control): { state: State; optimal: boolean } | null {
  const model = fixedOnly.model;
  const n = toAssign.length;
  if (fixedOnly.placedCount() > 0 || n === 0 || n > SEARCH_MAX_SESSIONS) return null;
  const w = effectiveWeights(model);
  const startOf = (s: number) => model.sessions[s]!.cur!.start;
  const order = [...toAssign].sort((a, b) => startOf(a) - startOf(b) || a - b);
  const options = order.map((s) => model.rooms.filter((r) => roomAllowsAt(model, s, r.idx, startOf(s))).map((r) => r.idx));
  if (options.some((o) => o.length === 0)) return null;
  const cost = order.map((s, d) => new Map(options[d]!.map((r) => [r, placementCostAt(model, s, r, startOf(s))])));
  const minRest = new Array<number>(n + 1).fill(0);
  for (let d = n - 1; d >= 0; d--) minRest[d] = minRest[d + 1]! + Math.min(...cost[d]!.values());
  const items: Item[] = order.map((s) => ({ s, room: model.sessions[s]!.cur!.room, start: startOf(s), end: startOf(s) + model.sessions[s]!.dur }));
  const constant = weighParts(model, { ...rawParts(model, items), trackRoom: 0, trackGap: 0, roomUsed: 0, moved: 0, movedDistance: 0, roomChanged: 0, capacityFit: 0 }).total;
  const events = items.flatMap((it): [number, number][] => [
    [it.start, 1],
    [it.end, -1],
  ]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let most = 0;
  for (const [, delta] of events) most = Math.max(most, (running += delta));
  const classOf = new Map<number, number>();
  roomClasses(fixedOnly, toAssign).forEach((c, i) => c.forEach((r) => classOf.set(r, i)));
  const nRooms = model.rooms.length;
  const nTrack = model.tracks.map(() => 0);
  const count = model.tracks.map(() => new Array<number>(nRooms).fill(0));
  const rem = model.tracks.map(() => new Array<number>(nRooms).fill(0));
  order.forEach((s, d) => {
    const k = model.sessions[s]!.track;
    if (k < 0) return;
    nTrack[k]!++;
    for (const r of options[d]!) rem[k]![r]!++;
  });
  const trackRoomBound = () => {
    let sum = 0;
    for (let k = 0; k < nTrack.length; k++) {
      if (nTrack[k] === 0) continue;
      let most = 0;
      for (let r = 0; r < nRooms; r++) most = Math.max(most, count[k]![r]! + rem[k]![r]!);
      sum += nTrack[k]! - most;
    }
    return w.trackRoom * sum;
  };

  const state = fixedOnly.clone();
  const complete = toAssign.every((x) => incumbent.pos[x]);
  let best = complete ? scoreState(incumbent).total : Infinity;
  let bestState: State | null = null;
  const deadline = performance.now() + Math.min(control.remaining() * SEARCH_TIME_SHARE, 2000);
  let nodes = 0;
  let stopped = false;
  let used = 0;
  let partial = 0;
  const dfs = (d: number): void => {
    if (++nodes > SEARCH_MAX_NODES || ((nodes & 1023) === 0 && (performance.now() > deadline || control.stop()))) {
      stopped = true;
      return;
    }
    if (constant + partial + minRest[d]! + w.roomUsed * Math.max(used, most) + trackRoomBound() >= best - 1e-6) return;
    if (d === n) {
      const total = scoreState(state).total;
      if (total < best - 1e-6) {
        best = total;
        bestState = state.clone();
      }
      return;
    }
    const s = order[d]!;
    const t = startOf(s);
    const k = model.sessions[s]!.track;
    const day = dayOf(model, t);
    const seenClass = new Set<number>();
    const branches: { r: number; add: number; rank: number }[] = [];
    for (const r of options[d]!) {
      if (!roomFreeAt(state, s, r, t)) continue;
      if (state.roomCount[r] === 0) {
        const c = classOf.get(r) ?? -1 - r;
        if (seenClass.has(c)) continue;
        seenClass.add(c);
      }
      let gap = 0;
      if (k >= 0 && w.trackGap > 0) {
        const list = state.trackList(k);
        for (let i = list.length - 1; i >= 0; i--) {
          const it = list[i]!;
          if (it.room !== r) continue;
          if (dayOf(model, it.start) === day) gap = (w.trackGap * Math.max(0, t - it.end)) / 60;
          break;
        }
      }
      const add = cost[d]!.get(r)! + gap;
      const rank = add + (state.roomCount[r] === 0 && used >= most ? w.roomUsed : 0) - (k >= 0 ? 1e-3 * count[k]![r]! : 0);
      branches.push({ r, add, rank });
    }
    branches.sort((a, b) => a.rank - b.rank || a.r - b.r);
    if (k >= 0) for (const r of options[d]!) rem[k]![r]!--;
    for (const { r, add } of branches) {
      state.place(s, r, t);
      const opened = state.roomCount[r] === 1;
      if (opened) used++;
      if (k >= 0) count[k]![r]!++;
      partial += add;
      dfs(d + 1);
      partial -= add;
      if (k >= 0) count[k]![r]!--;
      if (opened) used--;
      state.unplace(s);
      if (stopped) break;
    }
    if (k >= 0) for (const r of options[d]!) rem[k]![r]!++;
  };
  dfs(0);
  const found: State | null = bestState;
  if (!found && !complete) return null;
  return { state: found ?? incumbent, optimal: !stopped };
}

/** The per-placement part of the objective for s in room r at t (change from the input, capacity fit, preference). */
function placementCostAt(model: Model, s: number, r: number, t: number): number {
  const w = effectiveWeights(model);
  const p = placementRaw(model, s, r, t);
  return w.moved * p.moved + w.movedDistance * p.movedDistance + w.roomChanged * p.roomChanged + w.capacityFit * p.capacityFit;
}

/** More sessions placed, then a lower objective. */
function isBetter(a: State, b: State): boolean {
  if (a.placedCount() !== b.placedCount()) return a.placedCount() > b.placedCount();
  return scoreState(a).total < scoreState(b).total - 1e-9;
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
  const fixedOnly = state.clone();
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
  // 1. First fit by start.
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
  let result = state;
  control.report({ phase: 'rooms', placed: result.placedCount(), total, bestScore: scoreState(result).total });
  // A lower bound; a schedule that reaches it is optimal, and the MILP is not needed.
  const bound = roomsLowerBound(fixedOnly, toAssign);
  const atBound = (x: State) => bound !== null && toAssign.every((s) => x.pos[s]) && scoreState(x).total <= bound + 1e-6;
  const others: (() => State)[] = [
    // 2. Each track's best main-room chain first, then the rest.
    () => chainsFirst(fixedOnly, toAssign, bestRoom),
    // 3. The input's own rooms are a schedule too where they break no room rule: keep those, give the others the
    //    cheapest free room.
    () => {
      const asGiven = fixedOnly.clone();
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
      return asGiven;
    },
  ];
  for (const build of others) {
    if (atBound(result)) break;
    await control.tick();
    const next = build();
    if (isBetter(next, result)) result = next;
  }
  let optimal = atBound(result);
  if (!optimal) {
    // 4. Small instances without pinned sessions: the exact search, which proves its answer without HiGHS.
    await control.tick();
    const searched = searchRooms(fixedOnly, toAssign, result, control);
    if (searched) {
      if (isBetter(searched.state, result)) result = searched.state;
      optimal = searched.optimal && toAssign.every((s) => result.pos[s]);
    }
  }
  if (!optimal) {
    // 5. The MILP: the proven optimum when HiGHS finishes in time, else its best if better.
    const exact = await exactRooms(result, toAssign, control);
    if (exact) {
      result = exact.state;
      optimal = exact.optimal || atBound(result);
    }
  }
  for (const s of toAssign) {
    if (result.pos[s]) continue;
    const t = startOf(s);
    reasons.set(s, explainNoRoom(result, s, t, (r) => roomAllowsAt(model, s, r, t)));
  }
  return { state: result, reasons, optimal: optimal && toAssign.every((s) => result.pos[s]), total };
}
