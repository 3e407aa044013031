// Times as schedule files write them: durations ("00:30", "0:30:00", "1:00", "PT1H30M"), wall times ("09:00"),
// date-times with an offset ("2025-12-27T16:00:00+01:00") or without one (local to the conference's zone).

import { zonedLocalToUtc } from '../../time/zoned.ts';

/** A duration in milliseconds, or null when it cannot be read. */
export function parseDuration(value: string): number | null {
  const v = value.trim();
  // [[d:]h:]mm[:ss] as the frab formats write it: "00:30", "0:30:00", "01:00", "1:00:00:00" (days first).
  let m = /^(?:(\d+):)?(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (m) {
    const hasSeconds = m[4] !== undefined;
    const [days, hours, mins, secs] = hasSeconds
      ? [Number(m[1] ?? 0), Number(m[2]), Number(m[3]), Number(m[4])]
      : m[1] !== undefined
        ? [0, Number(m[1]), Number(m[2]), Number(m[3])] // "h:mm:ss" matched as d:h:mm
        : [0, Number(m[2]), Number(m[3]), 0];
    if (mins > 59 || secs > 59) return null;
    return (((days * 24 + hours) * 60 + mins) * 60 + secs) * 1000;
  }
  m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(v);
  if (m && v.length > 1 && !/T$/i.test(v)) {
    return (((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 1000;
  }
  if (/^\d+$/.test(v)) return Number(v) * 60000; // plain minutes
  return null;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface ParsedDateTime {
  instant: Date;
  /** The offset written in the text, in minutes east of UTC; null when the text had none (read in the zone). */
  writtenOffset: number | null;
}

/** A date-time with or without offset; one without is read as wall time in `timeZone`. Null when unreadable. */
export function parseDateTime(value: string, timeZone: string): ParsedDateTime | null {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [, date, h, min, sec, zone] = m;
  const hour = Number(h);
  const minute = Number(min);
  const second = Number(sec ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (zone) {
    const offset = zone.toUpperCase() === 'Z' ? 0 : offsetMinutes(zone);
    const [y, mo, d] = date!.split('-').map(Number);
    const t = Date.UTC(y!, mo! - 1, d!, hour, minute, second) - offset * 60000;
    return Number.isNaN(t) ? null : { instant: new Date(t), writtenOffset: offset };
  }
  return { instant: wallTime(date!, hour, minute, second, timeZone), writtenOffset: null };
}

function offsetMinutes(zone: string): number {
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

/** "09:00" or "09:00:30" -> seconds since midnight; null when unreadable. */
export function parseWallTime(value: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  return h * 3600 + min * 60 + s;
}

/** The instant clocks in `timeZone` read `date` (YYYY-MM-DD) at the given time of day. */
export function wallTime(date: string, hour: number, minute: number, second: number, timeZone: string): Date {
  const at = zonedLocalToUtc(date, `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, timeZone);
  return new Date(at.getTime() + second * 1000);
}

/** The calendar date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

export function isDateKey(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
