// Constructive search: most-constrained sessions first, each put where it adds the least to the objective (track's
// main room, next to its track's previous session, no same-track parallel, preferred times, close to where it was),
// then closest to its input place (when it has one) and earliest on ties. Tracks get a main room up front: a room of
// their own while rooms last (the one whose open hours the track's sessions fill most tightly, longest track first),
// so tracks run side by side in their rooms rather than one after the other in one room.

import type { Control } from './control.ts';
import { dayOf, effectiveWeights, firstGridStart, staticSpans, type GridSpan, type Model } from './model.ts';
import { pairWeightOf, placementCost } from './score.ts';
import type { State } from './state.ts';
import type { SolverWeights } from './types.ts';

/**
 * Tie-breaks among equally good places, far below any part of the objective: closer to the session's input place
 * (start, then room; full mode re-plans a schedule that is often already sensible, and its change parts weigh 0),
 * then earlier, then a lower room index (deterministic).
 */
const EPS_KEEP_TIME = 2e-7;
const EPS_KEEP_ROOM = 1e-6;
const EPS_TIME = 1e-7;
const EPS_ROOM = 1e-9;

/** The objective increase of placing s at (r, t) into `state` (which does not hold s). */
export function incrementalCost(state: State, w: SolverWeights, mainRoom: readonly number[], s: number, r: number, t: number, plannedRooms = false): number {
  const model = state.model;
  const session = model.sessions[s]!;
  const end = t + session.dur;
  let cost = placementCost(model, w, s, r, t);
  const k = session.track;
  // Opening a room costs roomUsed. With `plannedRooms`, the main room planned for the session's track opens for free
  // (assignMainRooms packed the tracks into rooms by their minutes; charging it would scatter the first sessions of
  // each track into rooms already open, packing rooms tighter at the price of splitting tracks).
  if (state.roomCount[r] === 0 && !(plannedRooms && k >= 0 && mainRoom[k] === r)) cost += w.roomUsed;
  if (k >= 0) {
    const main = mainRoom[k] ?? -1;
    if (main >= 0 && main !== r) cost += w.trackRoom;
    if (w.trackParallel > 0) for (const _ of state.trackItems(k, t, end)) cost += w.trackParallel;
    if (w.trackGap > 0) {
      const day = dayOf(model, t);
      let prevEnd = -Infinity;
      let nextStart = Infinity;
      for (const it of state.trackList(k)) {
        if (it.room !== r || it.s === s) continue;
        if (it.end <= t && it.end > prevEnd && dayOf(model, it.start) === day) prevEnd = it.end;
        if (it.start >= end && it.start < nextStart && dayOf(model, it.start) === day) nextStart = it.start;
      }
      let delta = 0;
      if (prevEnd > -Infinity) delta += t - prevEnd;
      if (nextStart < Infinity) delta += nextStart - end;
      if (prevEnd > -Infinity && nextStart < Infinity) delta -= nextStart - prevEnd;
      cost += (w.trackGap * delta) / 60;
    }
  }
  if (w.audienceOverlap > 0) {
    for (const b of model.pairsOf[s]!) {
      const it = state.pos[b];
      if (it && it.start < end && t < it.end) cost += w.audienceOverlap * pairWeightOf(model, s, b);
    }
  }
  const cur = session.cur;
  const keep = cur ? EPS_KEEP_TIME * Math.abs(t - cur.start) + (cur.room === r ? 0 : EPS_KEEP_ROOM) : 0;
  return cost + keep + EPS_TIME * t + EPS_ROOM * r;
}

export interface Candidate {
  room: number;
  start: number;
}

/**
 * Places worth trying for s: in each room and each free gap, the earliest and the latest feasible start (left- and
 * right-justified, next to what is already there), and its input start when it has one; with `exhaustive`, every
 * feasible grid start.
 */
export function candidates(state: State, s: number, exhaustive: boolean, rooms?: readonly number[]): Candidate[] {
  const model = state.model;
  const out: Candidate[] = [];
  const dur = model.sessions[s]!.dur;
  for (const r of rooms ?? model.rooms.map((x) => x.idx)) {
    if (exhaustive) {
      for (const t of state.feasibleStarts(s, r)) out.push({ room: r, start: t });
      continue;
    }
    for (const span of staticSpans(model, s, r)) {
      let from = span.start;
      while (from + dur <= span.end) {
        const t = state.earliestIn(s, r, span, from);
        if (t === null) break;
        out.push({ room: r, start: t });
        // The gap ends where the next session in the room starts (or the span ends).
        let gapEnd = span.end;
        for (const it of state.roomItems(r, t + dur, span.end)) {
          if (it.start >= t + dur) {
            gapEnd = Math.min(gapEnd, it.start);
            break;
          }
        }
        const lastK = Math.floor((gapEnd - dur - span.origin) / model.g + 1e-9);
        const late = span.origin + lastK * model.g;
        if (late > t && late + dur <= gapEnd && state.freeAt(s, r, late)) out.push({ room: r, start: late });
        // Continue after the session that closes this gap.
        let after = gapEnd;
        for (const it of state.roomItems(r, gapEnd, gapEnd + 1)) after = Math.max(after, it.end);
        from = Math.max(after, firstGridStart(model, span, t + model.g));
      }
    }
    const cur = model.sessions[s]!.cur;
    if (cur && !out.some((c) => c.room === r && c.start === cur.start)) {
      const inSpan = staticSpans(model, s, r).some((x) => x.start <= cur.start && cur.start + dur <= x.end && onGrid(model, x, cur.start));
      if (inSpan && state.freeAt(s, r, cur.start)) out.push({ room: r, start: cur.start });
    }
  }
  return out;
}

function onGrid(model: Model, span: GridSpan, t: number): boolean {
  return Math.abs(firstGridStart(model, span, t) - t) < 1e-9;
}

export function bestCandidate(
  state: State,
  w: SolverWeights,
  mainRoom: readonly number[],
  s: number,
  cands: readonly Candidate[],
  plannedRooms = false,
): Candidate | null {
  let best: Candidate | null = null;
  let bestCost = Infinity;
  for (const c of cands) {
    const cost = incrementalCost(state, w, mainRoom, s, c.room, c.start, plannedRooms);
    if (cost < bestCost) {
      bestCost = cost;
      best = c;
    }
  }
  return best;
}

/** Number of grid starts where s could run in each room, summed (static rules only): how free it is. */
export function flexibility(model: Model, s: number): number {
  const session = model.sessions[s]!;
  // Sessions without speaker limits differ only by duration and audience.
  const key = model.speakerTime[s] === null ? `${session.dur}:${session.audience ?? ''}` : null;
  if (key !== null) {
    const hit = flexCache.get(model)?.get(key);
    if (hit !== undefined) return hit;
  }
  const n = countStarts(model, s);
  if (key !== null) {
    let m = flexCache.get(model);
    if (!m) flexCache.set(model, (m = new Map()));
    m.set(key, n);
  }
  return n;
}

const flexCache = new WeakMap<Model, Map<string, number>>();

function countStarts(model: Model, s: number): number {
  let n = 0;
  const dur = model.sessions[s]!.dur;
  for (const r of model.rooms) {
    for (const span of staticSpans(model, s, r.idx)) {
      const first = firstGridStart(model, span, span.start);
      if (first + dur <= span.end) n += Math.floor((span.end - dur - first) / model.g + 1e-9) + 1;
    }
  }
  return n;
}

/**
 * A main room per track. Tracks that already have placed sessions keep the room holding most of them; the others,
 * longest first, take a room where all their sessions can run, in this order of preference: the room most of them are
 * in in the input (when no other track has it and they fit); a room no other track has, where they fit most tightly
 * (best fit); a room of another track, where they fit most tightly; the room they overflow least. "Fit": the
 * sessions, in the order the greedy places them, go first-fit into the room's remaining open spans.
 */
export function assignMainRooms(state: State, toPlace: readonly number[]): number[] {
  const model = state.model;
  const main = model.tracks.map(() => -1);
  const placedPerRoom = model.tracks.map(() => new Map<number, number>());
  for (const it of state.pos) {
    if (!it) continue;
    const k = model.sessions[it.s]!.track;
    if (k >= 0) placedPerRoom[k]!.set(it.room, (placedPerRoom[k]!.get(it.room) ?? 0) + 1);
  }
  for (let k = 0; k < model.tracks.length; k++) {
    let best = -1;
    let bestN = 0;
    for (const [r, n] of placedPerRoom[k]!) if (n > bestN || (n === bestN && r < best)) [best, bestN] = [r, n];
    main[k] = best;
  }
  // Remaining open minutes per room and open span (a track fits a room when its sessions pack into the spans: equal
  // totals are not enough when the room's days are split differently).
  const left = model.rooms.map((r) =>
    (model.roomOpen[r.idx] ?? []).map((span) => {
      let open = span.end - span.start;
      for (const it of state.roomItems(r.idx, span.start, span.end)) open -= Math.min(it.end, span.end) - Math.max(it.start, span.start);
      return open;
    }),
  );
  const demand = new Map<number, number[]>();
  for (const s of toPlace) {
    const k = model.sessions[s]!.track;
    if (k < 0) continue;
    let list = demand.get(k);
    if (!list) demand.set(k, (list = []));
    list.push(s);
  }
  const minutes = (list: number[]) => list.reduce((a, s) => a + model.sessions[s]!.dur, 0);
  // Sessions without speaker limits differ only by duration and audience.
  const kindRooms = new Map<string, boolean[]>();
  const roomsFor = (s: number): boolean[] => {
    const x = model.sessions[s]!;
    const key = model.speakerTime[s] === null ? `${x.dur}:${x.audience ?? ''}` : `s${s}`;
    let rooms = kindRooms.get(key);
    if (!rooms) kindRooms.set(key, (rooms = model.rooms.map((r) => staticSpans(model, s, r.idx).length > 0)));
    return rooms;
  };
  const order = [...demand.keys()].sort((a, b) => minutes(demand.get(b)!) - minutes(demand.get(a)!) || a - b);
  for (const k of order) {
    const list = demand.get(k)!;
    // In the order the greedy will place them (placementOrder): the test then mirrors what it will do.
    const durations = [...list].sort((a, b) => inputOrder(model, a, b)).map((s) => model.sessions[s]!.dur);
    if (main[k]! >= 0) {
      left[main[k]!] = packInto(left[main[k]!]!, durations).left;
      continue;
    }
    // Rooms where every session of the track can run at all (one test per kind of session).
    let ok: boolean[] | null = null;
    for (const s of list) {
      const rooms = roomsFor(s);
      ok = ok === null ? [...rooms] : ok.map((x, r) => x && rooms[r]!);
    }
    const taken = new Set(main.filter((r) => r >= 0));
    const inputCount = new Map<number, number>();
    for (const s of list) {
      const cur = model.sessions[s]!.cur;
      if (cur) inputCount.set(cur.room, (inputCount.get(cur.room) ?? 0) + 1);
    }
    let inputRoom = -1;
    for (const [r, n] of inputCount) if (inputRoom < 0 || n > inputCount.get(inputRoom)! || (n === inputCount.get(inputRoom)! && r < inputRoom)) inputRoom = r;
    let best = -1;
    let bestScore = Infinity;
    let bestLeft: number[] = [];
    for (const r of model.rooms) {
      if (!ok![r.idx]) continue;
      const packed = packInto(left[r.idx]!, durations);
      const rest = packed.left.reduce((a, x) => a + x, 0);
      const own = !taken.has(r.idx);
      const score = packed.overflow > 0 ? 3e12 + packed.overflow - rest : r.idx === inputRoom && own ? -1 : own ? rest : 1e12 + rest;
      if (score < bestScore) {
        bestScore = score;
        best = r.idx;
        bestLeft = packed.left;
      }
    }
    main[k] = best;
    if (best >= 0) left[best] = bestLeft;
  }
  return main;
}

/** First fit of durations, in order, into spans with `free` minutes each: what is left, and what did not fit. */
function packInto(free: readonly number[], durations: readonly number[]): { left: number[]; overflow: number } {
  const left = [...free];
  let overflow = 0;
  for (const d of durations) {
    const i = left.findIndex((x) => x >= d);
    if (i >= 0) left[i]! -= d;
    else overflow += d;
  }
  return { left, overflow };
}

/**
 * Places `order` one by one into `state`; returns the sessions that found no place and those not tried because the
 * time ran out. Sessions that already have a place are skipped.
 */
export async function greedyPlace(
  state: State,
  order: readonly number[],
  mainRoom: readonly number[],
  options: { exhaustive: boolean; control: Control; total: number; plannedRooms?: boolean },
): Promise<{ failed: number[]; stopped: number[] }> {
  const w = effectiveWeights(state.model);
  const failed: number[] = [];
  const stopped: number[] = [];
  let i = 0;
  for (const s of order) {
    if (state.pos[s]) continue;
    if (i++ % 4 === 0) {
      options.control.report({ phase: 'greedy', placed: state.placedCount(), total: options.total });
      // Out of time (or aborted): the rest stays unplaced, and says so.
      if (await options.control.tick()) {
        stopped.push(...order.filter((x) => !state.pos[x] && !failed.includes(x)));
        break;
      }
    }
    const best = bestCandidate(state, w, mainRoom, s, candidates(state, s, options.exhaustive), options.plannedRooms);
    if (best) state.place(s, best.room, best.start);
    else failed.push(s);
  }
  return { failed, stopped };
}

/**
 * Most constrained first: sessions with little room to move; then by track (main-room order), each track in its input
 * order (by input start where it has one, else as listed): the program's order, which often matters (an opening or
 * an overview before the deep dives), and which the greedy keeps by putting each next to the previous one. Sessions
 * without a track go first, longest first.
 */
export function placementOrder(model: Model, toPlace: readonly number[], mainRoom: readonly number[]): number[] {
  const flex = new Map(toPlace.map((s) => [s, flexibility(model, s)]));
  const median = [...flex.values()].sort((a, b) => a - b)[Math.floor(flex.size / 2)] ?? 0;
  const tight = (s: number) => flex.get(s)! < median / 4;
  return [...toPlace].sort((a, b) => {
    const sa = model.sessions[a]!;
    const sb = model.sessions[b]!;
    const ta = tight(a) ? 0 : 1;
    const tb = tight(b) ? 0 : 1;
    if (ta !== tb) return ta - tb;
    if (ta === 0) return flex.get(a)! - flex.get(b)! || sb.dur - sa.dur || a - b;
    const ra = sa.track >= 0 ? (mainRoom[sa.track] ?? -1) : -1;
    const rb = sb.track >= 0 ? (mainRoom[sb.track] ?? -1) : -1;
    if (sa.track !== sb.track || ra !== rb) return sa.track - sb.track || ra - rb;
    // Sessions without a track: longest first (they fill what the tracks leave).
    if (sa.track < 0) return sb.dur - sa.dur || flex.get(a)! - flex.get(b)! || a - b;
    return inputOrder(model, a, b);
  });
}

/** The input's order of two sessions: by input start where they have one (placed before unplaced), else as listed. */
function inputOrder(model: Model, a: number, b: number): number {
  const ca = model.sessions[a]!.cur?.start ?? Infinity;
  const cb = model.sessions[b]!.cur?.start ?? Infinity;
  return (ca === cb ? 0 : ca < cb ? -1 : 1) || a - b;
}
