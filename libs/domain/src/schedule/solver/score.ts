// The soft objective (lower is better), evaluated exactly on a placement. The same function scores the solver's result,
// its intermediate schedules and a human schedule (the input's own placement), so they compare like for like.
//
// Parts (raw counts times their weight, see SolverWeights):
//   trackRoom      per placed session not in its track's main room (the room holding most of the track's sessions)
//   trackGap       per hour of gap between consecutive sessions of a track in one room on one (local) day
//   trackParallel  per pair of same-track sessions that overlap in time
//   audienceOverlap per unit of audience overlap (input.audienceOverlap) between two overlapping sessions
//   preferredTime  per session lying in none of the preferred windows of its speakers (speakers without any ignored)
//   moved          per session placed elsewhere (time or room) than in the input
//   movedDistance  per hour between a moved session's new start and its input start
//   roomChanged    per session whose room differs from its input room
//   capacityFit    per 100 empty seats, when both capacity and expected audience are known
//   roomUsed       per room holding at least one session (rooms mode only)
// Full mode plans from scratch: its change parts (moved, movedDistance, roomChanged) weigh 0. Rooms used weighs 0 in
// every mode but rooms (see effectiveWeights).

import { covered, dayOf, effectiveWeights, pairKey, type Model } from './model.ts';
import type { Item, State } from './state.ts';
import type { SolverWeights } from './types.ts';

export type ObjectiveParts = Record<keyof SolverWeights, number>;

export const PART_NAMES: readonly (keyof SolverWeights)[] = [
  'trackRoom',
  'trackGap',
  'trackParallel',
  'audienceOverlap',
  'preferredTime',
  'moved',
  'movedDistance',
  'roomChanged',
  'capacityFit',
  'roomUsed',
];

/** Per-placement costs that do not depend on other sessions: preferred time, change from the input, capacity fit. */
export function placementCost(model: Model, w: SolverWeights, s: number, room: number, start: number): number {
  const raw = placementRaw(model, s, room, start);
  return (
    w.preferredTime * raw.preferredTime + w.moved * raw.moved + w.movedDistance * raw.movedDistance + w.roomChanged * raw.roomChanged + w.capacityFit * raw.capacityFit
  );
}

export function placementRaw(
  model: Model,
  s: number,
  room: number,
  start: number,
): { preferredTime: number; moved: number; movedDistance: number; roomChanged: number; capacityFit: number } {
  const session = model.sessions[s]!;
  let preferredTime = 0;
  let anyPreference = false;
  let inOne = false;
  for (const p of session.speakers) {
    const pref = model.speakers[p]!.preferred;
    if (pref === null) continue;
    anyPreference = true;
    if (covered(pref, start, start + session.dur)) inOne = true;
  }
  if (anyPreference && !inOne) preferredTime = 1;
  let moved = 0;
  let movedDistance = 0;
  let roomChanged = 0;
  if (session.cur) {
    if (session.cur.room !== room || Math.abs(session.cur.start - start) > 1e-9) {
      moved = 1;
      movedDistance = Math.abs(session.cur.start - start) / 60;
    }
    if (session.cur.room !== room) roomChanged = 1;
  }
  const cap = model.rooms[room]!.capacity;
  const capacityFit = cap !== null && session.audience !== null ? Math.max(0, cap - session.audience) / 100 : 0;
  return { preferredTime, moved, movedDistance, roomChanged, capacityFit };
}

/** The raw (unweighted) parts of a placement given as items. */
export function rawParts(model: Model, items: readonly Item[]): ObjectiveParts {
  const raw: ObjectiveParts = {
    trackRoom: 0,
    trackGap: 0,
    trackParallel: 0,
    audienceOverlap: 0,
    preferredTime: 0,
    moved: 0,
    movedDistance: 0,
    roomChanged: 0,
    capacityFit: 0,
    roomUsed: 0,
  };
  const rooms = new Set<number>();
  const byTrack = new Map<number, Item[]>();
  for (const it of items) {
    rooms.add(it.room);
    const p = placementRaw(model, it.s, it.room, it.start);
    raw.preferredTime += p.preferredTime;
    raw.moved += p.moved;
    raw.movedDistance += p.movedDistance;
    raw.roomChanged += p.roomChanged;
    raw.capacityFit += p.capacityFit;
    const t = model.sessions[it.s]!.track;
    if (t >= 0) {
      let list = byTrack.get(t);
      if (!list) byTrack.set(t, (list = []));
      list.push(it);
    }
  }
  raw.roomUsed = rooms.size;
  for (const list of byTrack.values()) {
    const perRoom = new Map<number, number>();
    for (const it of list) perRoom.set(it.room, (perRoom.get(it.room) ?? 0) + 1);
    raw.trackRoom += list.length - Math.max(...perRoom.values());
    // Gaps: per room and local day, consecutive sessions by start.
    const groups = new Map<string, Item[]>();
    for (const it of list) {
      const k = `${it.room}:${dayOf(model, it.start)}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(it);
    }
    for (const g of groups.values()) {
      g.sort((a, b) => a.start - b.start || a.s - b.s);
      for (let i = 1; i < g.length; i++) raw.trackGap += Math.max(0, g[i]!.start - g[i - 1]!.end) / 60;
    }
    // Parallel pairs: sweep by start.
    const sorted = [...list].sort((a, b) => a.start - b.start || a.s - b.s);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.start < sorted[i]!.end; j++) raw.trackParallel++;
    }
  }
  if (model.pairWeight.size > 0) {
    const n = model.sessions.length;
    const at = new Map(items.map((it) => [it.s, it]));
    for (const [key, weight] of model.pairWeight) {
      const a = at.get(Math.floor(key / n));
      const b = at.get(key % n);
      if (a && b && a.start < b.end && b.start < a.end) raw.audienceOverlap += weight;
    }
  }
  return raw;
}

export function weighParts(model: Model, raw: ObjectiveParts): { total: number; parts: ObjectiveParts } {
  const w = effectiveWeights(model);
  const parts = {} as ObjectiveParts;
  let total = 0;
  for (const k of PART_NAMES) {
    const v = round6(w[k] * raw[k]);
    parts[k] = v;
    total += v;
  }
  return { total: round6(total), parts };
}

export function scoreItems(model: Model, items: readonly Item[]): { total: number; parts: ObjectiveParts } {
  return weighParts(model, rawParts(model, items));
}

export function scoreState(state: State): { total: number; parts: ObjectiveParts } {
  return scoreItems(state.model, state.pos.filter((x): x is Item => x !== null));
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Overlap weight between sessions a and b from the audience data (0 when absent). */
export function pairWeightOf(model: Model, a: number, b: number): number {
  return model.pairWeight.get(pairKey(a, b, model.sessions.length)) ?? 0;
}
