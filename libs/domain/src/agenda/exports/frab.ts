// frab / c3voc schedule.xml and schedule.json (https://c3voc.de/wiki/schedule), the formats conference apps
// (Giggity, EventFahrplan), video pipelines and signage read. Written to validate against the c3voc XSD and JSON
// schema (../shared/specs/c3voc), which real pretalx/CCC exports often do not: no <code> element, <link> only with
// href, persons either frab- or pretalx-shaped (never both: the JSON schema's oneOf), rooms inside the conference,
// an acronym without inner hyphens, a positive integer id for every event.

import { localDateKey, localTimeOfDay, utcOffsetMinutes } from '../../time/zoned.ts';
import { durationMinutes, type PublishedSchedule, type PublishedSession } from './model.ts';

export const FRAB_XML_CONTENT_TYPE = 'application/xml; charset=utf-8';
export const FRAB_JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const C3VOC_JSON_SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';

const GENERATOR = { name: 'Podium' } as const;

/** "2012-11-07T09:00:00+01:00": the instant in the conference's local time, with its offset. */
export function localIsoDateTime(instant: Date, timeZone: string): string {
  const offset = utcOffsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "HH:MM" (hours may pass 24 for very long events; the schemas allow two digits). */
export function frabDuration(start: Date, end: Date): string {
  const minutes = Math.max(0, durationMinutes(start, end));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The legacy integer id every frab event must carry (unique within the file): derived from the guid, so it is as
 * stable as the guid; on the rare collision the next free number is taken, in guid order.
 */
export function legacyEventIds(sessions: PublishedSession[]): Map<string, number> {
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const guid of [...new Set(sessions.map((s) => s.guid))].sort()) {
    let id = (parseInt(guid.replace(/-/g, '').slice(0, 8), 16) % 2147483646) + 1;
    while (taken.has(id)) id = (id % 2147483646) + 1;
    taken.add(id);
    out.set(guid, id);
  }
  return out;
}

/** The smallest grid that holds every start and duration (minutes, 1–60); 5 when there is nothing to measure. */
export function timeslotMinutes(schedule: PublishedSchedule): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let g = 0;
  for (const s of schedule.sessions) {
    const [h, m] = localTimeOfDay(s.start, schedule.conference.timeZone).split(':').map(Number);
    g = gcd(g, (h! * 60 + m!) % 60);
    g = gcd(g, durationMinutes(s.start, s.end));
  }
  if (g === 0) return 5;
  return Math.min(60, g);
}

function timeslot(schedule: PublishedSchedule): string {
  const m = timeslotMinutes(schedule);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "kvm_forum_2012-kvmkey-keynote-kvm-in-2012", unique per event and within the JSON schema's pattern. */
export function eventSlug(acronym: string, session: PublishedSession): string {
  const title = session.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60);
  return `${acronym}-${session.code.toLowerCase()}-${title}`.replace(/[^a-z0-9]+$/g, '');
}

const sessionsByDayAndRoom = (schedule: PublishedSchedule) => {
  const tz = schedule.conference.timeZone;
  const map = new Map<string, Map<string, PublishedSession[]>>();
  for (const s of schedule.sessions) {
    const date = localDateKey(s.start, tz);
    let rooms = map.get(date);
    if (!rooms) map.set(date, (rooms = new Map()));
    const list = rooms.get(s.roomGuid);
    if (list) list.push(s);
    else rooms.set(s.roomGuid, [s]);
  }
  return (date: string, roomGuid: string) => map.get(date)?.get(roomGuid) ?? [];
};

// ---------------------------------------------------------------------------------------------------------------
// XML

/** Text and attribute content: the five XML specials escaped, characters XML 1.0 cannot hold dropped. */
function escapeXml(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const attrs = (a: Record<string, string | number | null | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

const el = (name: string, text: string, a: Record<string, string | number | null | undefined> = {}) =>
  `<${name}${attrs(a)}>${escapeXml(text)}</${name}>`;

const PRETALX_CODE = /^[0-9A-Z]{6}$/;

/** schedule.xml (frab / c3voc, application/vnd.c3voc.schedule+xml). */
export function toFrabXml(schedule: PublishedSchedule): string {
  const c = schedule.conference;
  const tz = c.timeZone;
  const ids = legacyEventIds(schedule.sessions);
  const at = sessionsByDayAndRoom(schedule);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<schedule>'];
  out.push(`  <generator${attrs({ name: GENERATOR.name, system: c.baseUrl })}/>`);
  out.push(`  ${el('url', `${c.baseUrl}/schedule.xml`)}`);
  out.push(`  ${el('version', schedule.version.name)}`);
  out.push('  <conference>');
  out.push(`    ${el('acronym', c.acronym)}`);
  out.push(`    ${el('title', c.title)}`);
  out.push(`    ${el('start', c.startDate)}`);
  out.push(`    ${el('end', c.endDate)}`);
  out.push(`    ${el('days', String(schedule.days.length))}`);
  out.push(`    ${el('timeslot_duration', timeslot(schedule))}`);
  out.push(`    ${el('base_url', `${c.baseUrl}/`)}`);
  out.push(`    ${el('url', c.baseUrl)}`);
  out.push(`    ${el('time_zone_name', tz)}`);
  for (const t of schedule.tracks) {
    out.push(`    ${el('track', t.name, { name: t.name, color: t.color && /^#[0-9a-fA-F]{6}$/.test(t.color) ? t.color : null, slug: /^[a-z][a-z0-9-]+$/.test(t.slug) ? t.slug : null })}`);
  }
  out.push('  </conference>');
  for (const day of schedule.days) {
    out.push(`  <day${attrs({ index: day.index, date: day.date, start: localIsoDateTime(day.start, tz), end: localIsoDateTime(day.end, tz) })}>`);
    for (const room of schedule.rooms) {
      const events = at(day.date, room.guid);
      if (events.length === 0) {
        out.push(`    <room${attrs({ name: room.name, guid: room.guid })}/>`);
        continue;
      }
      out.push(`    <room${attrs({ name: room.name, guid: room.guid })}>`);
      for (const s of events) {
        out.push(`      <event${attrs({ guid: s.guid, id: ids.get(s.guid)!, code: PRETALX_CODE.test(s.code) ? s.code : null })}>`);
        out.push(`        ${el('room', s.roomName)}`);
        out.push(`        ${el('title', s.title)}`);
        if (s.subtitle) out.push(`        ${el('subtitle', s.subtitle)}`);
        out.push(`        ${el('type', s.type)}`);
        out.push(`        ${el('date', localIsoDateTime(s.start, tz))}`);
        out.push(`        ${el('start', localTimeOfDay(s.start, tz))}`);
        out.push(`        ${el('duration', frabDuration(s.start, s.end))}`);
        out.push(`        ${el('abstract', s.abstract)}`);
        out.push(`        ${el('track', s.track?.name ?? '')}`);
        if (s.language) out.push(`        ${el('language', s.language)}`);
        out.push(`        ${el('description', s.description)}`);
        if (s.persons.length === 0) out.push('        <persons/>');
        else {
          out.push('        <persons>');
          for (const p of s.persons) out.push(`          ${el('person', p.name, { guid: p.guid })}`);
          out.push('        </persons>');
        }
        if (s.links.length === 0) out.push('        <links/>');
        else {
          out.push('        <links>');
          for (const l of s.links) out.push(`          ${el('link', l.title, { href: l.url })}`);
          out.push('        </links>');
        }
        out.push(`        ${el('url', s.url)}`);
        out.push('      </event>');
      }
      out.push('    </room>');
    }
    out.push('  </day>');
  }
  out.push('</schedule>');
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

/** time_zone_name is only written when the JSON schema's pattern accepts it (IANA names such as Europe/Madrid, UTC). */
const JSON_TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/u;

/** The c3voc schedule.json document (schema.json v1) as a plain object. */
export function toFrabJsonObject(schedule: PublishedSchedule): Record<string, unknown> {
  const c = schedule.conference;
  const tz = c.timeZone;
  const ids = legacyEventIds(schedule.sessions);
  const at = sessionsByDayAndRoom(schedule);
  const event = (s: PublishedSession) => ({
    guid: s.guid,
    code: s.code,
    id: ids.get(s.guid)!,
    date: localIsoDateTime(s.start, tz),
    start: localTimeOfDay(s.start, tz),
    end: localIsoDateTime(s.end, tz),
    duration: frabDuration(s.start, s.end),
    room: s.roomName,
    slug: eventSlug(c.acronym, s),
    url: s.url,
    title: s.title,
    subtitle: s.subtitle,
    track: s.track?.name ?? null,
    type: s.type,
    language: s.language,
    abstract: s.abstract,
    description: s.description,
    do_not_record: s.doNotRecord ?? null,
    persons: s.persons.map((p) => ({
      code: p.code,
      guid: p.guid,
      name: p.name,
      avatar: p.avatarUrl,
      biography: p.bio,
      url: p.url,
      links: p.links.map((l) => ({ url: l.url, title: l.title })),
    })),
    links: s.links.map((l) => ({ url: l.url, title: l.title })),
    attachments: [],
  });
  return {
    $schema: C3VOC_JSON_SCHEMA_URL,
    generator: { name: GENERATOR.name },
    schedule: {
      url: `${c.baseUrl}/schedule.json`,
      version: schedule.version.name,
      base_url: `${c.baseUrl}/`,
      conference: {
        acronym: c.acronym,
        title: c.title,
        ...(c.description ? { description: c.description } : {}),
        start: c.startDate,
        end: c.endDate,
        daysCount: schedule.days.length,
        timeslot_duration: timeslot(schedule),
        ...(JSON_TIME_ZONE.test(tz) ? { time_zone_name: tz } : {}),
        url: c.baseUrl,
        tracks: schedule.tracks.map((t) => ({
          name: t.name,
          slug: t.slug,
          ...(t.color && /^#[0-9a-fA-F]{6}$/.test(t.color) ? { color: t.color } : {}),
        })),
        rooms: schedule.rooms.map((r) => ({
          name: r.name,
          guid: r.guid,
          description: r.description ?? null,
          capacity: r.capacity ?? null,
        })),
        days: schedule.days.map((d) => ({
          index: d.index,
          date: d.date,
          day_start: localIsoDateTime(d.start, tz),
          day_end: localIsoDateTime(d.end, tz),
          rooms: Object.fromEntries(schedule.rooms.map((r) => [r.name, at(d.date, r.guid).map(event)])),
        })),
      },
    },
  };
}

/** schedule.json text (two-space indented, trailing newline). */
export function toFrabJson(schedule: PublishedSchedule): string {
  return `${JSON.stringify(toFrabJsonObject(schedule), null, 2)}\n`;
}
