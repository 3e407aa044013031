// frab / pretalx schedule.json (c3voc schema.json, version 1), read leniently.

import { ScheduleBuilder, type RawEvent } from './builder.ts';
import { cleanLine, cleanLongText } from './text.ts';
import type { ImportedPerson, ImportedSchedule, ReadScheduleOptions } from './types.ts';

type Obj = Record<string, unknown>;

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A scalar as a trimmed string; a translation object ({"en": "…", "de": "…"}) gives its English or first text; '' otherwise. */
export function str(x: unknown): string {
  if (typeof x === 'string') return x.trim();
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  if (isObj(x)) {
    const texts = Object.values(x).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    return (typeof x.en === 'string' && x.en.trim() !== '' ? x.en : (texts[0] ?? '')).trim();
  }
  return '';
}

export function arr(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

export function isFrabJson(doc: unknown): boolean {
  return isObj(doc) && isObj(doc.schedule) && isObj(doc.schedule.conference);
}

export function readFrabJson(doc: Obj, options: ReadScheduleOptions): ImportedSchedule {
  const schedule = doc.schedule as Obj;
  const c = schedule.conference as Obj;
  const b = new ScheduleBuilder('frab-json', str(c.time_zone_name) || undefined, options);
  for (const t of arr(c.tracks)) {
    if (!isObj(t)) continue;
    const name = cleanLine(str(t.name));
    const color = str(t.color);
    if (name) b.declareTrack({ name, ...(color && { color }) });
  }
  for (const r of arr(c.rooms)) {
    if (!isObj(r)) continue;
    const name = cleanLine(str(r.name));
    const id = str(r.guid) || str(r.id);
    const capacity = typeof r.capacity === 'number' && Number.isInteger(r.capacity) && r.capacity > 0 && r.capacity <= 1_000_000 ? r.capacity : undefined;
    if (name) b.declareRoom({ name, ...(id && { id }), ...(capacity && { capacity }) });
  }
  for (const day of arr(c.days)) {
    if (!isObj(day)) continue;
    const date = str(day.date);
    const start = b.instant(str(day.day_start));
    const end = b.instant(str(day.day_end));
    if (date || start) b.declareDay(date, start ?? undefined, end ?? undefined);
    const rooms = isObj(day.rooms) ? day.rooms : {};
    for (const [roomName, events] of Object.entries(rooms)) {
      b.declareRoom({ name: cleanLine(roomName) });
      for (const ev of arr(events)) {
        if (!isObj(ev)) continue;
        const event = readEvent(b, ev, cleanLine(roomName), { ...(date && { date }), ...(start && { start }), dayChange: null });
        if (event) b.addEvent(event);
      }
    }
  }
  return b.build(cleanLine(str(c.title)) || cleanLine(str(c.acronym)) || 'Untitled schedule');
}

function readEvent(b: ScheduleBuilder, ev: Obj, parentRoom: string, day: { date?: string; start?: Date; dayChange: null }): RawEvent | null {
  const title = cleanLine(str(ev.title));
  const fileId = str(ev.id);
  const label = `"${title || '(untitled)'}"${fileId ? ` (${fileId})` : ''}`;
  const times = b.eventTimes({ date: str(ev.date), start: str(ev.start), duration: str(ev.duration), end: str(ev.end) }, day, label);
  const skipId = str(ev.guid) || fileId || undefined;
  if (typeof times === 'string') {
    b.skip('event', skipId, label, times);
    b.warnGroup('event-time', `${label}: ${times}`, (n, ex) => `${n} event(s) were skipped because their time could not be read (${ex}).`);
    return null;
  }
  const room = cleanLine(str(ev.room)) || parentRoom;
  if (!room) {
    b.skip('event', skipId, label, 'no room');
    b.warnGroup('event-room', label, (n, ex) => `${n} event(s) were skipped because they have no room (${ex}).`);
    return null;
  }
  const persons: ImportedPerson[] = [];
  for (const p of arr(ev.persons)) {
    if (!isObj(p)) continue;
    const name = cleanLine(str(p.name) || str(p.public_name) || str(p.full_public_name));
    const id = str(p.guid) || str(p.code) || str(p.id);
    const biography = cleanLongText(str(p.biography));
    if (name) persons.push({ ...(id && { id }), name, ...(biography && { biography }) });
    else b.skipNamelessPerson(label, id || undefined);
  }
  const guid = str(ev.guid);
  const code = str(ev.code);
  const subtitle = cleanLine(str(ev.subtitle));
  const type = cleanLine(str(ev.type));
  const track = cleanLine(str(ev.track));
  const language = cleanLine(str(ev.language));
  const url = str(ev.url);
  return {
    ...(guid && { guid }),
    ...(fileId && { fileId }),
    ...(code && { code }),
    title: title || '(untitled)',
    ...(subtitle && { subtitle }),
    abstract: cleanLongText(str(ev.abstract)),
    description: cleanLongText(str(ev.description)),
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
