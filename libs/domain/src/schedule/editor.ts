// Rules of the schedule editor (the organizers' drag-and-drop grid), pure: which sessions may be placed, how long a
// placement is, whether it lies within a conference day, how stored settings are read and validated, and how the
// rows the database returns become the conflict checker's input. The API calls these; nothing here reads a database.

import { isSchedulable, type SubmissionState } from '../cfp/states.ts';
import { DomainError } from '../errors.ts';
import { calendarDateKey, dateKeysBetween, localTimeOfDay, zonedLocalToUtc } from '../time/zoned.ts';
import { describeSpan } from './conflict-messages.ts';
import {
  CONFLICT_KINDS,
  type Conflict,
  type ConflictInput,
  type ConflictKind,
  type ConflictSeverity,
  type ScheduleBlock,
  type ScheduleSlot,
  type TimeWindow,
} from './conflicts.ts';

export const MIN_SLOT_MINUTES = 5;
export const MAX_SLOT_MINUTES = 1440;
export const MAX_TRAVEL_BUFFER_MINUTES = 240;
export const CONFLICT_SEVERITIES = ['block', 'warn', 'ignore'] as const satisfies readonly ConflictSeverity[];

/** Local hours a conference day gets when the organizers have not set any. */
export const DEFAULT_DAY_HOURS = { start: '09:00', end: '18:00' } as const;

/** A conference day's schedulable hours: local date, local times, and the UTC instants. */
export interface EditorDay {
  date: string;
  localStart: string;
  localEnd: string;
  start: Date;
  end: Date;
}

/** The session's length in minutes: its own duration, else its session type's default. */
export function sessionMinutes(durationMinutes: number | null, typeDefaultMinutes: number): number {
  return durationMinutes ?? typeDefaultMinutes;
}

/** Refuses sessions the grid may not place, naming the state. */
export function assertSchedulable(code: string, state: SubmissionState): void {
  if (!isSchedulable(state)) {
    throw new DomainError('INVALID', `Session ${code} is ${state.toLowerCase()}: only accepted or confirmed sessions can be scheduled.`, {
      code: 'Only accepted or confirmed sessions can be scheduled.',
    });
  }
}

/**
 * Where a dropped (or resized) card lands: [start, end) with end = start + the session's minutes unless the grid sent an
 * end. Refuses an end not after the start, a length outside 5..1440 minutes, and a slot that does not lie within the
 * hours of one conference day.
 */
export function placementSpan(
  move: { start: Date; end?: Date | null },
  sessionLengthMinutes: number,
  days: readonly EditorDay[],
  timeZone: string,
): { start: Date; end: Date } {
  const start = move.start;
  const end = move.end ?? new Date(start.getTime() + sessionLengthMinutes * 60000);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new DomainError('INVALID', 'The start and end must be valid times.', { start: 'A valid time is required.' });
  }
  if (end.getTime() <= start.getTime()) {
    throw new DomainError('INVALID', 'A session must end after it starts.', { end: 'The end must be after the start.' });
  }
  const minutes = (end.getTime() - start.getTime()) / 60000;
  if (!Number.isInteger(minutes) || minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES) {
    throw new DomainError('INVALID', `A session lasts ${MIN_SLOT_MINUTES} to ${MAX_SLOT_MINUTES} whole minutes, not ${Math.round(minutes * 100) / 100}.`, {
      end: `A length of ${MIN_SLOT_MINUTES} to ${MAX_SLOT_MINUTES} whole minutes.`,
    });
  }
  const inside = days.some((d) => start.getTime() >= d.start.getTime() && end.getTime() <= d.end.getTime());
  if (!inside) {
    const hours = days.map((d) => describeSpan(d.start.getTime(), d.end.getTime(), timeZone)).join(', ');
    throw new DomainError(
      'INVALID',
      `${describeSpan(start.getTime(), end.getTime(), timeZone)} is outside the conference days (${hours || 'none set'}).`,
      { start: 'The session must lie within the hours of one conference day.' },
    );
  }
  return { start, end };
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The days of the editor: the stored day hours, else every conference date from 09:00 to 18:00 local. */
export function editorDays(
  stored: readonly { date: Date; start: Date; end: Date }[],
  conference: { startDate: Date; endDate: Date; timeZone: string },
): EditorDay[] {
  const tz = conference.timeZone;
  if (stored.length > 0) {
    return [...stored]
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((d) => ({ date: calendarDateKey(d.date), localStart: localTimeOfDay(d.start, tz), localEnd: localTimeOfDay(d.end, tz), start: d.start, end: d.end }));
  }
  return dateKeysBetween(calendarDateKey(conference.startDate), calendarDateKey(conference.endDate)).map((date) => ({
    date,
    localStart: DEFAULT_DAY_HOURS.start,
    localEnd: DEFAULT_DAY_HOURS.end,
    start: zonedLocalToUtc(date, DEFAULT_DAY_HOURS.start, tz),
    end: zonedLocalToUtc(date, DEFAULT_DAY_HOURS.end, tz),
  }));
}

/**
 * Day hours from a form (local HH:MM per conference date) as UTC instants. Every date must be a conference date,
 * listed once, with an end after its start.
 */
export function dayHoursFromLocal(
  days: readonly { date: string; start: string; end: string }[],
  conference: { startDate: Date; endDate: Date; timeZone: string },
): { date: string; start: Date; end: Date }[] {
  const valid = new Set(dateKeysBetween(calendarDateKey(conference.startDate), calendarDateKey(conference.endDate)));
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  const out: { date: string; start: Date; end: Date }[] = [];
  days.forEach((d, i) => {
    if (!DATE_RE.test(d.date) || !valid.has(d.date)) fields[`days.${i}.date`] = `${d.date} is not a day of this conference.`;
    else if (seen.has(d.date)) fields[`days.${i}.date`] = `${d.date} is listed twice.`;
    seen.add(d.date);
    if (!TIME_RE.test(d.start)) fields[`days.${i}.start`] = 'A time like 09:00.';
    if (!TIME_RE.test(d.end)) fields[`days.${i}.end`] = 'A time like 18:30.';
    else if (TIME_RE.test(d.start) && d.end <= d.start) fields[`days.${i}.end`] = 'The end must be after the start.';
    if (Object.keys(fields).length === 0) {
      out.push({ date: d.date, start: zonedLocalToUtc(d.date, d.start, conference.timeZone), end: zonedLocalToUtc(d.date, d.end, conference.timeZone) });
    }
  });
  if (Object.keys(fields).length > 0) throw new DomainError('INVALID', 'Please correct the marked day hours.', fields);
  return out;
}

/** Local availability windows of a room ({date, start, end} HH:MM) as UTC windows; end after start. */
export function windowsFromLocal(windows: readonly { date: string; start: string; end: string }[], timeZone: string): TimeWindow[] {
  const fields: Record<string, string> = {};
  windows.forEach((w, i) => {
    if (!DATE_RE.test(w.date) || Number.isNaN(new Date(w.date).getTime())) fields[`windows.${i}.date`] = 'A date like 2030-05-06.';
    if (!TIME_RE.test(w.start)) fields[`windows.${i}.start`] = 'A time like 09:00.';
    if (!TIME_RE.test(w.end)) fields[`windows.${i}.end`] = 'A time like 18:30.';
    else if (TIME_RE.test(w.start) && w.end <= w.start) fields[`windows.${i}.end`] = 'The end must be after the start.';
  });
  if (Object.keys(fields).length > 0) throw new DomainError('INVALID', 'Please correct the marked availability windows.', fields);
  return windows.map((w) => ({ start: zonedLocalToUtc(w.date, w.start, timeZone), end: zonedLocalToUtc(w.date, w.end, timeZone) }));
}

/** A conference's stored severities (JSON), keeping only known kinds with known severities. */
export function readSeverities(stored: unknown): Partial<Record<ConflictKind, ConflictSeverity>> {
  const out: Partial<Record<ConflictKind, ConflictSeverity>> = {};
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return out;
  for (const [kind, severity] of Object.entries(stored as Record<string, unknown>)) {
    if ((CONFLICT_KINDS as readonly string[]).includes(kind) && (CONFLICT_SEVERITIES as readonly unknown[]).includes(severity)) {
      out[kind as ConflictKind] = severity as ConflictSeverity;
    }
  }
  return out;
}

/** Severities from a settings form: every key a conflict kind, every value block, warn or ignore. */
export function validateSeverities(input: Record<string, string>): Partial<Record<ConflictKind, ConflictSeverity>> {
  const fields: Record<string, string> = {};
  for (const [kind, severity] of Object.entries(input)) {
    if (!(CONFLICT_KINDS as readonly string[]).includes(kind)) fields[`severities.${kind}`] = `Unknown conflict kind "${kind}".`;
    else if (!(CONFLICT_SEVERITIES as readonly string[]).includes(severity)) fields[`severities.${kind}`] = 'Choose block, warn or ignore.';
  }
  if (Object.keys(fields).length > 0) throw new DomainError('INVALID', 'Please correct the marked severities.', fields);
  return input as Partial<Record<ConflictKind, ConflictSeverity>>;
}

export function validateTravelBuffer(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_TRAVEL_BUFFER_MINUTES) {
    throw new DomainError('INVALID', `The travel buffer must be 0 to ${MAX_TRAVEL_BUFFER_MINUTES} whole minutes.`, {
      travelBufferMinutes: `0 to ${MAX_TRAVEL_BUFFER_MINUTES} whole minutes.`,
    });
  }
  return minutes;
}

/** A break or block from the editor: a title, an end after the start, all rooms or at least one known room. */
export function validateBlock(
  block: { title: string; start: Date; end: Date; allRooms: boolean; roomIds: readonly string[] },
  conferenceRoomIds: ReadonlySet<string>,
): { title: string; start: Date; end: Date; allRooms: boolean; roomIds: string[] } {
  const fields: Record<string, string> = {};
  const title = block.title.trim();
  if (!title) fields.title = 'A title is required.';
  if (Number.isNaN(block.start.getTime())) fields.start = 'A valid time is required.';
  if (Number.isNaN(block.end.getTime())) fields.end = 'A valid time is required.';
  else if (block.end.getTime() <= block.start.getTime()) fields.end = 'The end must be after the start.';
  const roomIds = block.allRooms ? [] : [...new Set(block.roomIds)];
  if (!block.allRooms && roomIds.length === 0) fields.roomIds = 'Choose at least one room, or all rooms.';
  else if (roomIds.some((id) => !conferenceRoomIds.has(id))) fields.roomIds = 'Only rooms of this conference.';
  if (Object.keys(fields).length > 0) throw new DomainError('INVALID', 'Please correct the marked fields.', fields);
  return { title, start: block.start, end: block.end, allRooms: block.allRooms, roomIds };
}

/** The refusal of a move made against an older revision of the schedule. */
export function staleRevision(expected: number, current: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `The schedule changed since you loaded it (revision ${expected}, now ${current}): it has been refreshed; please try again.`,
    { expectedRevision: String(current) },
  );
}

/** The refusal of a move that would cause blocking conflicts: every reason in the message, and per kind in fields. */
export function refusedMove(blocking: readonly Conflict[]): DomainError {
  const fields: Record<string, string> = {};
  for (const c of blocking) fields[c.kind] = fields[c.kind] ? `${fields[c.kind]}\n${c.message}` : c.message;
  return new DomainError('CONFLICT', `This move is refused: ${blocking.map((c) => c.message).join(' ')}`, fields);
}

// ---------------------------------------------------------------------------------------------------------------
// Database rows -> conflict checker input.

export interface EditorSpeakerRow {
  id: string;
  name: string;
  /** The speaker's availability windows; none stored: always available. */
  availability: readonly TimeWindow[];
}

export interface EditorSessionRow {
  /** The slot's id (the conflict checker's slot id). */
  slotId: string;
  title: string;
  trackId: string | null;
  expectedAudience: number | null;
  speakers: readonly EditorSpeakerRow[];
  roomId: string;
  start: Date;
  end: Date;
}

export interface EditorConflictRows {
  timeZone: string;
  travelBufferMinutes: number;
  conflictSeverities: unknown;
  days: readonly EditorDay[];
  rooms: readonly { id: string; name: string; capacity: number | null; availability: readonly TimeWindow[] }[];
  tracks: readonly { id: string; name: string }[];
  sessions: readonly EditorSessionRow[];
  blocks: readonly { id: string; title: string; start: Date; end: Date; allRooms: boolean; roomIds: readonly string[] }[];
}

/** The conflict checker's input: day hours as conference hours, blocks as breaks, empty availability lists = always. */
export function conflictInputFromRows(rows: EditorConflictRows): ConflictInput {
  const speakers = new Map<string, { id: string; name: string; availability: TimeWindow[] | null }>();
  for (const s of rows.sessions) {
    for (const sp of s.speakers) {
      if (!speakers.has(sp.id)) speakers.set(sp.id, { id: sp.id, name: sp.name, availability: sp.availability.length > 0 ? [...sp.availability] : null });
    }
  }
  return {
    timeZone: rows.timeZone,
    rooms: rows.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, availability: r.availability.length > 0 ? [...r.availability] : null })),
    speakers: [...speakers.values()],
    tracks: rows.tracks.map((t) => ({ id: t.id, name: t.name })),
    slots: rows.sessions.map(slotFromRow),
    blocks: rows.blocks.map(
      (b): ScheduleBlock => ({ id: b.id, title: b.title, start: b.start, end: b.end, roomIds: b.allRooms ? 'all' : [...b.roomIds] }),
    ),
    conferenceHours: rows.days.map((d) => ({ start: d.start, end: d.end })),
    settings: { severities: readSeverities(rows.conflictSeverities), travelBufferMinutes: rows.travelBufferMinutes },
  };
}

export function slotFromRow(s: EditorSessionRow): ScheduleSlot {
  return {
    id: s.slotId,
    title: s.title,
    roomId: s.roomId,
    start: s.start,
    end: s.end,
    speakerIds: s.speakers.map((sp) => sp.id),
    trackId: s.trackId,
    expectedAudience: s.expectedAudience,
  };
}

/** Conflicts grouped by the slots they involve (a pair conflict appears under both slots). */
export function conflictsBySlot(conflicts: readonly Conflict[]): Map<string, Conflict[]> {
  const out = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    for (const id of c.slotIds) {
      let list = out.get(id);
      if (!list) out.set(id, (list = []));
      list.push(c);
    }
  }
  return out;
}
