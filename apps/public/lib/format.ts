import { formatDateKey, formatUtcOffset, localDateKey, localTimeOfDay, utcOffsetMinutes } from '@podium/domain';

/** "Friday, 1 March 2030, 23:59 (UTC+01:00)": an instant in the conference's local time, with the offset. */
export function formatInstant(instant: Date, timeZone: string): string {
  return `${formatDateKey(localDateKey(instant, timeZone))}, ${localTimeOfDay(instant, timeZone)} (${formatUtcOffset(utcOffsetMinutes(instant, timeZone))})`;
}

/** "1 Mar 2030": a short local date. */
export function formatShortDate(instant: Date, timeZone: string): string {
  return formatDateKey(localDateKey(instant, timeZone), 'short');
}
