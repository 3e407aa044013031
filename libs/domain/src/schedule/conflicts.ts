// Schedule conflicts as structured values (pretalx's `get_talk_warnings` / `compute_warnings`, ARCHITECTURE point 7).
//
// Pure: the caller passes rooms, speakers, slots, breaks and the conference hours; nothing here reads a database.
// Two entry points share one set of rules:
//   - checkSchedule(input): the whole schedule, in bulk. Slots are sorted once per room, per speaker and per track;
//     each sorted list is swept so only pairs that are close in time are ever compared (O(n log n + conflicts)).
//   - createConflictIndex(input) + checkMove(index, slotId, move): the conflicts one slot would have after a move,
//     found with binary searches in the same sorted lists, without rebuilding anything; applyMove(...) then updates
//     the lists once the move is accepted.
// Intervals are half-open [start, end): a talk ending at 10:00 and one starting at 10:00 do not overlap.
//
// Rules, and the choices where the issue leaves room:
//   room_overlap             two slots in one room overlap (one conflict per pair).
//   break_overlap            a slot overlaps a block/break of its room or of all rooms (one per slot and break).
//   speaker_double_booked    two overlapping slots share a speaker, in any rooms (one per pair; all shared speakers).
//                            In one room this comes next to room_overlap: moving one talk away fixes only the latter.
//   speaker_travel_buffer    two non-overlapping slots of a speaker in different rooms with a gap below the buffer;
//                            every such pair counts, not only neighbours (a gap exactly equal to the buffer is fine).
//   speaker_unavailable      a slot not inside the union of a speaker's windows (one per slot; the speakers missing).
//   room_unavailable         likewise for the room; outside_conference_hours likewise for the conference hours.
//                            Windows: absent/null = always; [] = never; touching windows join (09–12 + 12–18 = 09–18).
//   room_capacity            expected audience > capacity, when both are known (capacity must be positive).
//   same_track_parallel      two overlapping slots of one track (in any rooms; one per pair).
// Every conflict comes out in one order: kind (CONFLICT_KINDS), earliest start, slot ids, room, speakers, message.

import { DomainError } from '../errors.ts';
import { describeSpan, listNames, minutes } from './conflict-messages.ts';
import { Timeline, gapBetween, overlaps, type Interval } from './timeline.ts';
import { coveredBy, mergeWindows, type MergedWindows, type TimeWindow } from './windows.ts';

export type { TimeWindow } from './windows.ts';

/** Every kind, in the order conflicts are reported. */
export const CONFLICT_KINDS = [
  'room_overlap',
  'break_overlap',
  'speaker_double_booked',
  'speaker_travel_buffer',
  'speaker_unavailable',
  'room_unavailable',
  'outside_conference_hours',
  'room_capacity',
  'same_track_parallel',
] as const;

export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** block: the move is refused with the conflict's message; warn: shown, allowed; ignore: not checked, not returned. */
export type ConflictSeverity = 'block' | 'warn' | 'ignore';

export const DEFAULT_SEVERITIES: Readonly<Record<ConflictKind, ConflictSeverity>> = {
  room_overlap: 'block',
  break_overlap: 'warn',
  speaker_double_booked: 'block',
  speaker_travel_buffer: 'warn',
  speaker_unavailable: 'warn',
  room_unavailable: 'warn',
  outside_conference_hours: 'warn',
  room_capacity: 'warn',
  same_track_parallel: 'warn',
};

export interface ConflictSettings {
  /** Per-kind overrides of DEFAULT_SEVERITIES (a conference's own choice). */
  severities: Partial<Record<ConflictKind, ConflictSeverity>>;
  /** Minutes a speaker needs between talks in different rooms; 0 turns speaker_travel_buffer off. Default 0. */
  travelBufferMinutes: number;
}

export interface ScheduleRoom {
  id: string;
  name: string;
  /** Seats; unknown when absent, null or not a positive number. */
  capacity?: number | null;
  /** When the room can be used. Absent or null: always. An empty list: never. */
  availability?: TimeWindow[] | null;
}

export interface ScheduleSpeaker {
  id: string;
  name: string;
  /** When the speaker can speak. Absent or null: always. An empty list: never. */
  availability?: TimeWindow[] | null;
}

export interface ScheduleTrack {
  id: string;
  name: string;
}

export interface ScheduleSlot {
  id: string;
  title: string;
  /** null: not in a room yet (only speaker, track and hours rules apply). */
  roomId: string | null;
  start: Date;
  end: Date;
  speakerIds: string[];
  trackId?: string | null;
  /** People expected; compared with the room's capacity when both are known. */
  expectedAudience?: number | null;
}

/** A break or other block (lunch, keynote hold, room set-up) during which sessions should not run in its rooms. */
export interface ScheduleBlock {
  id: string;
  title: string;
  start: Date;
  end: Date;
  roomIds: string[] | 'all';
}

export interface ConflictInput {
  /** IANA zone of the conference: the local times in messages. */
  timeZone: string;
  rooms: ScheduleRoom[];
  speakers: ScheduleSpeaker[];
  slots: ScheduleSlot[];
  tracks?: ScheduleTrack[];
  blocks?: ScheduleBlock[];
  /** When sessions may run, e.g. one window per day. Absent or null: no limit. */
  conferenceHours?: TimeWindow[] | null;
  settings?: Partial<ConflictSettings>;
}

export interface Conflict {
  kind: ConflictKind;
  severity: Exclude<ConflictSeverity, 'ignore'>;
  /** The slots involved, sorted (one for single-slot kinds, two for pairs). */
  slotIds: string[];
  /** The speakers who cause it (double booking, travel, availability), sorted; empty for the other kinds. */
  speakerIds: string[];
  /** The room all involved slots share, or null (slots in different rooms, or no room). */
  roomId: string | null;
  message: string;
}

/** Where a slot would go. */
export interface SlotMove {
  roomId: string | null;
  start: Date;
  end: Date;
}

interface SlotRecord extends Interval {
  title: string;
  roomId: string | null;
  speakerIds: readonly string[];
  trackId: string | null;
  expectedAudience: number | null;
}

interface BlockRecord extends Interval {
  title: string;
  roomIds: readonly string[] | 'all';
}

interface RoomInfo {
  name: string;
  capacity: number | null;
  availability: MergedWindows | null;
}

interface SpeakerInfo {
  name: string;
  availability: MergedWindows | null;
}

/**
 * The schedule in sorted per-room, per-speaker and per-track lists. Treat it as opaque: build it with
 * createConflictIndex, query it with checkMove / checkSlot / checkIndex, change it with applyMove / addSlot / removeSlot.
 */
export interface ConflictIndex {
  readonly timeZone: string;
  readonly severities: Readonly<Record<ConflictKind, ConflictSeverity>>;
  readonly travelBufferMs: number;
  readonly slots: Map<string, SlotRecord>;
  readonly byRoom: Map<string, Timeline<SlotRecord>>;
  readonly bySpeaker: Map<string, Timeline<SlotRecord>>;
  readonly byTrack: Map<string, Timeline<SlotRecord>>;
  readonly blocksByRoom: Map<string, Timeline<BlockRecord>>;
  readonly blocksEverywhere: Timeline<BlockRecord>;
  readonly rooms: Map<string, RoomInfo>;
  readonly speakers: Map<string, SpeakerInfo>;
  readonly trackNames: Map<string, string>;
  readonly hours: MergedWindows | null;
}

/** Settings with the defaults filled in. */
export function resolveConflictSettings(settings: Partial<ConflictSettings> = {}): ConflictSettings {
  const travelBufferMinutes = settings.travelBufferMinutes ?? 0;
  if (!Number.isFinite(travelBufferMinutes) || travelBufferMinutes < 0) {
    throw new DomainError('INVALID', `The travel buffer must be 0 or more minutes, got ${travelBufferMinutes}.`, {
      travelBufferMinutes: 'Enter 0 or more minutes.',
    });
  }
  const severities = { ...DEFAULT_SEVERITIES, ...settings.severities };
  for (const kind of CONFLICT_KINDS) {
    if (!['block', 'warn', 'ignore'].includes(severities[kind])) {
      throw new DomainError('INVALID', `The severity of ${kind} must be block, warn or ignore, got "${severities[kind]}".`);
    }
  }
  return { severities, travelBufferMinutes };
}

function toMillis(date: Date, what: string): number {
  const t = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(t)) throw new DomainError('INVALID', `${what} has no valid time.`);
  return t;
}

function interval(id: string, title: string, start: Date, end: Date): { start: number; end: number } {
  const s = toMillis(start, `"${title}" (${id})`);
  const e = toMillis(end, `"${title}" (${id})`);
  if (e < s) throw new DomainError('INVALID', `"${title}" (${id}) ends before it starts.`);
  return { start: s, end: e };
}

function slotRecord(slot: ScheduleSlot): SlotRecord {
  return {
    id: slot.id,
    title: slot.title,
    ...interval(slot.id, slot.title, slot.start, slot.end),
    roomId: slot.roomId,
    speakerIds: [...new Set(slot.speakerIds)].sort(),
    trackId: slot.trackId ?? null,
    expectedAudience: slot.expectedAudience ?? null,
  };
}

function timelinesBy(records: Iterable<SlotRecord>, keys: (r: SlotRecord) => Iterable<string>): Map<string, Timeline<SlotRecord>> {
  const groups = new Map<string, SlotRecord[]>();
  for (const r of records) {
    for (const k of keys(r)) {
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(r);
    }
  }
  return new Map([...groups].map(([k, g]) => [k, new Timeline(g)]));
}

const roomKeys = (r: SlotRecord) => (r.roomId === null ? [] : [r.roomId]);
const speakerKeys = (r: SlotRecord) => r.speakerIds;
const trackKeys = (r: SlotRecord) => (r.trackId === null ? [] : [r.trackId]);

export function createConflictIndex(input: ConflictInput): ConflictIndex {
  const settings = resolveConflictSettings(input.settings);
  const slots = new Map<string, SlotRecord>();
  for (const slot of input.slots) {
    if (slots.has(slot.id)) throw new DomainError('INVALID', `Slot id "${slot.id}" appears twice.`);
    slots.set(slot.id, slotRecord(slot));
  }
  const blocksByRoomList = new Map<string, BlockRecord[]>();
  const everywhere: BlockRecord[] = [];
  for (const b of input.blocks ?? []) {
    const rec: BlockRecord = { id: b.id, title: b.title, ...interval(b.id, b.title, b.start, b.end), roomIds: b.roomIds === 'all' ? 'all' : [...b.roomIds] };
    if (rec.roomIds === 'all') everywhere.push(rec);
    else {
      for (const roomId of new Set(rec.roomIds)) {
        let list = blocksByRoomList.get(roomId);
        if (!list) blocksByRoomList.set(roomId, (list = []));
        list.push(rec);
      }
    }
  }
  const availability = (w: TimeWindow[] | null | undefined) => (w == null ? null : mergeWindows(w));
  return {
    timeZone: input.timeZone,
    severities: settings.severities as Record<ConflictKind, ConflictSeverity>,
    travelBufferMs: Math.round(settings.travelBufferMinutes * 60000),
    slots,
    byRoom: timelinesBy(slots.values(), roomKeys),
    bySpeaker: timelinesBy(slots.values(), speakerKeys),
    byTrack: timelinesBy(slots.values(), trackKeys),
    blocksByRoom: new Map([...blocksByRoomList].map(([k, list]) => [k, new Timeline(list)])),
    blocksEverywhere: new Timeline(everywhere),
    rooms: new Map(
      input.rooms.map((r) => [
        r.id,
        { name: r.name, capacity: typeof r.capacity === 'number' && r.capacity > 0 ? r.capacity : null, availability: availability(r.availability) },
      ]),
    ),
    speakers: new Map(input.speakers.map((s) => [s.id, { name: s.name, availability: availability(s.availability) }])),
    trackNames: new Map((input.tracks ?? []).map((t) => [t.id, t.name])),
    hours: availability(input.conferenceHours),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Building conflicts. Both the bulk sweep and the one-slot check go through the same builders, so a conflict has the
// same text, ids and order whichever way it was found.

interface Found {
  conflict: Conflict;
  /** Earliest start among the involved slots: the second sort key after the kind. */
  firstStart: number;
}

const KIND_ORDER = new Map<ConflictKind, number>(CONFLICT_KINDS.map((k, i) => [k, i]));

function compareFound(a: Found, b: Found): number {
  const x = a.conflict;
  const y = b.conflict;
  return (
    KIND_ORDER.get(x.kind)! - KIND_ORDER.get(y.kind)! ||
    a.firstStart - b.firstStart ||
    compareLists(x.slotIds, y.slotIds) ||
    compareStrings(x.roomId ?? '', y.roomId ?? '') ||
    compareLists(x.speakerIds, y.speakerIds) ||
    compareStrings(x.message, y.message)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareStrings(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

class Collector {
  readonly found: Found[] = [];
  /** Speaker pair conflicts, merged over the speakers two slots share: kind + slot ids -> speakers. */
  private readonly speakerPairs = new Map<string, { kind: ConflictKind; a: SlotRecord; b: SlotRecord; speakerIds: Set<string> }>();

  constructor(private readonly index: ConflictIndex) {}

  on(kind: ConflictKind): boolean {
    return this.index.severities[kind] !== 'ignore';
  }

  private roomName(roomId: string | null): string {
    return roomId === null ? 'no room' : (this.index.rooms.get(roomId)?.name ?? roomId);
  }

  private speakerName(id: string): string {
    return this.index.speakers.get(id)?.name ?? id;
  }

  private when(r: Interval): string {
    return describeSpan(r.start, r.end, this.index.timeZone);
  }

  private push(kind: ConflictKind, records: readonly Interval[], speakerIds: string[], roomId: string | null, message: string): void {
    this.found.push({
      conflict: {
        kind,
        severity: this.index.severities[kind] as Conflict['severity'],
        slotIds: records.map((r) => r.id).sort(),
        speakerIds: [...speakerIds].sort(),
        roomId,
        message,
      },
      firstStart: Math.min(...records.map((r) => r.start)),
    });
  }

  /** Orders a pair for messages: earlier first (then by id). */
  private static ordered(a: SlotRecord, b: SlotRecord): [SlotRecord, SlotRecord] {
    return a.start < b.start || (a.start === b.start && a.id < b.id) ? [a, b] : [b, a];
  }

  roomOverlap(x: SlotRecord, y: SlotRecord): void {
    const [a, b] = Collector.ordered(x, y);
    this.push(
      'room_overlap',
      [a, b],
      [],
      a.roomId,
      `${this.roomName(a.roomId)} is double-booked: "${a.title}" (${this.when(a)}) overlaps "${b.title}" (${this.when(b)}).`,
    );
  }

  breakOverlap(slot: SlotRecord, block: BlockRecord): void {
    const where = block.roomIds === 'all' ? 'in all rooms' : `in ${this.roomName(slot.roomId)}`;
    this.push(
      'break_overlap',
      [slot],
      [],
      slot.roomId,
      `"${slot.title}" (${this.when(slot)}) in ${this.roomName(slot.roomId)} overlaps "${block.title}" (${this.when(block)}) ${where}.`,
    );
  }

  sameTrackParallel(x: SlotRecord, y: SlotRecord): void {
    const [a, b] = Collector.ordered(x, y);
    const track = this.index.trackNames.get(a.trackId!) ?? a.trackId!;
    this.push(
      'same_track_parallel',
      [a, b],
      [],
      a.roomId === b.roomId ? a.roomId : null,
      `Two sessions of track ${track} run in parallel: "${a.title}" in ${this.roomName(a.roomId)} (${this.when(a)}) and "${b.title}" in ${this.roomName(b.roomId)} (${this.when(b)}).`,
    );
  }

  speakerPair(kind: 'speaker_double_booked' | 'speaker_travel_buffer', x: SlotRecord, y: SlotRecord, speakerId: string): void {
    const [a, b] = Collector.ordered(x, y);
    const key = `${kind}\u0000${a.id}\u0000${b.id}`;
    const entry = this.speakerPairs.get(key);
    if (entry) entry.speakerIds.add(speakerId);
    else this.speakerPairs.set(key, { kind, a, b, speakerIds: new Set([speakerId]) });
  }

  /** Speaker pairs become conflicts once every shared speaker has been seen. */
  private flushSpeakerPairs(): void {
    for (const { kind, a, b, speakerIds } of this.speakerPairs.values()) {
      const ids = [...speakerIds].sort();
      const names = listNames(ids.map((id) => this.speakerName(id)));
      const roomId = a.roomId === b.roomId ? a.roomId : null;
      if (kind === 'speaker_double_booked') {
        const verb = ids.length === 1 ? 'is' : 'are';
        this.push(
          kind,
          [a, b],
          ids,
          roomId,
          `${names} ${verb} booked twice at once: "${a.title}" in ${this.roomName(a.roomId)} (${this.when(a)}) and "${b.title}" in ${this.roomName(b.roomId)} (${this.when(b)}).`,
        );
      } else {
        const verb = ids.length === 1 ? 'has' : 'have';
        this.push(
          kind,
          [a, b],
          ids,
          roomId,
          `${names} ${verb} ${minutes(gapBetween(a, b))} to get from "${a.title}" in ${this.roomName(a.roomId)} (${this.when(a)}) to "${b.title}" in ${this.roomName(b.roomId)} (${this.when(b)}); the travel buffer is ${minutes(this.index.travelBufferMs)}.`,
        );
      }
    }
    this.speakerPairs.clear();
  }

  /** The rules about one slot alone: availability, conference hours, capacity, breaks. */
  single(slot: SlotRecord): void {
    const index = this.index;
    const room = slot.roomId === null ? undefined : index.rooms.get(slot.roomId);
    if (this.on('break_overlap') && slot.roomId !== null) {
      const blocks: BlockRecord[] = [];
      for (const b of index.blocksByRoom.get(slot.roomId)?.within(slot.start, slot.end) ?? []) if (overlaps(b, slot)) blocks.push(b);
      for (const b of index.blocksEverywhere.within(slot.start, slot.end)) if (overlaps(b, slot)) blocks.push(b);
      for (const b of blocks) this.breakOverlap(slot, b);
    }
    if (this.on('speaker_unavailable')) {
      const away = slot.speakerIds.filter((id) => {
        const windows = index.speakers.get(id)?.availability;
        return windows != null && !coveredBy(windows, slot.start, slot.end);
      });
      if (away.length > 0) {
        const names = listNames(away.map((id) => this.speakerName(id)));
        this.push(
          'speaker_unavailable',
          [slot],
          away,
          slot.roomId,
          `${names} ${away.length === 1 ? 'is' : 'are'} not available for "${slot.title}" (${this.when(slot)}).`,
        );
      }
    }
    if (this.on('room_unavailable') && room?.availability && !coveredBy(room.availability, slot.start, slot.end)) {
      this.push('room_unavailable', [slot], [], slot.roomId, `${room.name} is not available for "${slot.title}" (${this.when(slot)}).`);
    }
    if (this.on('outside_conference_hours') && index.hours && !coveredBy(index.hours, slot.start, slot.end)) {
      this.push('outside_conference_hours', [slot], [], slot.roomId, `"${slot.title}" (${this.when(slot)}) is outside the conference hours.`);
    }
    if (this.on('room_capacity') && room?.capacity != null && slot.expectedAudience !== null && slot.expectedAudience > room.capacity) {
      this.push(
        'room_capacity',
        [slot],
        [],
        slot.roomId,
        `"${slot.title}" expects ${slot.expectedAudience} people but ${room.name} seats ${room.capacity}.`,
      );
    }
  }

  result(): Conflict[] {
    this.flushSpeakerPairs();
    return this.found.sort(compareFound).map((f) => f.conflict);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Bulk.

/**
 * Calls `visit` once for every pair of items of a sorted timeline whose gap is below `reach` milliseconds (reach 0:
 * the overlapping pairs). Each item only looks ahead while later items start before its end + reach, so the work is
 * the number of close pairs, not all pairs.
 */
function sweepPairs<T extends Interval>(timeline: Timeline<T>, reach: number, visit: (a: T, b: T) => void): void {
  const items = timeline.items;
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const limit = a.end + reach;
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j]!;
      if (b.start >= limit) break;
      visit(a, b);
    }
  }
}

/** Every conflict of the schedule, in a deterministic order: kind, earliest start, slot ids, room, speakers. */
export function checkSchedule(input: ConflictInput): Conflict[] {
  return checkIndex(createConflictIndex(input));
}

/** Every conflict of an index (after applyMove etc.), in the same order as checkSchedule. */
export function checkIndex(index: ConflictIndex): Conflict[] {
  const c = new Collector(index);
  if (c.on('room_overlap')) {
    for (const timeline of index.byRoom.values()) {
      sweepPairs(timeline, 0, (a, b) => {
        if (overlaps(a, b)) c.roomOverlap(a, b);
      });
    }
  }
  const doubles = c.on('speaker_double_booked');
  const buffer = c.on('speaker_travel_buffer') ? index.travelBufferMs : 0;
  if (doubles || buffer > 0) {
    for (const [speakerId, timeline] of index.bySpeaker) {
      sweepPairs(timeline, buffer, (a, b) => speakerRules(c, a, b, speakerId, doubles, buffer));
    }
  }
  if (c.on('same_track_parallel')) {
    for (const timeline of index.byTrack.values()) {
      sweepPairs(timeline, 0, (a, b) => {
        if (overlaps(a, b)) c.sameTrackParallel(a, b);
      });
    }
  }
  for (const slot of index.slots.values()) c.single(slot);
  return c.result();
}

/** Double booking (any rooms) and, when `buffer` > 0 ms, too little time to change rooms. */
function speakerRules(c: Collector, a: SlotRecord, b: SlotRecord, speakerId: string, doubles: boolean, buffer: number): void {
  if (overlaps(a, b)) {
    if (doubles) c.speakerPair('speaker_double_booked', a, b, speakerId);
  } else if (buffer > 0 && a.roomId !== null && b.roomId !== null && a.roomId !== b.roomId && gapBetween(a, b) < buffer) {
    c.speakerPair('speaker_travel_buffer', a, b, speakerId);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One slot.

function slotOrThrow(index: ConflictIndex, slotId: string): SlotRecord {
  const rec = index.slots.get(slotId);
  if (!rec) throw new DomainError('NOT_FOUND', `Slot "${slotId}" is not in the schedule.`);
  return rec;
}

function movedRecord(rec: SlotRecord, move: SlotMove): SlotRecord {
  return { ...rec, roomId: move.roomId, ...interval(rec.id, rec.title, move.start, move.end) };
}

/** The conflicts a slot (in the index or not) has against the rest of the index, as checkSchedule would report them. */
function checkRecord(index: ConflictIndex, slot: SlotRecord): Conflict[] {
  const c = new Collector(index);
  const others = function* (timeline: Timeline<SlotRecord> | undefined, from: number, to: number) {
    if (timeline) for (const other of timeline.within(from, to)) if (other.id !== slot.id) yield other;
  };
  if (c.on('room_overlap') && slot.roomId !== null) {
    for (const other of others(index.byRoom.get(slot.roomId), slot.start, slot.end)) if (overlaps(slot, other)) c.roomOverlap(slot, other);
  }
  const doubles = c.on('speaker_double_booked');
  const buffer = c.on('speaker_travel_buffer') ? index.travelBufferMs : 0;
  if (doubles || buffer > 0) {
    for (const speakerId of slot.speakerIds) {
      for (const other of others(index.bySpeaker.get(speakerId), slot.start - buffer, slot.end + buffer)) {
        speakerRules(c, slot, other, speakerId, doubles, buffer);
      }
    }
  }
  if (c.on('same_track_parallel') && slot.trackId !== null) {
    for (const other of others(index.byTrack.get(slot.trackId), slot.start, slot.end)) if (overlaps(slot, other)) c.sameTrackParallel(slot, other);
  }
  c.single(slot);
  return c.result();
}

/**
 * The conflicts slot `slotId` would have after moving to `move` (only those involving it), without changing the
 * index: exactly what checkSchedule would report for that slot once the move is made.
 */
export function checkMove(index: ConflictIndex, slotId: string, move: SlotMove): Conflict[] {
  return checkRecord(index, movedRecord(slotOrThrow(index, slotId), move));
}

/** The conflicts a slot would have if it were placed into the schedule (a new slot, or one with changed speakers). */
export function checkSlot(index: ConflictIndex, slot: ScheduleSlot): Conflict[] {
  return checkRecord(index, slotRecord(slot));
}

function detach(index: ConflictIndex, rec: SlotRecord): void {
  for (const [map, keys] of [
    [index.byRoom, roomKeys(rec)],
    [index.bySpeaker, speakerKeys(rec)],
    [index.byTrack, trackKeys(rec)],
  ] as const) {
    for (const k of keys) map.get(k)?.remove(rec.id, rec.start, rec.end);
  }
}

function attach(index: ConflictIndex, rec: SlotRecord): void {
  for (const [map, keys] of [
    [index.byRoom, roomKeys(rec)],
    [index.bySpeaker, speakerKeys(rec)],
    [index.byTrack, trackKeys(rec)],
  ] as const) {
    for (const k of keys) {
      let timeline = map.get(k);
      if (!timeline) map.set(k, (timeline = new Timeline<SlotRecord>()));
      timeline.insert(rec);
    }
  }
}

/** Records an accepted move in the index (O(log n) searches plus array splices; nothing is rebuilt). */
export function applyMove(index: ConflictIndex, slotId: string, move: SlotMove): void {
  const rec = slotOrThrow(index, slotId);
  const next = movedRecord(rec, move);
  detach(index, rec);
  rec.roomId = next.roomId;
  rec.start = next.start;
  rec.end = next.end;
  attach(index, rec);
}

/** Adds a slot to the index (or replaces the slot with the same id, e.g. after its speakers changed). */
export function addSlot(index: ConflictIndex, slot: ScheduleSlot): void {
  const rec = slotRecord(slot);
  const old = index.slots.get(slot.id);
  if (old) detach(index, old);
  index.slots.set(rec.id, rec);
  attach(index, rec);
}

/** Takes a slot out of the index (unscheduled or deleted). */
export function removeSlot(index: ConflictIndex, slotId: string): void {
  const rec = slotOrThrow(index, slotId);
  detach(index, rec);
  index.slots.delete(slotId);
}

/** The conflicts that refuse a move. */
export function blockingConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return conflicts.filter((c) => c.severity === 'block');
}
