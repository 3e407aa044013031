// Sessionize's JSON API: "/view/All" ({sessions, speakers, rooms, categories, questions}) and, leniently, the
// grouped "/view/Sessions" shape ([{groupName, sessions: [...]}] with speakers and room inline). Times are local
// wall times without an offset; the file names no zone, so the caller's fallback (or UTC) applies.

import { ScheduleBuilder, type RawEvent } from './builder.ts';
import { arr, isObj, str } from './frab-json.ts';
import { cleanLine, cleanLongText } from './text.ts';
import type { ImportedPerson, ImportedSchedule, ReadScheduleOptions } from './types.ts';

type Obj = Record<string, unknown>;

export function isSessionizeJson(doc: unknown): boolean {
  if (isObj(doc)) return Array.isArray(doc.sessions) && (Array.isArray(doc.speakers) || Array.isArray(doc.rooms));
  return Array.isArray(doc) && doc.length > 0 && doc.every((g) => isObj(g) && Array.isArray(g.sessions));
}

const idOf = (x: unknown) => (typeof x === 'number' || typeof x === 'string' ? String(x) : '');

export function readSessionizeJson(doc: unknown, title: string, options: ReadScheduleOptions): ImportedSchedule {
  const b = new ScheduleBuilder('sessionize-json', undefined, options);
  const all: Obj = isObj(doc) ? doc : { sessions: (doc as Obj[]).flatMap((g) => arr(g.sessions)) };

  const rooms = new Map<string, string>();
  for (const r of arr(all.rooms)) {
    if (!isObj(r)) continue;
    const name = cleanLine(str(r.name));
    if (!name) continue;
    rooms.set(idOf(r.id), name);
    b.declareRoom({ name, ...(idOf(r.id) && { id: idOf(r.id) }) });
  }
  const speakers = new Map<string, ImportedPerson>();
  for (const s of arr(all.speakers)) {
    if (!isObj(s)) continue;
    const name = cleanLine(str(s.fullName) || `${str(s.firstName)} ${str(s.lastName)}`);
    const id = idOf(s.id);
    if (!name) {
      b.skip('person', id || undefined, id ? `speaker ${id}` : 'a speaker', 'the person has no name');
      b.warnGroup('person-name', id || '(no id)', (n, ex) => `${n} speaker(s) without a name were left out (${ex}).`);
      continue;
    }
    const biography = cleanLongText(str(s.bio));
    const person = { ...(id && { id }), name, ...(biography && { biography }) };
    if (id) speakers.set(id, person);
    b.declarePerson(person);
  }
  // Categories: the one titled like "Track" gives tracks; "Format"/"Type" the type; "Language" the language.
  const categoryItems = new Map<string, { role: 'track' | 'type' | 'language' | null; name: string }>();
  for (const cat of arr(all.categories)) {
    if (!isObj(cat)) continue;
    const title = str(cat.title);
    const role = /track|topic/i.test(title) ? 'track' : /format|type/i.test(title) ? 'type' : /language/i.test(title) ? 'language' : null;
    for (const item of arr(cat.items)) {
      if (!isObj(item)) continue;
      const name = cleanLine(str(item.name));
      categoryItems.set(idOf(item.id), { role, name });
      if (role === 'track' && name) b.declareTrack({ name });
    }
  }

  let unscheduled = 0;
  for (const s of arr(all.sessions)) {
    if (!isObj(s)) continue;
    const sessionTitle = cleanLine(str(s.title));
    const fileId = idOf(s.id);
    const label = `"${sessionTitle || '(untitled)'}"${fileId ? ` (${fileId})` : ''}`;
    if (!str(s.startsAt) || !str(s.endsAt)) {
      unscheduled++;
      b.skip('event', fileId || undefined, label, 'no start time (not scheduled yet)');
      continue;
    }
    const start = b.instant(str(s.startsAt));
    const end = b.instant(str(s.endsAt));
    if (!start || !end || end < start) {
      b.skip('event', fileId || undefined, label, !start ? `unreadable start "${str(s.startsAt)}"` : !end ? `unreadable end "${str(s.endsAt)}"` : 'ends before it starts');
      b.warnGroup('event-time', label, (n, ex) => `${n} session(s) were skipped because their time could not be read (${ex}).`);
      continue;
    }
    const room = rooms.get(idOf(s.roomId)) ?? cleanLine(str(s.room));
    if (!room) {
      b.skip('event', fileId || undefined, label, 'no room');
      b.warnGroup('event-room', label, (n, ex) => `${n} session(s) were skipped because they have no room (${ex}).`);
      continue;
    }
    const persons: ImportedPerson[] = [];
    for (const sp of arr(s.speakers)) {
      if (isObj(sp)) {
        const name = cleanLine(str(sp.name));
        const id = idOf(sp.id);
        if (name) persons.push(speakers.get(id) ?? { ...(id && { id }), name });
        else if (speakers.has(id)) persons.push(speakers.get(id)!);
        else b.skipNamelessPerson(label, id || undefined);
      } else {
        const person = speakers.get(idOf(sp));
        if (person) persons.push(person);
        else {
          b.skip('person', idOf(sp) || undefined, `speaker ${idOf(sp)} on event ${label}`, 'the file has no speaker with this id');
          b.warnGroup('speaker', `${label}: ${idOf(sp)}`, (n, ex) => `${n} speaker reference(s) name no speaker in the file (${ex}); left out.`);
        }
      }
    }
    const fields: Partial<Record<'track' | 'type' | 'language', string>> = {};
    for (const itemId of arr(s.categoryItems)) {
      const item = categoryItems.get(idOf(itemId));
      if (item?.role && item.name && !fields[item.role]) fields[item.role] = item.name;
    }
    const event: RawEvent = {
      ...(fileId && { fileId }),
      title: sessionTitle || '(untitled)',
      abstract: '',
      description: cleanLongText(str(s.description)),
      ...fields,
      room,
      start,
      end,
      persons,
      ...(s.isServiceSession === true && { isBreak: true }),
      ...(s.isPlenumSession === true && { allRooms: true }),
    };
    b.addEvent(event);
  }
  if (unscheduled > 0) b.warnings.push(`${unscheduled} session(s) have no time yet and were skipped.`);
  return b.build(title);
}
