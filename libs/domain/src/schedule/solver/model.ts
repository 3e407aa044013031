// The solver's working model: the input turned into small integers and minutes.
//
// Times are minutes from `base` (the earliest instant in the input, floored to the minute); rooms, speakers, tracks and
// sessions are array indexes. Everything the search asks again and again is precomputed here once:
//   - each room's open time: conference hours ∩ the room's availability, minus the breaks/blocks of that room,
//     each span remembering the grid origin (the start of its conference window: starts snap to origin + k·g);
//   - each session's speaker time: the intersection of its speakers' availability (null: any time);
//   - per session and room, the "static" spans where the session may run (both of the above, long enough, in a room
//     that seats its audience), computed lazily.

import { DomainError } from '../../errors.ts';
import { CONFLICT_KINDS, resolveConflictSettings, type ConflictKind, type ConflictSeverity, type ConflictSettings } from '../conflicts.ts';
import { mergeWindows, type TimeWindow } from '../windows.ts';
import { DEFAULT_SOLVER_WEIGHTS, type SolverInput, type SolverMode, type SolverWeights } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

/** A span in which starts snap to origin + k·g. */
export interface GridSpan extends Span {
  origin: number;
}

export interface MRoom {
  idx: number;
  id: string;
  name: string;
  capacity: number | null;
  /** Merged availability, or null (always). */
  avail: Span[] | null;
  /** Merged blocks of this room (its own and those for all rooms). */
  blocks: Span[];
  /** Merged blocks of this room alone (rooms mode: blocks for all rooms depend on the time only). */
  ownBlocks: Span[];
}

export interface MSpeaker {
  idx: number;
  id: string;
  name: string;
  avail: Span[] | null;
  preferred: Span[] | null;
}

export interface MSession {
  idx: number;
  id: string;
  title: string;
  dur: number;
  speakers: number[];
  track: number;
  audience: number | null;
  pinned: boolean;
  /** The input placement, or null. */
  cur: { room: number; start: number } | null;
}

export interface Model {
  input: SolverInput;
  mode: SolverMode;
  timeZone: string;
  /** Epoch milliseconds of minute 0. */
  base: number;
  /** Grid step in minutes. */
  g: number;
  /** Travel buffer in minutes (hard between different rooms when > 0). */
  buffer: number;
  settings: ConflictSettings;
  severities: Record<ConflictKind, ConflictSeverity>;
  /** The weights as given (defaults filled in). */
  weights: SolverWeights;
  rooms: MRoom[];
  speakers: MSpeaker[];
  tracks: { id: string; name: string }[];
  sessions: MSession[];
  /** Merged conference windows (minutes), or null when the input has none. */
  hours: Span[] | null;
  /** Audience overlap between two sessions, keyed pairKey(a, b). */
  pairWeight: Map<number, number>;
  /** Pairs with a positive audience weight, per session. */
  pairsOf: number[][];
  sessionsOfSpeaker: number[][];
  sessionsOfTrack: number[][];
  /** Per room: open time (hours ∩ availability − blocks) with grid origins; null when there are no hours. */
  roomOpen: (GridSpan[] | null)[];
  /** Per session: when all its speakers are available (null: any time). */
  speakerTime: (Span[] | null)[];
  /** staticSpans per session and room, filled lazily. */
  staticCache: (GridSpan[] | undefined)[][];
  /** Per room: its open spans long enough for a duration (sessions without speaker limits share these). */
  openByDuration: Map<number, GridSpan[]>[];
  dayCache: Map<number, number>;
}

const MINUTE = 60000;

export function pairKey(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}

/**
 * Mode-specific weights. Full mode plans from scratch, so the change parts are off. Rooms used counts in rooms mode
 * only: there the times are fixed and the question is how few rooms they need. In the other modes the conference's
 * rooms are there anyway, and a cost per room opened outweighs everything else put together (1000 against 10 for a
 * talk outside its track's room), so it packs sessions into as few rooms as the hours allow: the demo conference's
 * two tracks ran one after the other in the Auditorium until 18:20 (its opening keynote after lunch) instead of side
 * by side, and 126 FOSDEM talks sat outside their track's room (the human schedule: none). What matters about rooms
 * in those modes is already in the other parts (tracks together and in sequence, capacity fit). A merely small
 * roomUsed would still prefer one room to two whenever the other parts are equal, as they are for the demo
 * conference's two tracks, so it is off.
 */
export function effectiveWeights(model: Model): SolverWeights {
  const roomUsed = model.mode === 'rooms' ? model.weights.roomUsed : 0;
  if (model.mode === 'full') return { ...model.weights, moved: 0, movedDistance: 0, roomChanged: 0, roomUsed };
  return { ...model.weights, roomUsed };
}

export function toMinutes(model: Model, date: Date): number {
  return (date.getTime() - model.base) / MINUTE;
}

export function toDate(model: Model, minutes: number): Date {
  return new Date(model.base + Math.round(minutes * MINUTE));
}

function spans(model: { base: number }, windows: TimeWindow[] | null | undefined): Span[] | null {
  if (windows == null) return null;
  return mergeWindows(windows).map((w) => ({ start: (w.start - model.base) / MINUTE, end: (w.end - model.base) / MINUTE }));
}

/** Intersection of two sorted disjoint span lists (null: everything). The result keeps `a`'s extra fields. */
export function intersect<T extends Span>(a: readonly T[], b: readonly Span[] | null): T[] {
  if (b === null) return a.map((x) => ({ ...x }));
  const out: T[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]!.end <= x.start) j++;
    for (let k = j; k < b.length && b[k]!.start < x.end; k++) {
      const s = Math.max(x.start, b[k]!.start);
      const e = Math.min(x.end, b[k]!.end);
      if (e > s) out.push({ ...x, start: s, end: e });
    }
  }
  return out;
}

/** `a` minus the (sorted, merged) spans of `b`. */
export function subtract<T extends Span>(a: readonly T[], b: readonly Span[]): T[] {
  const out: T[] = [];
  for (const x of a) {
    let cur = x.start;
    for (const y of b) {
      if (y.end <= cur) continue;
      if (y.start >= x.end) break;
      if (y.start > cur) out.push({ ...x, start: cur, end: y.start });
      cur = Math.max(cur, y.end);
      if (cur >= x.end) break;
    }
    if (cur < x.end) out.push({ ...x, start: cur, end: x.end });
  }
  return out;
}

export function covered(list: readonly Span[] | null, start: number, end: number): boolean {
  if (list === null) return true;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = list[lo - 1];
  return span !== undefined && start < span.end && end <= span.end;
}

function checkWeights(weights: Partial<SolverWeights> | undefined): SolverWeights {
  const w = { ...DEFAULT_SOLVER_WEIGHTS, ...weights };
  for (const [k, v] of Object.entries(w)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new DomainError('INVALID', `The weight ${k} must be a number ≥ 0, got ${String(v)}.`);
    }
  }
  return w;
}

function validDate(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

export function buildModel(input: SolverInput, mode: SolverMode): Model {
  const settings = resolveConflictSettings(input.settings);
  const g = input.granularityMinutes ?? 5;
  if (!Number.isFinite(g) || g <= 0) throw new DomainError('INVALID', `The granularity must be a positive number of minutes, got ${g}.`);
  const weights = checkWeights(input.weights);

  // Minute 0: the earliest instant anywhere in the input.
  let base = Infinity;
  const see = (d: Date | null | undefined) => {
    if (validDate(d)) base = Math.min(base, d.getTime());
  };
  for (const w of input.conferenceHours ?? []) see(w.start);
  for (const r of input.rooms) for (const w of r.availability ?? []) see(w.start);
  for (const s of input.speakers) {
    for (const w of s.availability ?? []) see(w.start);
    for (const w of s.preferred ?? []) see(w.start);
  }
  for (const b of input.blocks ?? []) see(b.start);
  for (const s of input.sessions) see(s.start);
  if (!Number.isFinite(base)) base = 0;
  base = Math.floor(base / MINUTE) * MINUTE;
  const at = { base };

  const roomIndex = new Map<string, number>();
  const rooms: MRoom[] = input.rooms.map((r, idx) => {
    if (roomIndex.has(r.id)) throw new DomainError('INVALID', `Room id "${r.id}" appears twice.`);
    roomIndex.set(r.id, idx);
    return {
      idx,
      id: r.id,
      name: r.name,
      capacity: typeof r.capacity === 'number' && r.capacity > 0 ? r.capacity : null,
      avail: spans(at, r.availability),
      blocks: [],
      ownBlocks: [],
    };
  });
  const blockLists: TimeWindow[][] = rooms.map(() => []);
  const ownBlockLists: TimeWindow[][] = rooms.map(() => []);
  for (const b of input.blocks ?? []) {
    if (!validDate(b.start) || !validDate(b.end) || b.end < b.start) throw new DomainError('INVALID', `Block "${b.title}" has no valid time.`);
    const targets = b.roomIds === 'all' ? rooms.map((r) => r.idx) : b.roomIds.map((id) => roomIndex.get(id)).filter((x): x is number => x !== undefined);
    for (const r of targets) {
      blockLists[r]!.push({ start: b.start, end: b.end });
      if (b.roomIds !== 'all') ownBlockLists[r]!.push({ start: b.start, end: b.end });
    }
  }
  rooms.forEach((r, i) => {
    r.blocks = spans(at, blockLists[i]!)!;
    r.ownBlocks = spans(at, ownBlockLists[i]!)!;
  });

  const speakerIndex = new Map<string, number>();
  const speakers: MSpeaker[] = [];
  for (const s of input.speakers) {
    if (speakerIndex.has(s.id)) throw new DomainError('INVALID', `Speaker id "${s.id}" appears twice.`);
    speakerIndex.set(s.id, speakers.length);
    speakers.push({ idx: speakers.length, id: s.id, name: s.name, avail: spans(at, s.availability), preferred: spans(at, s.preferred) });
  }
  const trackIndex = new Map<string, number>();
  const tracks: { id: string; name: string }[] = [];
  for (const t of input.tracks ?? []) {
    if (!trackIndex.has(t.id)) {
      trackIndex.set(t.id, tracks.length);
      tracks.push({ id: t.id, name: t.name });
    }
  }

  const sessionIndex = new Map<string, number>();
  const sessions: MSession[] = input.sessions.map((s, idx) => {
    if (sessionIndex.has(s.id)) throw new DomainError('INVALID', `Session id "${s.id}" appears twice.`);
    sessionIndex.set(s.id, idx);
    if (typeof s.durationMinutes !== 'number' || !Number.isFinite(s.durationMinutes) || s.durationMinutes <= 0) {
      throw new DomainError('INVALID', `"${s.title}" (${s.id}) needs a duration of more than 0 minutes, got ${String(s.durationMinutes)}.`);
    }
    const hasRoom = s.roomId != null;
    const hasStart = s.start != null;
    if (hasRoom !== hasStart) {
      throw new DomainError('INVALID', `"${s.title}" (${s.id}) must have both a room and a start, or neither.`);
    }
    if (hasStart && !validDate(s.start)) throw new DomainError('INVALID', `"${s.title}" (${s.id}) has no valid start.`);
    let cur: MSession['cur'] = null;
    if (hasRoom) {
      const room = roomIndex.get(s.roomId!);
      if (room === undefined) throw new DomainError('INVALID', `"${s.title}" (${s.id}) is in room "${s.roomId}", which is not among the rooms.`);
      cur = { room, start: (s.start!.getTime() - base) / MINUTE };
    }
    const spk: number[] = [];
    for (const id of new Set(s.speakerIds)) {
      let i = speakerIndex.get(id);
      if (i === undefined) {
        i = speakers.length;
        speakerIndex.set(id, i);
        speakers.push({ idx: i, id, name: id, avail: null, preferred: null });
      }
      spk.push(i);
    }
    let track = -1;
    if (s.trackId != null) {
      let t = trackIndex.get(s.trackId);
      if (t === undefined) {
        t = tracks.length;
        trackIndex.set(s.trackId, t);
        tracks.push({ id: s.trackId, name: s.trackId });
      }
      track = t;
    }
    const audience = typeof s.expectedAudience === 'number' && s.expectedAudience > 0 ? s.expectedAudience : null;
    return { idx, id: s.id, title: s.title, dur: s.durationMinutes, speakers: spk, track, audience, pinned: s.pinned === true, cur };
  });

  const n = sessions.length;
  const pairWeight = new Map<number, number>();
  const pairsOf: number[][] = sessions.map(() => []);
  for (const p of input.audienceOverlap ?? []) {
    const a = sessionIndex.get(p.a);
    const b = sessionIndex.get(p.b);
    if (a === undefined || b === undefined || a === b || !(p.weight > 0)) continue;
    const k = pairKey(a, b, n);
    if (!pairWeight.has(k)) {
      pairsOf[a]!.push(b);
      pairsOf[b]!.push(a);
    }
    pairWeight.set(k, (pairWeight.get(k) ?? 0) + p.weight);
  }

  const sessionsOfSpeaker: number[][] = speakers.map(() => []);
  const sessionsOfTrack: number[][] = tracks.map(() => []);
  for (const s of sessions) {
    for (const p of s.speakers) sessionsOfSpeaker[p]!.push(s.idx);
    if (s.track >= 0) sessionsOfTrack[s.track]!.push(s.idx);
  }

  const hours = spans(at, input.conferenceHours) ?? (mode === 'rooms' ? null : derivedHours(rooms, sessions, at.base, input.timeZone));
  const roomOpen = rooms.map((r) => {
    if (hours === null) return null;
    const withOrigin: GridSpan[] = hours.map((h) => ({ ...h, origin: h.start }));
    return subtract(intersect(withOrigin, r.avail), r.blocks);
  });
  const speakerTime = sessions.map((s) => {
    let acc: Span[] | null = null;
    for (const p of s.speakers) {
      const av = speakers[p]!.avail;
      if (av === null) continue;
      acc = acc === null ? av.map((x) => ({ ...x })) : intersect(acc, av);
    }
    return acc;
  });

  return {
    input,
    mode,
    timeZone: input.timeZone,
    base,
    g,
    buffer: settings.travelBufferMinutes,
    settings,
    severities: settings.severities as Record<ConflictKind, ConflictSeverity>,
    weights,
    rooms,
    speakers,
    tracks,
    sessions,
    hours,
    pairWeight,
    pairsOf,
    sessionsOfSpeaker,
    sessionsOfTrack,
    roomOpen,
    speakerTime,
    staticCache: [],
    openByDuration: rooms.map(() => new Map()),
    dayCache: new Map(),
  };
}

/**
 * Conference hours when the input has none (place, repair and full need some): the union of the rooms' availability
 * when every room has one, else each local day from its earliest placed session's start to its latest end.
 */
function derivedHours(rooms: MRoom[], sessions: MSession[], base: number, timeZone: string): Span[] | null {
  if (rooms.length > 0 && rooms.every((r) => r.avail !== null)) {
    return mergeWindows(rooms.flatMap((r) => r.avail!.map((a) => ({ start: new Date(base + a.start * MINUTE), end: new Date(base + a.end * MINUTE) })))).map(
      (w) => ({ start: (w.start - base) / MINUTE, end: (w.end - base) / MINUTE }),
    );
  }
  const byDay = new Map<number, Span>();
  for (const s of sessions) {
    if (!s.cur) continue;
    const ms = base + s.cur.start * MINUTE;
    const day = Math.floor((ms + localOffsetMinutes(new Date(ms), timeZone) * MINUTE) / 86_400_000);
    const span = byDay.get(day);
    const end = s.cur.start + s.dur;
    if (span) {
      span.start = Math.min(span.start, s.cur.start);
      span.end = Math.max(span.end, end);
    } else byDay.set(day, { start: s.cur.start, end });
  }
  if (byDay.size === 0) return null;
  const out: Span[] = [];
  for (const w of [...byDay.values()].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else out.push({ ...w });
  }
  return out;
}

/** The room seats the session's audience (when both are known). */
export function fitsCapacity(model: Model, s: number, r: number): boolean {
  const cap = model.rooms[r]!.capacity;
  const aud = model.sessions[s]!.audience;
  return cap === null || aud === null || aud <= cap;
}

/** Where session s may run in room r regardless of other sessions: spans at least as long as the session. */
export function staticSpans(model: Model, s: number, r: number): GridSpan[] {
  let row = model.staticCache[s];
  if (!row) model.staticCache[s] = row = [];
  const hit = row[r];
  if (hit) return hit;
  const session = model.sessions[s]!;
  const open = model.roomOpen[r];
  let out: GridSpan[] = [];
  if (open && fitsCapacity(model, s, r)) {
    const speakerTime = model.speakerTime[s]!;
    if (speakerTime === null) {
      // Sessions without speaker limits share the room's list per duration.
      const byDur = model.openByDuration[r]!;
      let list = byDur.get(session.dur);
      if (!list) byDur.set(session.dur, (list = open.filter((x) => firstGridStart(model, x, x.start) + session.dur <= x.end)));
      out = list;
    } else out = intersect(open, speakerTime).filter((x) => firstGridStart(model, x, x.start) + session.dur <= x.end);
  }
  row[r] = out;
  return out;
}

/** The first start ≥ t on the span's grid. */
export function firstGridStart(model: Model, span: GridSpan, t: number): number {
  const k = Math.ceil((t - span.origin) / model.g - 1e-9);
  return span.origin + Math.max(0, k) * model.g;
}

/** Local calendar day number of minute t (days since the epoch in the conference's zone). */
export function dayOf(model: Model, t: number): number {
  const ms = model.base + t * MINUTE;
  const hourKey = Math.floor(ms / 3_600_000);
  let offset = model.dayCache.get(hourKey);
  if (offset === undefined) {
    offset = localOffsetMinutes(new Date(hourKey * 3_600_000), model.timeZone);
    model.dayCache.set(hourKey, offset);
  }
  return Math.floor((ms + offset * MINUTE) / 86_400_000);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
function localOffsetMinutes(instant: Date, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    offsetFormatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  return Math.round((asUtc - Math.floor(instant.getTime() / MINUTE) * MINUTE) / MINUTE);
}

/** Severities for verification: every hard kind blocks; same-track parallel is soft for the solver. */
export function hardSeverities(): Record<ConflictKind, ConflictSeverity> {
  const out = {} as Record<ConflictKind, ConflictSeverity>;
  for (const k of CONFLICT_KINDS) out[k] = k === 'same_track_parallel' ? 'ignore' : 'block';
  return out;
}

export const HARD_KINDS: readonly ConflictKind[] = CONFLICT_KINDS.filter((k) => k !== 'same_track_parallel');
