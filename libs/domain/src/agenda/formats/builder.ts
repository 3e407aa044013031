// What every reader shares: the time zone choice, event times from the frab fields, and the assembly of an
// ImportedSchedule (unique ids, rooms / tracks / persons without duplicates, local days, order, warnings).

import { DomainError } from '../../errors.ts';
import { isValidTimeZone, localDateKey, localParts } from '../../time/zoned.ts';
import { addDays, isDateKey, parseDateTime, parseDuration, parseWallTime, wallTime } from './time.ts';
import type {
  ImportedDay,
  ImportedEvent,
  ImportedPerson,
  ImportedRoom,
  ImportedSchedule,
  ImportedSkip,
  ImportedTrack,
  ReadScheduleOptions,
  ScheduleFileFormat,
} from './types.ts';

/** An event as a reader found it; the builder assigns the final id. */
export interface RawEvent extends Omit<ImportedEvent, 'id'> {
  guid?: string;
  fileId?: string;
}

/** Warnings about many items of one kind are given once, with a count and a few examples. */
class WarningGroup {
  count = 0;
  readonly examples: string[] = [];
  constructor(readonly text: (count: number, examples: string) => string) {}
  add(example: string): void {
    this.count++;
    if (this.examples.length < 3) this.examples.push(example);
  }
}

export class ScheduleBuilder {
  readonly warnings: string[] = [];
  readonly skipped: ImportedSkip[] = [];
  private readonly groups = new Map<string, WarningGroup>();
  private readonly rooms = new Map<string, ImportedRoom>();
  private readonly tracks = new Map<string, ImportedTrack>();
  private readonly persons = new Map<string, ImportedPerson>();
  private readonly days = new Map<string, ImportedDay>();
  private readonly events: RawEvent[] = [];
  private personsDeclared = false;
  readonly timeZone: string;

  constructor(
    readonly format: ScheduleFileFormat,
    fileTimeZone: string | undefined,
    options: ReadScheduleOptions,
  ) {
    if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
      throw new DomainError('INVALID', `"${options.timeZone}" is not an IANA time zone (e.g. Europe/Brussels).`, { timeZone: 'Unknown time zone.' });
    }
    const named = fileTimeZone?.trim();
    if (named && isValidTimeZone(named)) {
      this.timeZone = named;
    } else {
      this.timeZone = options.timeZone ?? 'UTC';
      const source = options.timeZone ? 'the given fallback' : 'UTC, the default fallback';
      this.warnings.push(
        named
          ? `The file's time zone "${named}" is not an IANA zone; local times were read in ${this.timeZone} (${source}).`
          : `The file names no time zone; local times were read in ${this.timeZone} (${source}).`,
      );
    }
  }

  /** Adds to a grouped warning (see WarningGroup); `text` is used the first time the key is seen. */
  warnGroup(key: string, example: string, text: (count: number, examples: string) => string): void {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = new WarningGroup(text)));
    g.add(example);
  }

  /** Records an item left out (the caller also adds the grouped warning). */
  skip(kind: ImportedSkip['kind'], id: string | undefined, label: string, reason: string): void {
    this.skipped.push({ kind, ...(id && { id }), label, reason });
  }

  /** A person without a name on an event: left out, with a grouped warning. */
  skipNamelessPerson(eventLabel: string, id: string | undefined): void {
    this.skip('person', id, `on event ${eventLabel}`, 'the person has no name');
    this.warnGroup('person-name', eventLabel, (n, ex) => `${n} person(s) without a name were left out (on ${ex}).`);
  }

  declareRoom(room: ImportedRoom): void {
    const name = room.name.trim();
    if (!name) return;
    const known = this.rooms.get(name);
    if (!known) this.rooms.set(name, { ...(room.id && { id: room.id }), name, ...(room.capacity !== undefined && { capacity: room.capacity }) });
    else {
      if (known.id === undefined && room.id) known.id = room.id;
      if (known.capacity === undefined && room.capacity !== undefined) known.capacity = room.capacity;
    }
  }

  declareTrack(track: ImportedTrack): void {
    const name = track.name.trim();
    if (!name) return;
    const known = this.tracks.get(name);
    if (!known) this.tracks.set(name, { name, ...(track.color && { color: track.color }) });
    else if (known.color === undefined && track.color) known.color = track.color;
  }

  /** A file's own speaker list (Sessionize): then persons lists exactly those, in file order. */
  declarePerson(person: ImportedPerson): void {
    this.personsDeclared = true;
    this.addPerson(person);
  }

  private addPerson(person: ImportedPerson): void {
    const key = personKey(person);
    const known = this.persons.get(key);
    if (!known) this.persons.set(key, { ...person });
    else if (known.biography === undefined && person.biography) known.biography = person.biography;
  }

  declareDay(date: string, start?: Date, end?: Date): void {
    let local = date;
    if (start) {
      local = localDateKey(start, this.timeZone);
      if (local !== date) {
        this.warnGroup(
          'day-dates',
          `${date} -> ${local}`,
          (n, ex) => `${n} day date(s) are not the local date of the day's start in ${this.timeZone} (e.g. ${ex}); the local dates are used.`,
        );
      }
    } else if (!isDateKey(date)) {
      this.warnGroup('bad-day', date, (n, ex) => `${n} day(s) without a readable date were skipped (${ex}).`);
      return;
    }
    if (!this.days.has(local)) this.days.set(local, { date: local, ...(start && { start }), ...(end && { end }) });
  }

  addEvent(event: RawEvent): void {
    this.events.push(event);
  }

  /** A date-time from the file (offset or local to the zone); null when unreadable. */
  instant(value: string | undefined): Date | null {
    return value ? (parseDateTime(value, this.timeZone)?.instant ?? null) : null;
  }

  build(title: string): ImportedSchedule {
    const warnings = [...this.warnings];
    // Ids: guid > id > derived from the content; unique.
    const used = new Set<string>();
    const events: ImportedEvent[] = [];
    for (const raw of this.events) {
      const { guid, fileId, ...rest } = raw;
      let id = guid || fileId || `gen-${hash(`${raw.title}|${raw.start.toISOString()}|${raw.room}`)}`;
      if (used.has(id)) {
        let n = 2;
        while (used.has(`${id}#${n}`)) n++;
        this.warnGroup('dup-id', id, (c, ex) => `${c} event id(s) appear more than once (${ex}); later ones got a "#2", "#3"… suffix.`);
        id = `${id}#${n}`;
      }
      used.add(id);
      events.push({ id, ...rest });
      this.declareRoom({ name: raw.room });
      if (raw.track) this.declareTrack({ name: raw.track });
      if (!this.personsDeclared) for (const p of raw.persons) this.addPerson(p);
    }
    // A room id shared by two rooms identifies neither.
    const roomsById = new Map<string, number>();
    for (const r of this.rooms.values()) if (r.id) roomsById.set(r.id, (roomsById.get(r.id) ?? 0) + 1);
    const rooms = [...this.rooms.values()].map((r) => {
      if (r.id && roomsById.get(r.id)! > 1) {
        this.warnGroup('room-id', r.name, (n, ex) => `${n} room(s) share their id with another room (${ex}); rooms are identified by name.`);
        const { id: _shared, ...rest } = r;
        return rest;
      }
      return r;
    });
    const roomOrder = new Map(rooms.map((r, i) => [r.name, i]));
    events.sort(
      (a, b) =>
        a.start.getTime() - b.start.getTime() ||
        roomOrder.get(a.room)! - roomOrder.get(b.room)! ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    if (this.days.size === 0) for (const e of events) this.declareDay(localDateKey(e.start, this.timeZone));
    for (const g of this.groups.values()) warnings.push(g.text(g.count, g.examples.join(', ')));
    return {
      format: this.format,
      title,
      timeZone: this.timeZone,
      days: [...this.days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      rooms,
      tracks: [...this.tracks.values()],
      persons: [...this.persons.values()],
      events,
      warnings,
      skipped: [...this.skipped],
    };
  }

  /**
   * An event's start and end from the frab fields: `date` (a date-time, with or without offset), else the day's date
   * plus `start` (after `dayChange`, else after the day's start time, an earlier wall time belongs to the next
   * calendar day); `end` if given, else start + `duration`. A string saying what is wrong when they cannot be read.
   */
  eventTimes(
    fields: { date?: string; start?: string; duration?: string; end?: string },
    day: { date?: string; start?: Date; dayChange?: number | null },
    label: string,
  ): { start: Date; end: Date } | string {
    let start: Date | null = null;
    const date = fields.date?.trim();
    if (date && /[T ]\d/.test(date)) {
      const parsed = parseDateTime(date, this.timeZone);
      if (!parsed) return `unreadable date "${date}"`;
      start = parsed.instant;
      // <start> repeats the local time of <date>; when it does not match in the named zone, the zone is suspect.
      const wall = fields.start ? parseWallTime(fields.start) : null;
      const local = localParts(start, this.timeZone);
      if (wall !== null && Math.floor(wall / 60) !== local.hour * 60 + local.minute) {
        const hhmm = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
        this.warnGroup(
          'zone-mismatch',
          `${label}: start ${fields.start!.trim()}, date ${date} = ${hhmm} in ${this.timeZone}`,
          (n, ex) =>
            `${n} event(s) have a start time that is not the local time of their date in ${this.timeZone} (${ex}); the dates with their UTC offsets were used.`,
        );
      }
    } else {
      const dayDate = date && isDateKey(date) ? date : day.date;
      const seconds = fields.start ? parseWallTime(fields.start) : null;
      if (!dayDate || !isDateKey(dayDate)) return 'no date';
      if (seconds === null) return fields.start ? `unreadable start "${fields.start}"` : 'no start time';
      const dayStartSeconds =
        day.dayChange ?? (day.start ? secondsOfDay(day.start, this.timeZone, dayDate) : null);
      const calendarDate = dayStartSeconds !== null && seconds < dayStartSeconds ? addDays(dayDate, 1) : dayDate;
      start = wallTime(calendarDate, Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60, this.timeZone);
    }
    let end: Date | null = null;
    if (fields.end?.trim()) {
      const parsed = parseDateTime(fields.end, this.timeZone);
      if (!parsed) return `unreadable end "${fields.end}"`;
      end = parsed.instant;
    } else {
      const ms = fields.duration ? parseDuration(fields.duration) : null;
      if (ms === null) return fields.duration ? `unreadable duration "${fields.duration}"` : 'no duration';
      end = new Date(start.getTime() + ms);
    }
    if (end < start) return 'ends before it starts';
    return { start, end };
  }
}

/** Seconds since local midnight of `instant` when it falls on `date` locally; null when on another day. */
function secondsOfDay(instant: Date, timeZone: string, date: string): number | null {
  if (localDateKey(instant, timeZone) !== date) return null;
  const p = localParts(instant, timeZone);
  return p.hour * 3600 + p.minute * 60 + p.second;
}

export function personKey(p: ImportedPerson): string {
  return p.id ? `id:${p.id}` : `name:${p.name.toLowerCase()}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: short stable ids for events that have none. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
