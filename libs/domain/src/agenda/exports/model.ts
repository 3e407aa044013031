// The published schedule: what one release of a conference's schedule makes public, in the one shape every exporter
// (frab/c3voc XML and JSON, iCalendar, the public JSON API) reads. Built by the API layer from the latest released
// schedule version, or by tests from an imported file. Only public data: a person's bio is the approved copy.

export interface PublishedConference {
  /** Internal id; used to derive guids, never exported as such. */
  id: string;
  slug: string;
  title: string;
  /** Short name used by frab readers; we use the slug. */
  acronym: string;
  /** IANA zone, e.g. "Europe/Madrid". */
  timeZone: string;
  /** First and last conference day, local "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
  /** The conference's public pages, absolute, without a trailing slash: "https://example.org/kvm-forum-2012". */
  baseUrl: string;
  /** Stable UUID of the conference. */
  guid: string;
  description?: string | null;
}

export interface PublishedVersion {
  id: string;
  /** The release's name ("1.0", "Release 3"). */
  name: string;
  releasedAt: Date;
}

export interface PublishedRoom {
  guid: string;
  name: string;
  position: number;
  capacity?: number | null;
  description?: string | null;
}

export interface PublishedTrack {
  name: string;
  /** "#rrggbb", when known. */
  color?: string | null;
  slug: string;
}

export interface PublishedLink {
  url: string;
  title: string;
}

export interface PublishedPerson {
  /** Speaker code (the public id), e.g. "M7QZ". */
  code: string;
  guid: string;
  name: string;
  /** Approved bio only; null when nothing is approved. */
  bio: string | null;
  /** Absolute URL of the approved avatar, when there is one. */
  avatarUrl: string | null;
  links: PublishedLink[];
  /** The speaker's public page. */
  url: string;
}

export interface PublishedSession {
  code: string;
  guid: string;
  title: string;
  subtitle: string | null;
  abstract: string;
  description: string;
  /** Session type name, e.g. "Talk", "Keynote". */
  type: string;
  track: PublishedTrack | null;
  /** ISO 639-1 code when known. */
  language: string | null;
  roomGuid: string;
  roomName: string;
  /** UTC instants. */
  start: Date;
  end: Date;
  persons: PublishedPerson[];
  links: PublishedLink[];
  /** The session's public page. */
  url: string;
  doNotRecord?: boolean;
}

export interface PublishedBreak {
  title: string;
  /** null: for every room. */
  roomGuid: string | null;
  start: Date;
  end: Date;
}

export interface PublishedDay {
  /** 1-based. */
  index: number;
  /** Local "YYYY-MM-DD". */
  date: string;
  /** UTC instants of the day's first start and last end (or local 00:00–24:00 when empty). */
  start: Date;
  end: Date;
}

export interface PublishedSchedule {
  conference: PublishedConference;
  version: PublishedVersion;
  days: PublishedDay[];
  /** In display order. */
  rooms: PublishedRoom[];
  tracks: PublishedTrack[];
  /** By start, then room order, then title. */
  sessions: PublishedSession[];
  breaks: PublishedBreak[];
  /** Everyone on at least one published session, by name. */
  persons: PublishedPerson[];
}

/** Duration in whole minutes. */
export function durationMinutes(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60000);
}

/** "a-b-c" from a free name, for track slugs and the like. */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'item';
}
