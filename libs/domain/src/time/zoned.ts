// Conversions between UTC instants and a conference's local wall-clock time, for any IANA zone,
// using only Intl (no time zone database of our own). Instants are stored in UTC; people read local time.

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `timeZone` at `instant`. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 0,
    month: out.month ?? 0,
    day: out.day ?? 0,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Europe/Madrid in November: 60). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/** "UTC+01:00", "UTC−03:30", "UTC+00:00". */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{1,2}):(\d{2})$/;

/**
 * The UTC instant at which clocks in `timeZone` read `date` `time` (e.g. "2012-11-07", "09:00").
 * A wall time in a DST gap (it does not exist) moves forward by the gap (02:30 -> 03:30), and one in a DST overlap
 * (it exists twice) gives the earlier instant: RFC 5545's rule, and Temporal's "compatible" disambiguation.
 */
export function zonedLocalToUtc(date: string, time: string, timeZone: string): Date {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !t) throw new RangeError(`Expected YYYY-MM-DD and HH:MM, got "${date}" "${time}"`);
  const hour = Number(t[1]);
  const minute = Number(t[2]);
  if (hour > 23 || minute > 59) throw new RangeError(`No such time of day: "${time}"`);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), hour, minute);
  // Zone offsets change at most once a day around a given time: the offsets a day before and a day after are the
  // only candidates. Those whose instant reads back as the wall time are real; in an overlap both are.
  const before = utcOffsetMinutes(new Date(wall - 86400000), timeZone);
  const after = utcOffsetMinutes(new Date(wall + 86400000), timeZone);
  const candidates = [...new Set([before, after, utcOffsetMinutes(new Date(wall), timeZone)])]
    .map((offset) => wall - offset * 60000)
    .filter((c) => localWallMillis(new Date(c), timeZone) === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // A gap: read the wall time with the offset from before the jump, which lands the same distance past it.
  return new Date(wall - before * 60000);
}

function localWallMillis(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** Local calendar date "YYYY-MM-DD" of `instant` in `timeZone`. */
export function localDateKey(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Local "HH:MM" of `instant` in `timeZone`. */
export function localTimeOfDay(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** Minutes since local midnight of `instant` in `timeZone`. */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return p.hour * 60 + p.minute;
}

/** "Wednesday, 7 November 2012" for a calendar date key (no zone involved). */
export function formatDateKey(dateKey: string, style: 'long' | 'short' = 'long'): string {
  const d = DATE_RE.exec(dateKey);
  if (!d) throw new RangeError(`Expected YYYY-MM-DD, got "${dateKey}"`);
  const noonUtc = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), 12));
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
  }).format(noonUtc);
}

/** "09:00–09:15" plus the offset label, for one session. */
export function formatLocalRange(start: Date, end: Date, timeZone: string): { range: string; offset: string } {
  return {
    range: `${localTimeOfDay(start, timeZone)}–${localTimeOfDay(end, timeZone)}`,
    offset: formatUtcOffset(utcOffsetMinutes(start, timeZone)),
  };
}

/** Calendar dates from `first` to `last` inclusive, as "YYYY-MM-DD". */
export function dateKeysBetween(first: string, last: string): string[] {
  const a = DATE_RE.exec(first);
  const b = DATE_RE.exec(last);
  if (!a || !b) throw new RangeError(`Expected YYYY-MM-DD, got "${first}" "${last}"`);
  const out: string[] = [];
  const end = Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3]));
  for (let t = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3])); t <= end; t += 86400000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** A date stored as a calendar date (Postgres `date`, read back as UTC midnight) to "YYYY-MM-DD". */
export function calendarDateKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** An HTML datetime-local value ("2030-05-06T09:30") read in `timeZone`; null for ""; RangeError when malformed. */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const v = value.trim();
  if (!v) return null;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/.exec(v);
  if (!m) throw new RangeError(`Expected a date and time like 2030-05-06T09:30, got "${value}"`);
  return zonedLocalToUtc(m[1]!, m[2]!, timeZone);
}

/** The datetime-local value ("2030-05-06T09:30") for an instant in `timeZone`. */
export function formatLocalDateTimeInput(instant: Date, timeZone: string): string {
  return `${localDateKey(instant, timeZone)}T${localTimeOfDay(instant, timeZone)}`;
}
