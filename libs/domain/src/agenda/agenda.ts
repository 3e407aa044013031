// The published agenda as people read it: sessions grouped by local conference day, with the rooms in use, the breaks
// between them and the time span a room × time grid has to cover. Pure: the caller passes plain data read from a
// released schedule.

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

/** A break (lunch, coffee) as a schedule version holds it: across all rooms, or in the rooms named. */
export interface AgendaBreakInput {
  id: string;
  title: string;
  start: Date;
  end: Date;
  allRooms: boolean;
  roomIds: readonly string[];
}

export interface AgendaBreak {
  id: string;
  title: string;
  start: Date;
  end: Date;
  /** Local "HH:MM". */
  localStart: string;
  localEnd: string;
  /** Minutes since local midnight of the break's day (as for sessions). */
  startMinute: number;
  endMinute: number;
  /** The day's rooms it takes, in room order; null: all of them. */
  roomIds: string[] | null;
}

export interface AgendaDay<R extends AgendaRoom = AgendaRoom> {
  /** Local calendar date "YYYY-MM-DD". */
  date: string;
  label: string;
  /** Rooms with at least one session this day, in room order. */
  rooms: R[];
  /** Sessions by start time, then room order, then title. */
  entries: AgendaEntry[];
  /**
   * Breaks of a day with sessions, by start time (all-room ones first), then title. A break limited to rooms keeps
   * only the day's rooms and is left out when none of its rooms is one of them; a day without sessions has none.
   */
  breaks: AgendaBreak[];
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
  /** The released breaks (none when absent). */
  breaks?: readonly AgendaBreakInput[];
}

const GRID_STEP = 30;

const minutesBetween = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / 60000);

/** Every conference day (also the empty ones), plus any day outside the dates that still has sessions. */
export function buildAgendaDays<R extends AgendaRoom>(input: BuildAgendaInput<R>): AgendaDay<R>[] {
  const { timeZone } = input;
  const roomOrder = new Map(input.rooms.map((r) => [r.id, r]));
  const byDay = new Map<string, AgendaEntry[]>();
  for (const date of dateKeysBetween(input.startDate, input.endDate)) byDay.set(date, []);

  for (const s of input.sessions) {
    const date = localDateKey(s.start, timeZone);
    const startMinute = localMinuteOfDay(s.start, timeZone);
    const entry: AgendaEntry = {
      ...s,
      localStart: localTimeOfDay(s.start, timeZone),
      localEnd: localTimeOfDay(s.end, timeZone),
      startMinute,
      endMinute: startMinute + minutesBetween(s.start, s.end),
    };
    const list = byDay.get(date);
    if (list) list.push(entry);
    else byDay.set(date, [entry]);
  }

  const breaksByDay = new Map<string, AgendaBreakInput[]>();
  for (const b of input.breaks ?? []) {
    const date = localDateKey(b.start, timeZone);
    breaksByDay.set(date, [...(breaksByDay.get(date) ?? []), b]);
  }

  const position = (roomId: string | null) => (roomId ? (roomOrder.get(roomId)?.position ?? Infinity) : Infinity);
  return [...byDay.keys()].sort().map((date) => {
    const entries = (byDay.get(date) ?? []).sort(
      (a, b) =>
        a.start.getTime() - b.start.getTime() || position(a.roomId) - position(b.roomId) || a.title.localeCompare(b.title),
    );
    const used = new Set(entries.map((e) => e.roomId));
    const rooms = input.rooms.filter((r) => used.has(r.id)).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    const breaks = entries.length ? dayBreaks(breaksByDay.get(date) ?? [], rooms, timeZone) : [];
    const spans = [...entries, ...breaks];
    const first = spans.length ? Math.min(...spans.map((e) => e.startMinute)) : 9 * 60;
    const last = spans.length ? Math.max(...spans.map((e) => e.endMinute)) : 18 * 60;
    return {
      date,
      label: formatDateKey(date),
      rooms,
      entries,
      breaks,
      firstMinute: Math.floor(first / GRID_STEP) * GRID_STEP,
      lastMinute: Math.ceil(last / GRID_STEP) * GRID_STEP,
    };
  });
}

/** A day's breaks on its rooms (see AgendaDay.breaks). */
function dayBreaks(breaks: readonly AgendaBreakInput[], rooms: readonly AgendaRoom[], timeZone: string): AgendaBreak[] {
  const out: AgendaBreak[] = [];
  for (const b of breaks) {
    const roomIds = b.allRooms ? null : rooms.filter((r) => b.roomIds.includes(r.id)).map((r) => r.id);
    if (roomIds && roomIds.length === 0) continue;
    const startMinute = localMinuteOfDay(b.start, timeZone);
    out.push({
      id: b.id,
      title: b.title,
      start: b.start,
      end: b.end,
      localStart: localTimeOfDay(b.start, timeZone),
      localEnd: localTimeOfDay(b.end, timeZone),
      startMinute,
      endMinute: startMinute + minutesBetween(b.start, b.end),
      roomIds,
    });
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime() || Number(b.roomIds === null) - Number(a.roomIds === null) || a.title.localeCompare(b.title));
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
