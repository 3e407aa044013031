// Importing a schedule file into a conference, as a plan: given what the file holds (an ImportedSchedule) and what the
// conference holds now (an ImportTarget), decide what to create, what to update (and which fields change), what is left
// as it is, and what is skipped or missing, without touching any store. libs/db executes the plan in one transaction
// (repositories/import-schedule.ts); a preview is the plan alone.
//
// Matching, so that importing the same file again updates instead of duplicating:
//   rooms          by the file's room id (Room.externalId), else by name
//   tracks         by name
//   session types  by name; events without a type are "Talk"
//   speakers       by the file's person id (SpeakerProfile.externalId), else by name (among profiles without an id)
//   sessions       by the event's guid/id (Submission.externalId), else by its code
//   breaks         by title and start, in the work-in-progress schedule
//   days           by local date; a day's hours widen to hold the file's events, they never shrink
// The file wins for what it says: titles, texts, rooms, times, speakers; a session that is neither accepted nor
// confirmed becomes confirmed again. What it does not say is kept: sessions of an earlier import that the file no
// longer lists stay as they are (reported as missing, never deleted), and so do breaks, rooms and speakers it omits.

import { DomainError } from '../errors.ts';
import { isPublicCode, newPublicCode } from '../cfp/codes.ts';
import { localDateKey, utcOffsetMinutes } from '../time/zoned.ts';
import { personKey } from './formats/builder.ts';
import type { ImportedEvent, ImportedPerson, ImportedSchedule, ImportedSkip, ScheduleFileFormat } from './formats/types.ts';

// ---- What the conference holds now ----

export interface ImportTargetConference {
  slug: string;
  name: string;
  timeZone: string;
  /** First and last day ("YYYY-MM-DD"); null for a conference the import creates. */
  dates: { start: string; end: string } | null;
}

export interface ImportTargetRoom {
  id: string;
  name: string;
  externalId: string | null;
  capacity: number | null;
  position: number;
}

export interface ImportTargetTrack {
  id: string;
  name: string;
  color: string;
  position: number;
}

export interface ImportTargetSessionType {
  id: string;
  name: string;
}

export interface ImportTargetSpeaker {
  id: string;
  userId: string;
  code: string;
  externalId: string | null;
  name: string;
  /** The person has no account (no email): an imported speaker, whose name follows the file. */
  imported: boolean;
  /** The working copy and the public (approved) copy of the bio. */
  bio: string;
  approvedBio: string;
}

export interface ImportTargetSession {
  id: string;
  code: string;
  externalId: string | null;
  title: string;
  abstract: string;
  description: string;
  state: string;
  sessionTypeId: string;
  trackId: string | null;
  durationMinutes: number | null;
  /** Speaker profile ids in order. */
  speakerIds: string[];
  /** Its slot in the work-in-progress schedule, if it has one. */
  slot: { roomId: string | null; start: Date | null; end: Date | null } | null;
}

export interface ImportTargetBlock {
  id: string;
  title: string;
  start: Date;
  end: Date;
  allRooms: boolean;
  roomIds: string[];
}

export interface ImportTargetDay {
  date: string;
  start: Date;
  end: Date;
}

export interface ImportTarget {
  conference: ImportTargetConference;
  rooms: ImportTargetRoom[];
  tracks: ImportTargetTrack[];
  sessionTypes: ImportTargetSessionType[];
  speakers: ImportTargetSpeaker[];
  /** Every submission of the conference (any state): codes must stay unique, and any of them may match. */
  sessions: ImportTargetSession[];
  /** Breaks of the work-in-progress schedule. */
  blocks: ImportTargetBlock[];
  days: ImportTargetDay[];
}

// ---- The plan ----

/** A row that exists (`id`) or that the plan creates (`key`: the key of its entry in the plan's create list). */
export type ImportRef = { id: string } | { key: string };

export interface PlannedSession {
  externalId: string;
  title: string;
  abstract: string;
  description: string;
  sessionType: ImportRef;
  track: ImportRef | null;
  durationMinutes: number;
  speakers: ImportRef[];
  room: ImportRef;
  start: Date;
  end: Date;
}

export interface PlannedBlock {
  title: string;
  start: Date;
  end: Date;
  allRooms: boolean;
  rooms: ImportRef[];
}

export interface ImportPlan {
  /** The conference's dates after the import (new conference: from the file). */
  conference: { startDate: string; endDate: string; datesChanged: boolean };
  days: { create: ImportTargetDay[]; update: ImportTargetDay[] };
  rooms: {
    create: { key: string; name: string; externalId: string | null; capacity: number | null; position: number }[];
    update: { id: string; data: { name?: string; capacity?: number; externalId?: string } }[];
  };
  tracks: { create: { key: string; name: string; color: string; position: number }[]; update: { id: string; data: { color: string } }[] };
  sessionTypes: { create: { key: string; name: string; defaultDurationMinutes: number }[] };
  speakers: {
    create: { key: string; name: string; externalId: string | null; code: string; bio: string }[];
    update: { id: string; userId: string; name?: string; externalId?: string; bio?: string; approvedBio?: string }[];
  };
  sessions: {
    create: (PlannedSession & { code: string })[];
    update: (PlannedSession & { id: string; state: 'CONFIRMED' | null; speakersChanged: boolean; slot: 'create' | 'update' | null })[];
  };
  blocks: { create: PlannedBlock[]; update: (PlannedBlock & { id: string })[] };
  report: ImportReport;
}

// ---- The report ----

export const IMPORT_KINDS = ['rooms', 'tracks', 'sessionTypes', 'speakers', 'sessions', 'breaks', 'days'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  rooms: 'Rooms',
  tracks: 'Tracks',
  sessionTypes: 'Session types',
  speakers: 'Speakers',
  sessions: 'Sessions',
  breaks: 'Breaks',
  days: 'Days',
};

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** One updated item and the fields the file changed. */
export interface ImportChange {
  kind: ImportKind | 'conference';
  /** The file's id of the item (event guid/id, person id), else its name. */
  key: string;
  /** Title or name, as the conference will show it. */
  label: string;
  fields: string[];
}

/** A session that came from an earlier import and that this file does not list: kept as it is. */
export interface ImportMissing {
  code: string;
  externalId: string;
  title: string;
}

export interface ImportReport {
  conference: { slug: string; name: string; created: boolean; timeZone: string; startDate: string; endDate: string };
  file: { format: ScheduleFileFormat; title: string; timeZone: string; events: number };
  /** A preview: nothing was written. */
  dryRun: boolean;
  counts: Record<ImportKind, ImportCounts>;
  changes: ImportChange[];
  skipped: ImportedSkip[];
  missing: ImportMissing[];
  warnings: string[];
}

export interface PlanImportOptions {
  /** New public codes (injectable for tests); default: random. */
  newCode?: () => string;
  dryRun?: boolean;
}

/** The largest schedule file the organizer app accepts (FOSDEM's 773 events are 1.6 MB); the command line has no limit. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file is refused for its size, in words for the upload form. */
export function importFileTooLarge(bytes: number): string {
  // Rounded up, so a file just over the limit never reads as "5.0 MB".
  const size = (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
  return `The file is ${size} MB, over the limit of ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MB. Import larger files with \`npm run podium -- import\`.`;
}

/** The default session type of events whose file names none. */
export const DEFAULT_SESSION_TYPE = 'Talk';

const TRACK_PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];
const SCHEDULABLE = new Set(['ACCEPTED', 'CONFIRMED']);
const HOUR = 3_600_000;

/** A conference slug: lower-case letters, digits and inner hyphens, 2 to 64 characters. */
export const CONFERENCE_SLUG_RE = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/;

export function isConferenceSlug(slug: string): boolean {
  return CONFERENCE_SLUG_RE.test(slug) && !slug.includes('--');
}

const lower = (s: string) => s.toLowerCase();
const minutes = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / 60000);
const sameInstant = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());
const sameRef = (ref: ImportRef | null, id: string | null) => (ref === null ? id === null : 'id' in ref && ref.id === id);

function counts(): ImportCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** Floors (or ceils) an instant to the full local hour in `timeZone`. */
function toLocalHour(instant: number, timeZone: string, up: boolean): number {
  const offset = utcOffsetMinutes(new Date(instant), timeZone) * 60000;
  const local = instant + offset;
  const rounded = up ? Math.ceil(local / HOUR) * HOUR : Math.floor(local / HOUR) * HOUR;
  return rounded - offset;
}

/** The plan for importing `schedule` into `target`. Pure: the same inputs (and codes) give the same plan. */
export function planImport(schedule: ImportedSchedule, target: ImportTarget, options: PlanImportOptions = {}): ImportPlan {
  const nextCode = options.newCode ?? (() => newPublicCode());
  const zone = target.conference.timeZone;
  const changes: ImportChange[] = [];
  const skipped: ImportedSkip[] = [...(schedule.skipped ?? [])];
  const warnings = [...schedule.warnings];
  const tally = Object.fromEntries(IMPORT_KINDS.map((k) => [k, counts()])) as Record<ImportKind, ImportCounts>;
  const change = (kind: ImportChange['kind'], key: string, label: string, fields: string[]) => {
    if (fields.length === 0) return false;
    changes.push({ kind, key, label, fields });
    return true;
  };
  if (target.conference.dates && schedule.timeZone !== zone && schedule.format !== 'pentabarf-xml' && schedule.format !== 'sessionize-json') {
    warnings.push(`The file's time zone is ${schedule.timeZone}, the conference's ${zone}: times keep their instants and show in ${zone}.`);
  }

  const sessions = schedule.events.filter((e) => !e.isBreak);
  const breaks = schedule.events.filter((e) => e.isBreak);

  // ---- Rooms ----
  const roomRef = new Map<string, ImportRef>();
  const claimedRooms = new Set<string>();
  const roomsByExternal = new Map(target.rooms.flatMap((r) => (r.externalId ? [[r.externalId, r] as const] : [])));
  const roomsByName = new Map(target.rooms.map((r) => [r.name, r]));
  const roomsByLowerName = new Map<string, ImportTargetRoom>();
  for (const r of target.rooms) if (!roomsByLowerName.has(lower(r.name))) roomsByLowerName.set(lower(r.name), r);
  const takenRoomNames = new Set(target.rooms.map((r) => r.name));
  let nextRoomPosition = Math.max(0, ...target.rooms.map((r) => r.position)) + 1;
  const plannedRooms: ImportPlan['rooms'] = { create: [], update: [] };
  for (const room of schedule.rooms) {
    const byId = room.id ? roomsByExternal.get(room.id) : undefined;
    const byName = roomsByName.get(room.name) ?? roomsByLowerName.get(lower(room.name));
    const match = [byId, byName].find((r) => r && !claimedRooms.has(r.id));
    if (!match && takenRoomNames.has(room.name)) {
      // Its name belongs to a room another of the file's rooms was matched to (by id): one room for both.
      const owner = target.rooms.find((r) => r.name === room.name) ?? byName!;
      roomRef.set(room.name, { id: owner.id });
      warnings.push(`The file's room "${room.name}" has the name of the room matched to another of its rooms by id; both use that room.`);
      tally.rooms.unchanged++;
      continue;
    }
    if (!match) {
      plannedRooms.create.push({ key: room.name, name: room.name, externalId: room.id ?? null, capacity: room.capacity ?? null, position: nextRoomPosition++ });
      takenRoomNames.add(room.name);
      roomRef.set(room.name, { key: room.name });
      tally.rooms.created++;
      continue;
    }
    claimedRooms.add(match.id);
    roomRef.set(room.name, { id: match.id });
    const data: ImportPlan['rooms']['update'][number]['data'] = {};
    const fields: string[] = [];
    if (match.name !== room.name && !takenRoomNames.has(room.name)) {
      takenRoomNames.delete(match.name);
      takenRoomNames.add(room.name);
      data.name = room.name;
      fields.push('name');
    }
    if (room.capacity !== undefined && room.capacity !== match.capacity) {
      data.capacity = room.capacity;
      fields.push('capacity');
    }
    if (room.id && match.externalId !== room.id) {
      data.externalId = room.id;
      fields.push('id');
    }
    if (change('rooms', room.id ?? room.name, room.name, fields)) {
      plannedRooms.update.push({ id: match.id, data });
      tally.rooms.updated++;
    } else tally.rooms.unchanged++;
  }

  // ---- Tracks ----
  const trackRef = new Map<string, ImportRef>();
  const tracksByName = new Map(target.tracks.map((t) => [t.name, t]));
  const tracksByLowerName = new Map<string, ImportTargetTrack>();
  for (const t of target.tracks) if (!tracksByLowerName.has(lower(t.name))) tracksByLowerName.set(lower(t.name), t);
  let nextTrackPosition = Math.max(0, ...target.tracks.map((t) => t.position)) + 1;
  const plannedTracks: ImportPlan['tracks'] = { create: [], update: [] };
  const fileTracks = [...schedule.tracks];
  for (const e of sessions) if (e.track && !fileTracks.some((t) => t.name === e.track)) fileTracks.push({ name: e.track });
  for (const track of fileTracks) {
    const match = tracksByName.get(track.name) ?? tracksByLowerName.get(lower(track.name));
    if (!match) {
      const color = normalColor(track.color) ?? TRACK_PALETTE[(target.tracks.length + plannedTracks.create.length) % TRACK_PALETTE.length]!;
      plannedTracks.create.push({ key: track.name, name: track.name, color, position: nextTrackPosition++ });
      trackRef.set(track.name, { key: track.name });
      tally.tracks.created++;
      continue;
    }
    trackRef.set(track.name, { id: match.id });
    const color = normalColor(track.color);
    if (color && color !== lower(match.color) && change('tracks', track.name, match.name, ['color'])) {
      plannedTracks.update.push({ id: match.id, data: { color } });
      tally.tracks.updated++;
    } else tally.tracks.unchanged++;
  }

  // ---- Session types ----
  const typeRef = new Map<string, ImportRef>();
  const typesByLowerName = new Map<string, ImportRef>(target.sessionTypes.map((t) => [lower(t.name), { id: t.id }]));
  const plannedTypes: ImportPlan['sessionTypes'] = { create: [] };
  const durationsByType = new Map<string, number[]>();
  for (const e of sessions) {
    const name = e.type || DEFAULT_SESSION_TYPE;
    durationsByType.set(name, [...(durationsByType.get(name) ?? []), minutes(e.start, e.end)]);
  }
  for (const [name, durations] of durationsByType) {
    const match = typesByLowerName.get(lower(name));
    if (match) {
      typeRef.set(name, match);
      if ('id' in match) tally.sessionTypes.unchanged++;
    } else {
      plannedTypes.create.push({ key: name, name, defaultDurationMinutes: mostCommon(durations.filter((d) => d > 0)) ?? 30 });
      typeRef.set(name, { key: name });
      typesByLowerName.set(lower(name), { key: name });
      tally.sessionTypes.created++;
    }
  }

  // ---- Speakers ----
  const speakerRef = new Map<string, ImportRef>();
  const claimedSpeakers = new Set<string>();
  const speakersByExternal = new Map(target.speakers.flatMap((s) => (s.externalId ? [[s.externalId, s] as const] : [])));
  const speakersByLowerName = new Map<string, ImportTargetSpeaker[]>();
  for (const s of target.speakers) speakersByLowerName.set(lower(s.name), [...(speakersByLowerName.get(lower(s.name)) ?? []), s]);
  const usedSpeakerCodes = new Set(target.speakers.map((s) => s.code));
  const plannedSpeakers: ImportPlan['speakers'] = { create: [], update: [] };
  // Everyone on at least one session (a file's speaker list may name people of sessions it does not schedule), with
  // what the file's own person list says about them (Sessionize keeps bios there).
  const declared = new Map(schedule.persons.map((p) => [personKey(p), p]));
  const filePersons = new Map<string, ImportedPerson>();
  for (const e of sessions) for (const p of e.persons) if (!filePersons.has(personKey(p))) filePersons.set(personKey(p), declared.get(personKey(p)) ?? p);
  for (const [key, person] of filePersons) {
    let match = person.id ? speakersByExternal.get(person.id) : undefined;
    if (!match) {
      // By name: a profile that carries no file id yet (or, for a person without an id, any profile of that name).
      match = (speakersByLowerName.get(lower(person.name)) ?? []).find((s) => !claimedSpeakers.has(s.id) && (!s.externalId || !person.id));
    }
    if (!match || claimedSpeakers.has(match.id)) {
      const code = freshCode(person.id, usedSpeakerCodes, nextCode);
      plannedSpeakers.create.push({ key, name: person.name, externalId: person.id ?? null, code, bio: person.biography ?? '' });
      speakerRef.set(key, { key });
      tally.speakers.created++;
      continue;
    }
    claimedSpeakers.add(match.id);
    speakerRef.set(key, { id: match.id });
    const update: ImportPlan['speakers']['update'][number] = { id: match.id, userId: match.userId };
    const fields: string[] = [];
    if (match.imported && match.name !== person.name) {
      update.name = person.name;
      fields.push('name');
    }
    if (person.id && match.externalId !== person.id) {
      update.externalId = person.id;
      fields.push('id');
    }
    // The file's bio becomes the public one; the working copy follows unless the speaker has an edit under review.
    if (person.biography && person.biography !== match.approvedBio) {
      update.approvedBio = person.biography;
      if (match.bio === match.approvedBio) update.bio = person.biography;
      fields.push('bio');
    }
    if (change('speakers', person.id ?? person.name, person.name, fields)) {
      plannedSpeakers.update.push(update);
      tally.speakers.updated++;
    } else tally.speakers.unchanged++;
  }

  // ---- Sessions ----
  const sessionsByExternal = new Map(target.sessions.flatMap((s) => (s.externalId ? [[s.externalId, s] as const] : [])));
  const sessionsByCode = new Map(target.sessions.map((s) => [s.code, s]));
  const usedSessionCodes = new Set(target.sessions.map((s) => s.code));
  const claimedSessions = new Set<string>();
  const plannedSessions: ImportPlan['sessions'] = { create: [], update: [] };
  for (const e of sessions) {
    const planned = plannedSession(e, { roomRef, trackRef, typeRef, speakerRef });
    let match = sessionsByExternal.get(e.id);
    if (!match && e.code) {
      const byCode = sessionsByCode.get(e.code);
      if (byCode && !byCode.externalId) match = byCode;
    }
    if (!match || claimedSessions.has(match.id)) {
      plannedSessions.create.push({ ...planned, code: freshCode(e.code, usedSessionCodes, nextCode) });
      tally.sessions.created++;
      continue;
    }
    claimedSessions.add(match.id);
    const fields: string[] = [];
    if (match.title !== planned.title) fields.push('title');
    if (match.abstract !== planned.abstract) fields.push('abstract');
    if (match.description !== planned.description) fields.push('description');
    if (!sameRef(planned.track, match.trackId)) fields.push('track');
    if (!sameRef(planned.sessionType, match.sessionTypeId)) fields.push('type');
    const state = SCHEDULABLE.has(match.state) ? null : ('CONFIRMED' as const);
    if (state) fields.push('state');
    const speakersChanged =
      planned.speakers.length !== match.speakerIds.length || planned.speakers.some((ref, i) => !sameRef(ref, match.speakerIds[i] ?? null));
    if (speakersChanged) fields.push('speakers');
    const slot = match.slot;
    if (!slot || !sameRef(planned.room, slot.roomId)) fields.push('room');
    if (!slot || !sameInstant(slot.start, planned.start) || !sameInstant(slot.end, planned.end) || match.durationMinutes !== planned.durationMinutes) fields.push('time');
    const slotChange = !slot ? 'create' : fields.includes('room') || fields.includes('time') ? 'update' : null;
    if (match.externalId !== e.id) fields.push('id');
    if (change('sessions', e.id, planned.title, fields)) {
      plannedSessions.update.push({ ...planned, id: match.id, state, speakersChanged, slot: slotChange });
      tally.sessions.updated++;
    } else tally.sessions.unchanged++;
  }
  const missing: ImportMissing[] = target.sessions
    .filter((s) => s.externalId !== null && !claimedSessions.has(s.id))
    .map((s) => ({ code: s.code, externalId: s.externalId!, title: s.title }))
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));

  // ---- Breaks ----
  const plannedBlocks: ImportPlan['blocks'] = { create: [], update: [] };
  const claimedBlocks = new Set<string>();
  for (const e of breaks) {
    const planned: PlannedBlock = { title: e.title, start: e.start, end: e.end, allRooms: !!e.allRooms, rooms: e.allRooms ? [] : [roomRef.get(e.room)!] };
    const candidates = target.blocks.filter((b) => !claimedBlocks.has(b.id) && b.title === e.title && sameInstant(b.start, e.start));
    const match = candidates.find((b) => sameInstant(b.end, e.end)) ?? candidates[0];
    if (!match) {
      plannedBlocks.create.push(planned);
      tally.breaks.created++;
      continue;
    }
    claimedBlocks.add(match.id);
    const fields: string[] = [];
    if (!sameInstant(match.end, e.end)) fields.push('time');
    const sameRooms = match.allRooms === planned.allRooms && (planned.allRooms || (match.roomIds.length === 1 && sameRef(planned.rooms[0]!, match.roomIds[0]!)));
    if (!sameRooms) fields.push('room');
    if (change('breaks', e.id, e.title, fields)) {
      plannedBlocks.update.push({ ...planned, id: match.id });
      tally.breaks.updated++;
    } else tally.breaks.unchanged++;
  }

  // ---- Days and the conference's dates ----
  const sameZone = schedule.timeZone === zone;
  const needed = new Map<string, { start: number; end: number }>();
  for (const e of schedule.events) {
    const fileDay = sameZone ? schedule.days.find((d) => d.start && d.end && e.start >= d.start && e.start < d.end)?.date : undefined;
    const date = fileDay ?? localDateKey(e.start, zone);
    const cur = needed.get(date) ?? { start: Infinity, end: -Infinity };
    needed.set(date, { start: Math.min(cur.start, e.start.getTime()), end: Math.max(cur.end, e.end.getTime()) });
  }
  const plannedDays: ImportPlan['days'] = { create: [], update: [] };
  const daysByDate = new Map(target.days.map((d) => [d.date, d]));
  for (const [date, w] of [...needed].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const start = toLocalHour(w.start, zone, false);
    const end = Math.max(toLocalHour(w.end, zone, true), start + HOUR);
    const day = daysByDate.get(date);
    if (!day) {
      plannedDays.create.push({ date, start: new Date(start), end: new Date(end) });
      tally.days.created++;
      continue;
    }
    const wider = { date, start: new Date(Math.min(start, day.start.getTime())), end: new Date(Math.max(end, day.end.getTime())) };
    if (!sameInstant(wider.start, day.start) || !sameInstant(wider.end, day.end)) {
      change('days', date, date, ['hours']);
      plannedDays.update.push(wider);
      tally.days.updated++;
    } else tally.days.unchanged++;
  }
  const dates = [...needed.keys(), ...(needed.size === 0 ? schedule.days.map((d) => d.date) : [])].sort();
  let startDate = target.conference.dates?.start ?? dates[0];
  let endDate = target.conference.dates?.end ?? dates.at(-1);
  if (!startDate || !endDate) {
    throw new DomainError('INVALID', 'The file has no events and no days, so it gives no dates for a new conference; nothing was imported.');
  }
  let datesChanged = false;
  if (target.conference.dates && dates.length > 0) {
    const fields: string[] = [];
    if (dates[0]! < startDate) {
      startDate = dates[0]!;
      fields.push('start date');
    }
    if (dates.at(-1)! > endDate) {
      endDate = dates.at(-1)!;
      fields.push('end date');
    }
    datesChanged = change('conference', target.conference.slug, target.conference.name, fields);
  }

  return {
    conference: { startDate, endDate, datesChanged },
    days: plannedDays,
    rooms: plannedRooms,
    tracks: plannedTracks,
    sessionTypes: plannedTypes,
    speakers: plannedSpeakers,
    sessions: plannedSessions,
    blocks: plannedBlocks,
    report: {
      conference: {
        slug: target.conference.slug,
        name: target.conference.name,
        created: target.conference.dates === null,
        timeZone: zone,
        startDate,
        endDate,
      },
      file: { format: schedule.format, title: schedule.title, timeZone: schedule.timeZone, events: schedule.events.length },
      dryRun: options.dryRun ?? false,
      counts: tally,
      changes,
      skipped,
      missing,
      warnings,
    },
  };
}

function plannedSession(
  e: ImportedEvent,
  refs: { roomRef: Map<string, ImportRef>; trackRef: Map<string, ImportRef>; typeRef: Map<string, ImportRef>; speakerRef: Map<string, ImportRef> },
): PlannedSession {
  const seen = new Set<string>();
  const speakers: ImportRef[] = [];
  for (const p of e.persons) {
    const key = personKey(p);
    if (seen.has(key)) continue;
    seen.add(key);
    speakers.push(refs.speakerRef.get(key)!);
  }
  // A speaker matched twice (two file persons on one profile cannot happen, but one profile listed twice can't be stored).
  const unique = speakers.filter((ref, i) => speakers.findIndex((r) => JSON.stringify(r) === JSON.stringify(ref)) === i);
  return {
    externalId: e.id,
    title: e.title,
    abstract: e.abstract,
    description: e.description,
    sessionType: refs.typeRef.get(e.type || DEFAULT_SESSION_TYPE)!,
    track: e.track ? refs.trackRef.get(e.track)! : null,
    durationMinutes: minutes(e.start, e.end),
    speakers: unique,
    room: refs.roomRef.get(e.room)!,
    start: e.start,
    end: e.end,
  };
}

/** The file's code when it is a valid public code nobody uses yet, else a fresh random one. */
function freshCode(fileCode: string | undefined, used: Set<string>, next: () => string): string {
  let code = fileCode && isPublicCode(fileCode) && !used.has(fileCode) ? fileCode : next();
  for (let i = 0; used.has(code); i++) {
    if (i > 1000) throw new Error('No free public code found after 1000 attempts.');
    code = next();
  }
  used.add(code);
  return code;
}

function mostCommon(values: number[]): number | undefined {
  const freq = new Map<number, number>();
  for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of freq) if (best === undefined || n > freq.get(best)! || (n === freq.get(best)! && v < best)) best = v;
  return best;
}

function normalColor(color: string | undefined): string | undefined {
  const c = color?.trim().toLowerCase();
  if (!c) return undefined;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  return undefined;
}

/** The report as text, for the command line: counts, then changes, skipped, missing and warnings. */
export function formatImportReport(report: ImportReport, options: { maxItems?: number } = {}): string {
  const max = options.maxItems ?? 50;
  const lines: string[] = [];
  const c = report.conference;
  const verb = report.dryRun ? 'Would import' : 'Imported';
  lines.push(
    `${verb} ${report.file.events} event(s) from a ${report.file.format} file ("${report.file.title}") into ${c.created ? 'the new conference' : 'conference'} ${c.slug} ("${c.name}", ${c.timeZone}, ${c.startDate} to ${c.endDate}).`,
  );
  const width = Math.max(...IMPORT_KINDS.map((k) => IMPORT_KIND_LABELS[k].length));
  lines.push('', `${''.padEnd(width)}  created  updated  unchanged`);
  for (const k of IMPORT_KINDS) {
    const n = report.counts[k];
    lines.push(`${IMPORT_KIND_LABELS[k].padEnd(width)}  ${String(n.created).padStart(7)}  ${String(n.updated).padStart(7)}  ${String(n.unchanged).padStart(9)}`);
  }
  const list = <T>(title: string, items: T[], line: (x: T) => string) => {
    if (items.length === 0) return;
    lines.push('', `${title} (${items.length}):`);
    for (const x of items.slice(0, max)) lines.push(`  ${line(x)}`);
    if (items.length > max) lines.push(`  … and ${items.length - max} more.`);
  };
  const kindLabel = (k: ImportChange['kind']) => (k === 'conference' ? 'conference' : IMPORT_KIND_LABELS[k].toLowerCase().replace(/s$/, ''));
  list(report.dryRun ? 'Would update' : 'Updated', report.changes, (x) => `${kindLabel(x.kind)} ${x.key === x.label ? `"${x.label}"` : `${x.key} "${x.label}"`}: ${x.fields.join(', ')}`);
  list('Skipped', report.skipped, (x) => `${x.kind} ${x.label}: ${x.reason}`);
  list('Not in the file, kept as they are', report.missing, (x) => `session ${x.code} "${x.title}" (file id ${x.externalId})`);
  list('Warnings', report.warnings, (x) => x);
  return lines.join('\n');
}
