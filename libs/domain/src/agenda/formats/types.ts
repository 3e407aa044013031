// A schedule read from another system's file (frab/pretalx, pentabarf, Sessionize), in one shape.

export type ScheduleFileFormat = 'frab-xml' | 'pentabarf-xml' | 'frab-json' | 'sessionize-json';

export interface ImportedDay {
  /** Local calendar date "YYYY-MM-DD" in the schedule's zone. */
  date: string;
  start?: Date;
  end?: Date;
}

export interface ImportedRoom {
  /** The file's room id or guid, when it has a unique one. */
  id?: string;
  name: string;
  capacity?: number;
}

export interface ImportedTrack {
  name: string;
  color?: string;
}

export interface ImportedPerson {
  /** guid > code > id of the file, when it has one. */
  id?: string;
  name: string;
  /** The person's biography (plain text or Markdown), when the file has one (frab/pretalx JSON, Sessionize). */
  biography?: string;
}

/** Something the reader left out, with the reason (one entry per item; `warnings` groups them). */
export interface ImportedSkip {
  kind: 'event' | 'person';
  /** The file's id of the item, when it has one. */
  id?: string;
  /** How a person recognises it: an event's quoted title and id, or where a nameless person appeared. */
  label: string;
  reason: string;
}

export interface ImportedEvent {
  /** Stable and unique within the schedule: the file's guid, else its id, else derived from title, start and room. */
  id: string;
  code?: string;
  title: string;
  subtitle?: string;
  /** Plain text (HTML fragments are converted). */
  abstract: string;
  description: string;
  type?: string;
  track?: string;
  language?: string;
  /** Room name. */
  room: string;
  /** UTC instants. */
  start: Date;
  end: Date;
  persons: ImportedPerson[];
  url?: string;
  /** A break, meal or other service slot rather than a session (Sessionize "service sessions"). */
  isBreak?: boolean;
  /** Meant for every room at once (Sessionize "plenum sessions"). */
  allRooms?: boolean;
}

export interface ImportedSchedule {
  format: ScheduleFileFormat;
  title: string;
  /** IANA zone: from the file, else the caller's fallback, else UTC (with a warning). */
  timeZone: string;
  days: ImportedDay[];
  rooms: ImportedRoom[];
  tracks: ImportedTrack[];
  /** Everyone who appears on at least one event (or the file's speaker list), without duplicates. */
  persons: ImportedPerson[];
  /** By start, then room order, then id. */
  events: ImportedEvent[];
  /** What was skipped or guessed, and why. */
  warnings: string[];
  /** Every item that was left out, one by one (the warnings summarise them). */
  skipped: ImportedSkip[];
}

export interface ReadScheduleOptions {
  /** IANA zone for files that do not name one (pentabarf, Sessionize). Default: UTC, with a warning. */
  timeZone?: string;
}
