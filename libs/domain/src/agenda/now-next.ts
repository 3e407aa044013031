// "Now and next" while a conference runs: per room, what is on at a given instant and what starts next that day, in
// the conference's local time. The instant is a parameter, so pages pass the clock and tests pass any moment.

import { dateKeysBetween, localDateKey, localTimeOfDay } from '../time/zoned.ts';

interface TimedSession {
  start: Date;
  end: Date;
  roomId: string | null;
}

interface OrderedRoom {
  id: string;
  name: string;
  position: number;
}

export interface RoomNowNext<R extends OrderedRoom, S extends TimedSession> {
  room: R;
  /** Running at the instant (start ≤ now < end), by start; more than one only when sessions overlap in the room. */
  current: S[];
  /** The first session in the room that starts after the instant on the same local day; null when none is left. */
  next: S | null;
}

export interface NowNext<R extends OrderedRoom, S extends TimedSession> {
  /** Local date "YYYY-MM-DD" and time "HH:MM" of the instant. */
  date: string;
  time: string;
  /** Rooms with something running or still to come today, in room order. Empty once the day's sessions are over. */
  rooms: RoomNowNext<R, S>[];
}

export interface NowNextInput<R extends OrderedRoom, S extends TimedSession> {
  timeZone: string;
  /** First and last conference day, local "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
  rooms: readonly R[];
  sessions: readonly S[];
}

/** True when the instant's local date is one of the conference days. */
export function isDuringConference(now: Date, input: { timeZone: string; startDate: string; endDate: string }): boolean {
  const today = localDateKey(now, input.timeZone);
  return today >= input.startDate && today <= input.endDate;
}

/** What runs now and what comes next in each room; null outside the conference dates (nothing to show then). */
export function nowAndNext<R extends OrderedRoom, S extends TimedSession>(
  input: NowNextInput<R, S>,
  now: Date,
): NowNext<R, S> | null {
  if (!isDuringConference(now, input)) return null;
  const { timeZone } = input;
  const today = localDateKey(now, timeZone);
  const t = now.getTime();
  const rooms = [...input.rooms].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const byStart = [...input.sessions].sort((a, b) => a.start.getTime() - b.start.getTime());
  const out: RoomNowNext<R, S>[] = [];
  for (const room of rooms) {
    const inRoom = byStart.filter((s) => s.roomId === room.id);
    const current = inRoom.filter((s) => s.start.getTime() <= t && t < s.end.getTime());
    const next = inRoom.find((s) => s.start.getTime() > t && localDateKey(s.start, timeZone) === today) ?? null;
    if (current.length > 0 || next) out.push({ room, current, next });
  }
  return { date: today, time: localTimeOfDay(now, timeZone), rooms: out };
}

/**
 * The day an agenda opens on: today while the conference runs (when today is one of `days`), else the first day.
 * Null when there are no days.
 */
export function defaultAgendaDay(days: readonly string[], now: Date, timeZone: string): string | null {
  const today = localDateKey(now, timeZone);
  return days.includes(today) ? today : (days[0] ?? null);
}

/**
 * The sessions a compact "coming up" view shows at an instant during the conference: those of today that have not
 * ended, or, once today is over, those of the next conference day that has any. Null outside the conference dates
 * and when nothing is left; the caller then shows the whole program by day.
 */
export function upcomingSessions<S extends TimedSession>(
  input: { timeZone: string; startDate: string; endDate: string; sessions: readonly S[] },
  now: Date,
): { date: string; sessions: S[] } | null {
  if (!isDuringConference(now, input)) return null;
  const { timeZone } = input;
  const today = localDateKey(now, timeZone);
  const t = now.getTime();
  const byStart = [...input.sessions].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const date of dateKeysBetween(today, input.endDate)) {
    const sessions = byStart.filter((s) => localDateKey(s.start, timeZone) === date && s.end.getTime() > t);
    if (sessions.length > 0) return { date, sessions };
  }
  return null;
}
