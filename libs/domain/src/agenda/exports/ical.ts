// iCalendar (RFC 5545) for published sessions: the whole conference, one session, one speaker's sessions, a list of
// session codes (the public "favourites"), or any list of events (mail attachments). Strict on the wire format:
// CRLF line endings, content lines folded at 75 octets without splitting a UTF-8 character, TEXT escaping, DTSTAMP
// in UTC, and a VTIMEZONE for the zone every local time names, generated from the IANA zone through Intl (the
// offsets and transitions around the events' dates), so any zone works without a time zone database of our own.

import { durationMinutes, type PublishedSchedule, type PublishedSession } from './model.ts';

export interface IcalEvent {
  /** Globally unique and stable across releases: the session's guid. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  categories?: string[];
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Revision number for clients that track updates (RFC 5545 §3.8.7.4). */
  sequence?: number;
}

export interface IcalCalendarInput {
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  name: string;
  /** IANA zone in which DTSTART/DTEND are written (with a VTIMEZONE); "UTC" writes UTC times instead. */
  timeZone: string;
  /** When this calendar's information was created: for a release, its release time. Written in UTC. */
  dtstamp: Date;
  events: IcalEvent[];
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  description?: string | null;
}

export const ICAL_PRODID = '-//Podium//Podium schedule export 1.0//EN';
export const ICAL_CONTENT_TYPE = 'text/calendar; charset=utf-8';

const CRLF = '\r\n';
const UTC_ZONES = /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal|Greenwich)$/;

/** A complete VCALENDAR for any list of events. */
export function buildIcalCalendar(input: IcalCalendarInput): string {
  const useUtc = UTC_ZONES.test(input.timeZone);
  const events = [...input.events].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid),
  );
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICAL_PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(input.name)}`,
  ];
  if (input.description) lines.push(`X-WR-CALDESC:${escapeText(input.description)}`);
  if (!useUtc) lines.push(`X-WR-TIMEZONE:${input.timeZone}`);
  // A VCALENDAR must hold at least one component: a UTC calendar without events still gets its zone's definition.
  if (!useUtc || events.length === 0) {
    const from = events.length ? Math.min(...events.map((e) => e.start.getTime())) : input.dtstamp.getTime();
    const to = events.length ? Math.max(...events.map((e) => e.end.getTime())) : input.dtstamp.getTime();
    lines.push(...buildVtimezone(input.timeZone, new Date(from), new Date(to)));
  }
  const stamp = formatUtcDateTime(input.dtstamp);
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`);
    if (useUtc) {
      lines.push(`DTSTART:${formatUtcDateTime(e.start)}`, `DTEND:${formatUtcDateTime(e.end)}`);
    } else {
      lines.push(
        `DTSTART;TZID=${input.timeZone}:${formatLocalDateTime(e.start, input.timeZone)}`,
        `DTEND;TZID=${input.timeZone}:${formatLocalDateTime(e.end, input.timeZone)}`,
      );
    }
    if (e.sequence !== undefined) lines.push(`SEQUENCE:${e.sequence}`);
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${formatUri(e.url)}`);
    const categories = (e.categories ?? []).filter((c) => c.trim() !== '');
    if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
    lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The event for one published session: title, room, abstract + speakers + page in the description. */
export function sessionIcalEvent(session: PublishedSession): IcalEvent {
  const speakers = session.persons.map((p) => p.name).join(', ');
  const description = [
    session.subtitle,
    session.abstract.trim(),
    speakers ? `Speakers: ${speakers}` : null,
    `${session.type}${session.track ? ` · ${session.track.name}` : ''} · ${durationMinutes(session.start, session.end)} min`,
    session.url,
  ]
    .filter((part): part is string => !!part)
    .join('\n\n');
  return {
    uid: session.guid,
    start: session.start,
    end: session.end,
    summary: session.title,
    location: session.roomName,
    description,
    url: session.url,
    categories: [session.type, ...(session.track ? [session.track.name] : [])],
  };
}

/** A calendar of some of a release's sessions (in the conference's zone, stamped with the release time). */
export function buildSessionsIcal(schedule: PublishedSchedule, sessions: PublishedSession[], name: string): string {
  return buildIcalCalendar({
    name,
    timeZone: schedule.conference.timeZone,
    dtstamp: schedule.version.releasedAt,
    events: sessions.map(sessionIcalEvent),
  });
}

/** Every published session of the conference. */
export function conferenceIcal(schedule: PublishedSchedule): string {
  return buildSessionsIcal(schedule, schedule.sessions, schedule.conference.title);
}

/** One session, or null when the release does not publish it. */
export function sessionIcal(schedule: PublishedSchedule, code: string): string | null {
  const session = schedule.sessions.find((s) => s.code === code);
  if (!session) return null;
  return buildSessionsIcal(schedule, [session], `${session.title} · ${schedule.conference.title}`);
}

/** The sessions of one speaker, or null when the speaker has no published session. */
export function speakerIcal(schedule: PublishedSchedule, speakerCode: string): string | null {
  const person = schedule.persons.find((p) => p.code === speakerCode);
  if (!person) return null;
  const sessions = schedule.sessions.filter((s) => s.persons.some((p) => p.code === speakerCode));
  return buildSessionsIcal(schedule, sessions, `${person.name} · ${schedule.conference.title}`);
}

/** The published sessions among `codes` (unknown or unpublished codes are ignored), in schedule order. */
export function favouritesIcal(schedule: PublishedSchedule, codes: readonly string[]): string {
  const wanted = new Set(codes.map((c) => c.trim().toUpperCase()).filter((c) => c !== ''));
  const sessions = schedule.sessions.filter((s) => wanted.has(s.code.toUpperCase()));
  return buildSessionsIcal(schedule, sessions, `My favourites · ${schedule.conference.title}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Wire format

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newlines escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A URI value: no TEXT escaping, but nothing that would end or break the content line. */
function formatUri(url: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return url.replace(/[\u0000-\u0020\u007f"<>\\^`{|}]/g, (c) => encodeURIComponent(c));
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1: content lines longer than 75 octets continue on lines starting with one space; never inside a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space takes one octet
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "20121107T080000Z". */
export function formatUtcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** Local wall time in `timeZone`, "20121107T090000". */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  return formatUtcDateTime(new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60000)).slice(0, -1);
}

// ---------------------------------------------------------------------------------------------------------------
// VTIMEZONE from Intl

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offset from UTC in minutes of `timeZone` at `instant` (Europe/Madrid in November 2012: 60). */
function offsetMinutes(instant: Date, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    offsetFormatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === 'BC' || p.era === 'B') year = 1 - year;
  const wall = Date.UTC(year, Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wall - whole) / 60000);
}

export interface ZoneTransition {
  /** First instant of the new offset. */
  at: Date;
  fromOffset: number;
  toOffset: number;
}

const HOUR = 3600000;

/**
 * Offset changes of `timeZone` in [from, to), found by reading the offset once a day and bisecting to the second
 * where it changed (zones never change offset twice within a day and back).
 */
export function zoneTransitions(timeZone: string, from: Date, to: Date): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  let t = from.getTime();
  let offset = offsetMinutes(from, timeZone);
  while (t < to.getTime()) {
    const next = Math.min(t + 24 * HOUR, to.getTime());
    const nextOffset = offsetMinutes(new Date(next), timeZone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (mid <= lo) break;
        if (offsetMinutes(new Date(mid), timeZone) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), fromOffset: offset, toOffset: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function zoneAbbreviation(instant: Date, timeZone: string): string | null {
  for (const locale of ['en-GB', 'en-US']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)[+−-]/.test(name)) return name;
  }
  return null;
}

/**
 * The VTIMEZONE lines for `timeZone`, covering every instant in [from, to] with room to spare: the offset in force
 * from a year before `from` (the first observance), then every transition until a year after `to`, each as an
 * explicit onset (no RRULE, so past and future rule changes cannot be misstated). An observance whose offset is
 * above the zone's lowest offset in that window is DAYLIGHT, the others STANDARD.
 */
export function buildVtimezone(timeZone: string, from: Date, to: Date): string[] {
  const fromYear = from.getUTCFullYear();
  const toYear = to.getUTCFullYear();
  const key = `${timeZone}|${fromYear}|${toYear}`;
  const cached = vtimezones.get(key);
  if (cached) return [...cached];
  const lines = vtimezoneLines(timeZone, fromYear, toYear);
  if (vtimezones.size >= 64) vtimezones.delete(vtimezones.keys().next().value!);
  vtimezones.set(key, lines);
  return [...lines];
}

const vtimezones = new Map<string, string[]>();

function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const windowStart = new Date(Date.UTC(fromYear - 1, 0, 1));
  const windowEnd = new Date(Date.UTC(toYear + 2, 0, 1));
  const initialOffset = offsetMinutes(windowStart, timeZone);
  const transitions = zoneTransitions(timeZone, windowStart, windowEnd);
  const standardOffset = Math.min(initialOffset, ...transitions.map((t) => t.toOffset));
  const observances = [
    { at: windowStart, fromOffset: initialOffset, toOffset: initialOffset },
    ...transitions,
  ];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const o of observances) {
    const kind = o.toOffset > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the local time of its onset as read with the offset in force before it.
    const onset = formatUtcDateTime(new Date(o.at.getTime() + o.fromOffset * 60000)).slice(0, -1);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${onset}`,
      `TZOFFSETFROM:${formatOffset(o.fromOffset)}`,
      `TZOFFSETTO:${formatOffset(o.toOffset)}`,
    );
    const abbreviation = zoneAbbreviation(o.at, timeZone);
    if (abbreviation) lines.push(`TZNAME:${escapeText(abbreviation)}`);
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
