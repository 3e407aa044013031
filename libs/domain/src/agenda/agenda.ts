// The published agenda as people read it: sessions grouped by local conference day, with the rooms in use and the
// time span a room × time grid has to cover. Pure: the caller passes plain data read from a released schedule.

import { dateKeysBetween, formatDateKey, localDateKey, localMinuteOfDay, localTimeOfDay } from '../time/zoned.ts';

export interface AgendaRoom {
  id: string;
  name: string;
  position: number;
}

export interface AgendaSpeaker {
  code: string;
  name: string;
}

export interface AgendaTrack {
  name: string;
  color: string;
}

export interface AgendaSession {
  code: string;
  title: string;
  start: Date;
  end: Date;
  roomId: string | null;
  track: AgendaTrack | null;
  sessionType: string;
  speakers: AgendaSpeaker[];
}

export interface AgendaEntry extends AgendaSession {
  /** Local "HH:MM". */
  localStart: string;
  localEnd: string;
  /** Minutes since local midnight of the session's day; the end may pass 1440 for a session across midnight. */
  startMinute: number;
  endMinute: number;
}

export interface AgendaDay<R extends AgendaRoom = AgendaRoom> {
  /** Local calendar date "YYYY-MM-DD". */
  date: string;
  label: string;
  /** Rooms with at least one session this day, in room order. */
  rooms: R[];
  /** Sessions by start time, then room order, then title. */
  entries: AgendaEntry[];
  /** The grid's span, in minutes since local midnight, rounded out to the half hour. */
  firstMinute: number;
  lastMinute: number;
}

export interface BuildAgendaInput<R extends AgendaRoom = AgendaRoom> {
  timeZone: string;
  /** First and last conference day, "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
  rooms: R[];
  sessions: AgendaSession[];
}

const GRID_STEP = 30;

/** Every conference day (also the empty ones), plus any day outside the dates that still has sessions. */
export function buildAgendaDays<R extends AgendaRoom>(input: BuildAgendaInput<R>): AgendaDay<R>[] {
  const { timeZone } = input;
  const roomOrder = new Map(input.rooms.map((r) => [r.id, r]));
  const byDay = new Map<string, AgendaEntry[]>();
  for (const date of dateKeysBetween(input.startDate, input.endDate)) byDay.set(date, []);

  for (const s of input.sessions) {
    const date = localDateKey(s.start, timeZone);
    const startMinute = localMinuteOfDay(s.start, timeZone);
    const durationMinutes = Math.round((s.end.getTime() - s.start.getTime()) / 60000);
    const entry: AgendaEntry = {
      ...s,
      localStart: localTimeOfDay(s.start, timeZone),
      localEnd: localTimeOfDay(s.end, timeZone),
      startMinute,
      endMinute: startMinute + durationMinutes,
    };
    const list = byDay.get(date);
    if (list) list.push(entry);
    else byDay.set(date, [entry]);
  }

  const position = (roomId: string | null) => (roomId ? (roomOrder.get(roomId)?.position ?? Infinity) : Infinity);
  return [...byDay.keys()].sort().map((date) => {
    const entries = (byDay.get(date) ?? []).sort(
      (a, b) =>
        a.start.getTime() - b.start.getTime() || position(a.roomId) - position(b.roomId) || a.title.localeCompare(b.title),
    );
    const used = new Set(entries.map((e) => e.roomId));
    const rooms = input.rooms.filter((r) => used.has(r.id)).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    const first = entries.length ? Math.min(...entries.map((e) => e.startMinute)) : 9 * 60;
    const last = entries.length ? Math.max(...entries.map((e) => e.endMinute)) : 18 * 60;
    return {
      date,
      label: formatDateKey(date),
      rooms,
      entries,
      firstMinute: Math.floor(first / GRID_STEP) * GRID_STEP,
      lastMinute: Math.ceil(last / GRID_STEP) * GRID_STEP,
    };
  });
}

/** "HH:MM" labels for the grid's rows, every `step` minutes from first to last (exclusive). */
export function gridTimeLabels(day: Pick<AgendaDay, 'firstMinute' | 'lastMinute'>, step = GRID_STEP): { minute: number; label: string }[] {
  const out: { minute: number; label: string }[] = [];
  for (let m = day.firstMinute; m < day.lastMinute; m += step) {
    const h = Math.floor(m / 60) % 24;
    out.push({ minute: m, label: `${String(h).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}` });
  }
  return out;
}
