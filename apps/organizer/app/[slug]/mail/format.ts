import { formatDateKey, localDateKey, localTimeOfDay } from '@podium/domain';

/** "Wed, 7 Nov 2012, 09:00" in the conference's time zone. */
export function formatInstant(instant: Date, timeZone: string): string {
  return `${formatDateKey(localDateKey(instant, timeZone), 'short')}, ${localTimeOfDay(instant, timeZone)}`;
}
