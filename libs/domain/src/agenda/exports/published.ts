// Builds the published schedule from plain rows of one released schedule version (what libs/db reads), or from a
// schedule file read by readScheduleFile (for tests and previews). Stable guids, approved bios only, local days.

import { CODE_ALPHABET } from '../../cfp/codes.ts';
import { dateKeysBetween, localDateKey, zonedLocalToUtc } from '../../time/zoned.ts';
import type { ImportedSchedule } from '../formats/types.ts';
import { sha1, stableGuid } from './guid.ts';
import {
  slugify,
  type PublishedBreak,
  type PublishedDay,
  type PublishedPerson,
  type PublishedRoom,
  type PublishedSchedule,
  type PublishedSession,
  type PublishedTrack,
} from './model.ts';

export interface ReleaseRowsConference {
  id: string;
  slug: string;
  name: string;
  description: string;
  timeZone: string;
  /** Local "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
}

export interface ReleaseRowsRoom {
  id: string;
  name: string;
  position: number;
  capacity: number | null;
  description: string;
  externalId: string | null;
}

export interface ReleaseRowsSpeaker {
  code: string;
  name: string;
  externalId: string | null;
  /** The approved copy; the working copy is never read here. */
  approvedBio: string;
  approvedAvatarId: string | null;
  approvedLinks: string[];
}

export interface ReleaseRowsSlot {
  start: Date;
  end: Date;
  roomId: string;
  submission: {
    code: string;
    title: string;
    abstract: string;
    description: string;
    externalId: string | null;
    sessionType: string;
    track: { name: string; color: string } | null;
    speakers: ReleaseRowsSpeaker[];
  };
}

export interface ReleaseRowsBlock {
  title: string;
  start: Date;
  end: Date;
  allRooms: boolean;
  roomIds: string[];
}

export interface ReleaseRows {
  conference: ReleaseRowsConference;
  version: { id: string; name: string; releasedAt: Date };
  rooms: ReleaseRowsRoom[];
  /** The conference's tracks in their order (tracks without published sessions are left out). */
  tracks: { name: string; color: string }[];
  slots: ReleaseRowsSlot[];
  blocks: ReleaseRowsBlock[];
  /** The public app's base URL, e.g. "https://program.example.org" (no trailing slash needed). */
  publicBaseUrl: string;
}

/** A link's title: the host and path without the scheme ("github.com/bonzini"). */
export function linkTitle(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
}

function byStartRoomTitle(position: (roomGuid: string) => number) {
  return (a: PublishedSession, b: PublishedSession) =>
    a.start.getTime() - b.start.getTime() || position(a.roomGuid) - position(b.roomGuid) || a.title.localeCompare(b.title) || a.code.localeCompare(b.code);
}

/** Every conference day, plus any day outside the dates that still has sessions; spans from the sessions. */
export function publishedDays(
  timeZone: string,
  startDate: string,
  endDate: string,
  items: { start: Date; end: Date }[],
): PublishedDay[] {
  const byDate = new Map<string, { start: Date; end: Date }[]>();
  for (const date of startDate <= endDate ? dateKeysBetween(startDate, endDate) : []) byDate.set(date, []);
  for (const item of items) {
    const date = localDateKey(item.start, timeZone);
    const list = byDate.get(date);
    if (list) list.push(item);
    else byDate.set(date, [item]);
  }
  return [...byDate.keys()].sort().map((date, i) => {
    const list = byDate.get(date)!;
    if (list.length === 0) {
      return { index: i + 1, date, start: zonedLocalToUtc(date, '00:00', timeZone), end: zonedLocalToUtc(nextDate(date), '00:00', timeZone) };
    }
    return {
      index: i + 1,
      date,
      start: new Date(Math.min(...list.map((x) => x.start.getTime()))),
      end: new Date(Math.max(...list.map((x) => x.end.getTime()))),
    };
  });
}

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/** The published schedule of one release, from the rows libs/db reads. */
export function buildPublishedSchedule(rows: ReleaseRows): PublishedSchedule {
  const c = rows.conference;
  const base = rows.publicBaseUrl.replace(/\/+$/, '');
  const baseUrl = `${base}/${encodeURIComponent(c.slug)}`;
  const roomGuid = new Map(rows.rooms.map((r) => [r.id, stableGuid('room', c.id, r.id, r.externalId)]));
  const usedRoomIds = new Set(rows.slots.map((s) => s.roomId));
  const rooms: PublishedRoom[] = rows.rooms
    .filter((r) => usedRoomIds.has(r.id) || rows.blocks.some((b) => !b.allRooms && b.roomIds.includes(r.id)))
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
    .map((r) => ({
      guid: roomGuid.get(r.id)!,
      name: r.name,
      position: r.position,
      capacity: r.capacity,
      description: r.description || null,
    }));
  const position = new Map(rooms.map((r, i) => [r.guid, i]));

  const persons = new Map<string, PublishedPerson>();
  const person = (sp: ReleaseRowsSpeaker): PublishedPerson => {
    let p = persons.get(sp.code);
    if (!p) {
      p = {
        code: sp.code,
        guid: stableGuid('person', c.id, sp.code, sp.externalId),
        name: sp.name,
        bio: sp.approvedBio.trim() === '' ? null : sp.approvedBio,
        avatarUrl: sp.approvedAvatarId ? `${base}/avatars/${encodeURIComponent(sp.approvedAvatarId)}` : null,
        links: sp.approvedLinks.filter((u) => /^https?:\/\//i.test(u)).map((url) => ({ url, title: linkTitle(url) })),
        url: `${baseUrl}/speakers/${encodeURIComponent(sp.code)}`,
      };
      persons.set(sp.code, p);
    }
    return p;
  };

  const trackSlugs = uniqueSlugs(rows.tracks.map((t) => t.name));
  const tracksByName = new Map<string, PublishedTrack>(
    rows.tracks.map((t, i) => [t.name, { name: t.name, color: t.color, slug: trackSlugs[i]! }]),
  );
  const sessions: PublishedSession[] = rows.slots
    .filter((s) => roomGuid.has(s.roomId))
    .map((s) => {
      const sub = s.submission;
      const track = sub.track ? (tracksByName.get(sub.track.name) ?? { ...sub.track, slug: slugify(sub.track.name) }) : null;
      return {
        code: sub.code,
        guid: stableGuid('session', c.id, sub.code, sub.externalId),
        title: sub.title,
        subtitle: null,
        abstract: sub.abstract,
        description: sub.description,
        type: sub.sessionType,
        track,
        language: null,
        roomGuid: roomGuid.get(s.roomId)!,
        roomName: rows.rooms.find((r) => r.id === s.roomId)!.name,
        start: s.start,
        end: s.end,
        persons: sub.speakers.map(person),
        links: [],
        url: `${baseUrl}/sessions/${encodeURIComponent(sub.code)}`,
      };
    })
    .sort(byStartRoomTitle((g) => position.get(g) ?? Infinity));

  const usedTracks = new Set(sessions.flatMap((s) => (s.track ? [s.track.name] : [])));
  const breaks: PublishedBreak[] = rows.blocks
    .flatMap((b): PublishedBreak[] =>
      b.allRooms
        ? [{ title: b.title, roomGuid: null, start: b.start, end: b.end }]
        : b.roomIds.flatMap((id) => (roomGuid.has(id) ? [{ title: b.title, roomGuid: roomGuid.get(id)!, start: b.start, end: b.end }] : [])),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime() || (position.get(a.roomGuid ?? '') ?? -1) - (position.get(b.roomGuid ?? '') ?? -1));

  return {
    conference: {
      id: c.id,
      slug: c.slug,
      title: c.name,
      acronym: frabAcronym(c.slug),
      timeZone: c.timeZone,
      startDate: c.startDate,
      endDate: c.endDate,
      baseUrl,
      guid: stableGuid('conference', c.id, c.slug),
      description: c.description || null,
    },
    version: rows.version,
    days: publishedDays(c.timeZone, c.startDate, c.endDate, sessions),
    rooms,
    tracks: [...tracksByName.values()].filter((t) => usedTracks.has(t.name)),
    sessions,
    breaks,
    persons: [...persons.values()].sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code)),
  };
}

/**
 * The conference's frab acronym, from its slug: both c3voc schemas accept it (the XSD wants [a-z0-9_-]{4,}, the JSON
 * schema `^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$`, so no inner hyphens): "kvm-forum-2012" -> "kvm_forum_2012".
 */
export function frabAcronym(slug: string): string {
  const a = slug.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  return a.length >= 4 ? a : a.padEnd(4, '_');
}

/** slugify() of each name, made unique ("talks", "talks-2") and at least two characters long. */
export function uniqueSlugs(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let s = slugify(name);
    if (s.length < 2) s = `${s}-${s}`;
    let candidate = s;
    for (let n = 2; seen.has(candidate); n++) candidate = `${s}-${n}`;
    seen.add(candidate);
    return candidate;
  });
}

/** A 6-character public code derived from any id (for files whose events or persons have no code of their own). */
export function derivedCode(id: string): string {
  const h = sha1(new TextEncoder().encode(id));
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[h[i]! % CODE_ALPHABET.length];
  return code;
}

export interface FromImportedOptions {
  /** Stands in for the conference id when deriving guids. */
  conferenceId: string;
  slug: string;
  publicBaseUrl: string;
  version: { id: string; name: string; releasedAt: Date };
}

const CODE_RE = /^[A-Z0-9]{6}$/;

/** A schedule read from another system's file, as if it had been imported and released. Breaks become breaks. */
export function publishedFromImported(file: ImportedSchedule, options: FromImportedOptions): PublishedSchedule {
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const baseUrl = `${base}/${encodeURIComponent(options.slug)}`;
  const conferenceId = options.conferenceId;

  const roomGuids = new Map<string, string>();
  const rooms: PublishedRoom[] = file.rooms.map((r, i) => {
    const guid = stableGuid('room', conferenceId, r.name, r.id);
    roomGuids.set(r.name, guid);
    return { guid, name: r.name, position: i, capacity: r.capacity ?? null, description: null };
  });
  const roomFor = (name: string) => {
    let guid = roomGuids.get(name);
    if (!guid) {
      guid = stableGuid('room', conferenceId, name);
      roomGuids.set(name, guid);
      rooms.push({ guid, name, position: rooms.length, capacity: null, description: null });
    }
    return guid;
  };

  const usedCodes = new Set<string>();
  const uniqueCode = (preferred: string | undefined, id: string) => {
    let code = preferred && CODE_RE.test(preferred) && !usedCodes.has(preferred) ? preferred : derivedCode(id);
    for (let n = 2; usedCodes.has(code); n++) code = derivedCode(`${id}#${n}`);
    usedCodes.add(code);
    return code;
  };

  const personsById = new Map<string, PublishedPerson>();
  const personCodes = new Set<string>();
  const personFor = (p: { id?: string; name: string }) => {
    const key = p.id ?? `name:${p.name}`;
    let out = personsById.get(key);
    if (!out) {
      let code = p.id && CODE_RE.test(p.id) && !personCodes.has(p.id) ? p.id : derivedCode(`person:${key}`);
      for (let n = 2; personCodes.has(code); n++) code = derivedCode(`person:${key}#${n}`);
      personCodes.add(code);
      out = {
        code,
        guid: stableGuid('person', conferenceId, key, p.id),
        name: p.name,
        bio: null,
        avatarUrl: null,
        links: [],
        url: `${baseUrl}/speakers/${code}`,
      };
      personsById.set(key, out);
    }
    return out;
  };

  const trackSlugs = uniqueSlugs(file.tracks.map((t) => t.name));
  const tracks = new Map<string, PublishedTrack>(
    file.tracks.map((t, i) => [t.name, { name: t.name, color: t.color && /^#[0-9a-f]{6}$/i.test(t.color) ? t.color : null, slug: trackSlugs[i]! }]),
  );
  const trackFor = (name: string | undefined): PublishedTrack | null => {
    if (!name) return null;
    let t = tracks.get(name);
    if (!t) {
      const [slug] = uniqueSlugs([name]);
      t = { name, color: null, slug: slug! };
      tracks.set(name, t);
    }
    return t;
  };

  const sessions: PublishedSession[] = [];
  const breaks: PublishedBreak[] = [];
  for (const e of file.events) {
    if (e.isBreak) {
      breaks.push({ title: e.title, roomGuid: e.allRooms ? null : roomFor(e.room), start: e.start, end: e.end });
      continue;
    }
    const code = uniqueCode(e.code?.toUpperCase(), e.id);
    sessions.push({
      code,
      guid: stableGuid('session', conferenceId, e.id, e.id),
      title: e.title,
      subtitle: e.subtitle ?? null,
      abstract: e.abstract,
      description: e.description,
      type: e.type || 'Talk',
      track: trackFor(e.track),
      language: e.language || null,
      roomGuid: roomFor(e.room),
      roomName: e.room,
      start: e.start,
      end: e.end,
      persons: e.persons.map(personFor),
      links: [],
      url: `${baseUrl}/sessions/${code}`,
    });
  }
  const position = new Map(rooms.map((r, i) => [r.guid, i]));
  sessions.sort(byStartRoomTitle((g) => position.get(g) ?? Infinity));
  const usedTracks = new Set(sessions.flatMap((s) => (s.track ? [s.track.name] : [])));
  const dates = file.days.map((d) => d.date).sort();
  const sessionDates = sessions.map((s) => localDateKey(s.start, file.timeZone)).sort();
  const startDate = dates[0] ?? sessionDates[0] ?? localDateKey(options.version.releasedAt, file.timeZone);
  const endDate = dates.at(-1) ?? sessionDates.at(-1) ?? startDate;

  return {
    conference: {
      id: conferenceId,
      slug: options.slug,
      title: file.title,
      acronym: frabAcronym(options.slug),
      timeZone: file.timeZone,
      startDate,
      endDate,
      baseUrl,
      guid: stableGuid('conference', conferenceId, options.slug),
      description: null,
    },
    version: options.version,
    days: publishedDays(file.timeZone, startDate, endDate, sessions),
    rooms,
    tracks: [...tracks.values()].filter((t) => usedTracks.has(t.name)),
    sessions,
    breaks,
    persons: [...personsById.values()].sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code)),
  };
}
