// Types and small pure helpers of the schedule editor grid (layout in minutes from the day's start, local times).
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@podium/api';

type Outputs = inferRouterOutputs<AppRouter>;
export type Grid = Outputs['schedule']['grid'];
export type GridSlot = Grid['slots'][number];
export type GridCard = Grid['unscheduled'][number];
export type GridDay = Grid['days'][number];
export type GridConflict = Grid['conflicts'][number];
export type ConflictSettings = Outputs['schedule']['settings']['get'];

/** Pixels per minute of the grid (a 30-minute talk is 75 px tall). */
export const PX_PER_MINUTE = 2.5;
export const SNAP_CHOICES = [5, 10, 15, 30] as const;
export const MINUTE = 60_000;

/** Where a session sits: room and UTC instants (ISO); null = unscheduled. */
export type Placement = { roomId: string; start: string; end: string } | null;

export const KIND_LABELS: Record<string, string> = {
  room_overlap: 'Room double-booked',
  break_overlap: 'Overlaps a break',
  speaker_double_booked: 'Speaker double-booked',
  speaker_travel_buffer: 'Speaker travel buffer',
  speaker_unavailable: 'Speaker unavailable',
  room_unavailable: 'Room unavailable',
  outside_conference_hours: 'Outside conference hours',
  room_capacity: 'Room too small',
  same_track_parallel: 'Same track in parallel',
};

const formats = new Map<string, Intl.DateTimeFormat>();
/** Local HH:MM of an instant in the conference's time zone. */
export function localTime(instant: Date, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  return f.format(instant);
}

/** "Wed 7 Nov" for a YYYY-MM-DD date key. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${date}T12:00:00Z`));
}

export const minutesBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / MINUTE);
export const addMinutes = (d: Date, m: number) => new Date(d.getTime() + m * MINUTE);

/** The day (index) whose hours contain an instant; -1 when none. */
export function dayIndexOf(days: readonly GridDay[], instant: Date): number {
  return days.findIndex((d) => instant >= d.start && instant < d.end);
}

export const placementOf = (slot: GridSlot | undefined): Placement =>
  slot ? { roomId: slot.roomId, start: slot.start.toISOString(), end: slot.end.toISOString() } : null;

/** Whether [start, end) overlaps any of the windows. */
export function overlapsAny(start: Date, end: Date, windows: readonly { start: Date; end: Date }[]): boolean {
  return windows.some((w) => w.start < end && start < w.end);
}

/** Whether [start, end) lies outside every availability window (an empty list: always available). */
export function outsideAvailability(start: Date, end: Date, windows: readonly { start: Date; end: Date }[]): boolean {
  return windows.length > 0 && !windows.some((w) => w.start <= start && end <= w.end);
}
