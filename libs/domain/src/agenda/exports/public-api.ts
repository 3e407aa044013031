// The public JSON API (docs/public-api.md): read-only documents about the latest release, built from the published
// schedule. Times are ISO 8601: UTC instants ("start") plus the local reading with its offset ("localStart").

import { localIsoDateTime } from './frab.ts';
import { durationMinutes, type PublishedPerson, type PublishedSchedule, type PublishedSession } from './model.ts';

export const PUBLIC_API_VERSION = 'v1';

export interface ApiRelease {
  version: string;
  releasedAt: string;
}

export interface ApiSessionRef {
  code: string;
  title: string;
}

export interface ApiSpeakerRef {
  code: string;
  name: string;
}

export interface ApiSession {
  code: string;
  guid: string;
  title: string;
  subtitle: string | null;
  abstract: string;
  description: string;
  type: string;
  track: { name: string; color: string | null } | null;
  language: string | null;
  room: { guid: string; name: string };
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
  durationMinutes: number;
  speakers: ApiSpeakerRef[];
  links: { url: string; title: string }[];
  url: string;
  ical: string;
}

export interface ApiSpeaker {
  code: string;
  guid: string;
  name: string;
  bio: string | null;
  avatarUrl: string | null;
  links: { url: string; title: string }[];
  url: string;
  ical: string;
  sessions: ApiSessionRef[];
}

export interface ApiRoom {
  guid: string;
  name: string;
  position: number;
  capacity: number | null;
  description: string | null;
}

function release(schedule: PublishedSchedule): ApiRelease {
  return { version: schedule.version.name, releasedAt: schedule.version.releasedAt.toISOString() };
}

export function apiSession(schedule: PublishedSchedule, s: PublishedSession): ApiSession {
  const tz = schedule.conference.timeZone;
  return {
    code: s.code,
    guid: s.guid,
    title: s.title,
    subtitle: s.subtitle,
    abstract: s.abstract,
    description: s.description,
    type: s.type,
    track: s.track ? { name: s.track.name, color: s.track.color ?? null } : null,
    language: s.language,
    room: { guid: s.roomGuid, name: s.roomName },
    start: s.start.toISOString(),
    end: s.end.toISOString(),
    localStart: localIsoDateTime(s.start, tz),
    localEnd: localIsoDateTime(s.end, tz),
    durationMinutes: durationMinutes(s.start, s.end),
    speakers: s.persons.map((p) => ({ code: p.code, name: p.name })),
    links: s.links,
    url: s.url,
    ical: `${s.url}.ics`,
  };
}

export function apiSpeaker(schedule: PublishedSchedule, p: PublishedPerson): ApiSpeaker {
  return {
    code: p.code,
    guid: p.guid,
    name: p.name,
    bio: p.bio,
    avatarUrl: p.avatarUrl,
    links: p.links,
    url: p.url,
    ical: `${p.url}.ics`,
    sessions: schedule.sessions.filter((s) => s.persons.some((x) => x.code === p.code)).map((s) => ({ code: s.code, title: s.title })),
  };
}

/** GET /api/v1/<slug>: the conference, its release, days, rooms, tracks, breaks and where everything else is. */
export function apiIndexDocument(schedule: PublishedSchedule, apiBaseUrl: string) {
  const c = schedule.conference;
  const tz = c.timeZone;
  const api = `${apiBaseUrl.replace(/\/+$/, '')}/api/${PUBLIC_API_VERSION}/${encodeURIComponent(c.slug)}`;
  return {
    conference: {
      slug: c.slug,
      title: c.title,
      description: c.description ?? null,
      timeZone: tz,
      startDate: c.startDate,
      endDate: c.endDate,
      url: c.baseUrl,
    },
    release: release(schedule),
    days: schedule.days.map((d) => ({ index: d.index, date: d.date, start: localIsoDateTime(d.start, tz), end: localIsoDateTime(d.end, tz) })),
    rooms: schedule.rooms.map(apiRoom),
    tracks: schedule.tracks.map((t) => ({ name: t.name, slug: t.slug, color: t.color ?? null })),
    breaks: schedule.breaks.map((b) => ({
      title: b.title,
      room: b.roomGuid,
      start: b.start.toISOString(),
      end: b.end.toISOString(),
      localStart: localIsoDateTime(b.start, tz),
      localEnd: localIsoDateTime(b.end, tz),
    })),
    counts: { sessions: schedule.sessions.length, speakers: schedule.persons.length, rooms: schedule.rooms.length },
    links: {
      sessions: `${api}/sessions`,
      speakers: `${api}/speakers`,
      rooms: `${api}/rooms`,
      scheduleXml: `${c.baseUrl}/schedule.xml`,
      scheduleJson: `${c.baseUrl}/schedule.json`,
      ical: `${c.baseUrl}/schedule.ics`,
    },
  };
}

function apiRoom(r: PublishedSchedule['rooms'][number]): ApiRoom {
  return { guid: r.guid, name: r.name, position: r.position, capacity: r.capacity ?? null, description: r.description ?? null };
}

/** GET /api/v1/<slug>/sessions */
export function apiSessionsDocument(schedule: PublishedSchedule) {
  return { release: release(schedule), sessions: schedule.sessions.map((s) => apiSession(schedule, s)) };
}

/** GET /api/v1/<slug>/sessions/<code>, or null when the release does not publish it. */
export function apiSessionDocument(schedule: PublishedSchedule, code: string) {
  const s = schedule.sessions.find((x) => x.code === code);
  return s ? { release: release(schedule), session: apiSession(schedule, s) } : null;
}

/** GET /api/v1/<slug>/speakers: everyone with a published session, by name. */
export function apiSpeakersDocument(schedule: PublishedSchedule) {
  return { release: release(schedule), speakers: schedule.persons.map((p) => apiSpeaker(schedule, p)) };
}

/** GET /api/v1/<slug>/speakers/<code>, or null when the speaker has no published session. */
export function apiSpeakerDocument(schedule: PublishedSchedule, code: string) {
  const p = schedule.persons.find((x) => x.code === code);
  return p ? { release: release(schedule), speaker: apiSpeaker(schedule, p) } : null;
}

/** GET /api/v1/<slug>/rooms: the rooms the release uses, in display order. */
export function apiRoomsDocument(schedule: PublishedSchedule) {
  return { release: release(schedule), rooms: schedule.rooms.map(apiRoom) };
}
