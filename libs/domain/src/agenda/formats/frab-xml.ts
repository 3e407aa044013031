// frab / pretalx schedule.xml (c3voc schema) and its ancestor, pentabarf's XML (FOSDEM), read leniently: elements
// the schema does not allow are ignored, missing ones are derived where the older formats leave them out (no guid,
// no event <date>: the day's date plus <start>), and HTML-escaped texts become plain text.

import { XMLParser } from 'fast-xml-parser';
import { DomainError } from '../../errors.ts';
import { ScheduleBuilder, type RawEvent } from './builder.ts';
import { cleanLine, cleanLongText, decodeXmlEntities } from './text.ts';
import { parseWallTime } from './time.ts';
import type { ImportedPerson, ImportedSchedule, ReadScheduleOptions } from './types.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded here, once per value, so double-escaped HTML ("&amp;lt;p&amp;gt;") stays one level escaped.
  processEntities: false,
  cdataPropName: '#cdata',
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
});

function list(x: unknown): unknown[] {
  return x === undefined || x === null || x === '' ? [] : Array.isArray(x) ? x : [x];
}

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The text of an element (the first, when it is repeated); entities decoded. */
function text(x: unknown): string {
  if (x === undefined || x === null) return '';
  if (typeof x === 'string') return decodeXmlEntities(x);
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) return text(x[0]);
  if (isNode(x)) {
    const t = x['#text'];
    const c = x['#cdata'];
    return (typeof t === 'string' ? decodeXmlEntities(t) : t === undefined ? '' : String(t)) + (c === undefined ? '' : list(c).map(String).join(''));
  }
  return '';
}

function attr(x: unknown, name: string): string | undefined {
  if (!isNode(x)) return undefined;
  const v = x[`@_${name}`];
  return typeof v === 'string' ? decodeXmlEntities(v).trim() || undefined : undefined;
}

/** Parses XML or throws a DomainError saying why. */
export function parseXml(xml: string): Node {
  try {
    const doc: unknown = parser.parse(xml, true);
    if (!isNode(doc)) throw new Error('no document element');
    return doc;
  } catch (err) {
    throw new DomainError('INVALID', `The file is not well-formed XML: ${(err as Error).message ?? String(err)}`);
  }
}

export function isScheduleXml(doc: Node): boolean {
  const root = doc.schedule;
  return isNode(root) && (root.day !== undefined || root.conference !== undefined);
}

export function readFrabXml(doc: Node, options: ReadScheduleOptions): ImportedSchedule {
  const root = doc.schedule;
  if (!isNode(root)) throw new DomainError('INVALID', 'The XML file has no <schedule> element.');
  const conference = isNode(root.conference) ? root.conference : {};
  const days = list(root.day).filter(isNode);
  const events = days.flatMap((d) => list(d.room).filter(isNode).flatMap((r) => list(r.event).filter(isNode)));
  // pentabarf (FOSDEM's and its exporters') predates <version>, guids and the event <date>.
  const modern = root.version !== undefined || events.some((e) => attr(e, 'guid') !== undefined || e.date !== undefined);
  const pentabarf = !modern;
  const b = new ScheduleBuilder(pentabarf ? 'pentabarf-xml' : 'frab-xml', text(conference.time_zone_name).trim() || undefined, options);

  for (const t of list(conference.track)) {
    const name = cleanLine(attr(t, 'name') ?? text(t));
    const color = attr(t, 'color');
    if (name) b.declareTrack({ name, ...(color && { color }) });
  }
  for (const r of [...list(isNode(conference.rooms) ? conference.rooms.room : undefined), ...list(isNode(root.rooms) ? root.rooms.room : undefined)]) {
    const name = cleanLine(attr(r, 'name') ?? text(r));
    const id = attr(r, 'guid') ?? attr(r, 'id');
    if (name) b.declareRoom({ name, ...(id && { id }) });
  }
  const dayChangeText = text(conference.day_change).trim();
  const dayChange = dayChangeText ? parseWallTime(dayChangeText) : null;

  for (const day of days) {
    const dayDate = attr(day, 'date');
    const dayStart = b.instant(attr(day, 'start'));
    const dayEnd = b.instant(attr(day, 'end'));
    if (dayDate || dayStart) b.declareDay(dayDate ?? '', dayStart ?? undefined, dayEnd ?? undefined);
    for (const room of list(day.room).filter(isNode)) {
      const roomName = cleanLine(attr(room, 'name') ?? '');
      const roomId = attr(room, 'guid') ?? attr(room, 'id');
      if (roomName) b.declareRoom({ name: roomName, ...(roomId && { id: roomId }) });
      for (const ev of list(room.event).filter(isNode)) {
        const event = readEvent(b, ev, roomName, { ...(dayDate && { date: dayDate }), ...(dayStart && { start: dayStart }), dayChange }, pentabarf);
        if (event) b.addEvent(event);
      }
    }
  }
  const title = cleanLine(text(conference.title)) || cleanLine(text(conference.acronym)) || 'Untitled schedule';
  return b.build(title);
}

function readEvent(
  b: ScheduleBuilder,
  ev: Node,
  parentRoom: string,
  day: { date?: string; start?: Date; dayChange: number | null },
  html: boolean,
): RawEvent | null {
  const title = cleanLine(text(ev.title));
  const fileId = attr(ev, 'id');
  const label = `"${title || '(untitled)'}"${fileId ? ` (${fileId})` : ''}`;
  const room = cleanLine(text(ev.room)) || parentRoom;
  const times = b.eventTimes(
    { date: text(ev.date), start: text(ev.start), duration: text(ev.duration), end: text(ev.end) },
    day,
    label,
  );
  const skipId = attr(ev, 'guid') ?? fileId;
  if (typeof times === 'string') {
    b.skip('event', skipId, label, times);
    b.warnGroup('event-time', `${label}: ${times}`, (n, ex) => `${n} event(s) were skipped because their time could not be read (${ex}).`);
    return null;
  }
  if (!room) {
    b.skip('event', skipId, label, 'no room');
    b.warnGroup('event-room', label, (n, ex) => `${n} event(s) were skipped because they have no room (${ex}).`);
    return null;
  }
  const persons: ImportedPerson[] = [];
  for (const p of list(isNode(ev.persons) ? ev.persons.person : undefined)) {
    const name = cleanLine(text(p));
    const id = attr(p, 'guid') ?? attr(p, 'code') ?? attr(p, 'id');
    if (name) persons.push({ ...(id && { id }), name });
    else b.skipNamelessPerson(label, id);
  }
  const guid = attr(ev, 'guid');
  const code = attr(ev, 'code') ?? (cleanLine(text(ev.code)) || undefined);
  const subtitle = cleanLine(text(ev.subtitle));
  const type = cleanLine(text(ev.type));
  const track = cleanLine(text(ev.track));
  const language = cleanLine(text(ev.language));
  const url = cleanLine(text(ev.url));
  return {
    ...(guid && { guid }),
    ...(fileId && { fileId }),
    ...(code && { code }),
    title: title || '(untitled)',
    ...(subtitle && { subtitle }),
    abstract: cleanLongText(text(ev.abstract), html || 'auto'),
    description: cleanLongText(text(ev.description), html || 'auto'),
    ...(type && { type }),
    ...(track && { track }),
    ...(language && { language }),
    room,
    start: times.start,
    end: times.end,
    persons,
    ...(url && { url }),
  };
}
