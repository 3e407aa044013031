// A solver result as a frab-style schedule.json (the c3voc shape: schedule.conference.days[].rooms{name: [events]}),
// for `podium solve`. Deliberately minimal: what the c3voc format needs to be read back (by Podium's own reader and
// by other tools): date with offset, start, duration, room, title, guid, track, persons. The full exporter for
// published schedules lives with the agenda.

import { localDateKey, localTimeOfDay, formatUtcOffset, utcOffsetMinutes } from '../../time/zoned.ts';

export interface FrabOutputEvent {
  guid: string;
  title: string;
  room: string;
  start: Date;
  durationMinutes: number;
  track?: string | null;
  persons: { id?: string; name: string }[];
}

export interface FrabOutputInput {
  title: string;
  acronym: string;
  timeZone: string;
  /** Local dates "YYYY-MM-DD" of the conference days (days with events are added when missing). */
  days: string[];
  rooms: string[];
  events: FrabOutputEvent[];
}

function hhmm(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "2012-11-07T09:00:00+01:00" */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const offset = formatUtcOffset(utcOffsetMinutes(instant, timeZone)).replace('UTC', '');
  return `${localDateKey(instant, timeZone)}T${localTimeOfDay(instant, timeZone)}:00${offset}`;
}

export function frabScheduleJson(input: FrabOutputInput): { schedule: Record<string, unknown> } {
  const tz = input.timeZone;
  const byDay = new Map<string, FrabOutputEvent[]>();
  for (const d of input.days) byDay.set(d, []);
  for (const e of [...input.events].sort((a, b) => a.start.getTime() - b.start.getTime() || a.room.localeCompare(b.room) || a.guid.localeCompare(b.guid))) {
    const day = localDateKey(e.start, tz);
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(e);
  }
  const dates = [...byDay.keys()].sort();
  const days = dates.map((date, i) => {
    const events = byDay.get(date)!;
    const rooms: Record<string, unknown[]> = {};
    for (const room of input.rooms) rooms[room] = [];
    for (const e of events) {
      (rooms[e.room] ??= []).push({
        guid: e.guid,
        id: e.guid,
        date: isoWithOffset(e.start, tz),
        start: localTimeOfDay(e.start, tz),
        duration: hhmm(e.durationMinutes),
        room: e.room,
        title: e.title,
        subtitle: '',
        track: e.track ?? null,
        type: 'Talk',
        language: 'en',
        abstract: '',
        description: '',
        persons: e.persons.map((p) => ({ ...(p.id && { guid: p.id }), public_name: p.name })),
        links: [],
      });
    }
    const starts = events.map((e) => e.start.getTime());
    const ends = events.map((e) => e.start.getTime() + e.durationMinutes * 60000);
    return {
      index: i + 1,
      date,
      ...(events.length > 0 && {
        day_start: isoWithOffset(new Date(Math.min(...starts)), tz),
        day_end: isoWithOffset(new Date(Math.max(...ends)), tz),
      }),
      rooms,
    };
  });
  return {
    schedule: {
      version: 'podium-solver',
      conference: {
        acronym: input.acronym,
        title: input.title,
        start: dates[0] ?? null,
        end: dates[dates.length - 1] ?? null,
        daysCount: dates.length,
        timeslot_duration: '00:05',
        time_zone_name: tz,
        rooms: input.rooms.map((name) => ({ name })),
        days,
      },
    },
  };
}
