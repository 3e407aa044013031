import { describe, expect, it } from 'vitest';
import {
  dateKeysBetween,
  formatDateKey,
  formatLocalRange,
  formatUtcOffset,
  localDateKey,
  localMinuteOfDay,
  utcOffsetMinutes,
  zonedLocalToUtc,
} from './zoned.ts';

describe('zonedLocalToUtc', () => {
  it.each([
    // [zone, date, time, expected UTC]
    ['Europe/Madrid', '2012-11-07', '09:00', '2012-11-07T08:00:00.000Z'], // CET, UTC+1 (the seed's keynote)
    ['Europe/Madrid', '2012-07-07', '09:00', '2012-07-07T07:00:00.000Z'], // CEST, UTC+2
    ['America/New_York', '2024-01-15', '18:30', '2024-01-15T23:30:00.000Z'],
    ['Asia/Kolkata', '2024-01-15', '10:00', '2024-01-15T04:30:00.000Z'], // half-hour offset
    ['UTC', '2024-02-29', '23:59', '2024-02-29T23:59:00.000Z'],
    ['Pacific/Auckland', '2024-01-01', '00:15', '2023-12-31T11:15:00.000Z'], // local day ahead of UTC
  ])('%s %s %s is %s', (zone, date, time, expected) => {
    expect(zonedLocalToUtc(date, time, zone).toISOString()).toBe(expected);
  });

  it('a wall time in the spring-forward gap moves forward by the gap', () => {
    // Madrid 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist; it is read as 03:30 CEST.
    expect(zonedLocalToUtc('2026-03-29', '02:30', 'Europe/Madrid').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('a wall time in the fall-back overlap gives the earlier instant', () => {
    // Madrid 2026-10-25: 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET).
    expect(zonedLocalToUtc('2026-10-25', '02:30', 'Europe/Madrid').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('rejects malformed input with a message naming it', () => {
    expect(() => zonedLocalToUtc('2012-11-7', '09:00', 'Europe/Madrid')).toThrow('"2012-11-7"');
    expect(() => zonedLocalToUtc('2012-11-07', '25:00', 'Europe/Madrid')).toThrow('No such time of day: "25:00"');
  });
});

describe('offsets and local readings', () => {
  it.each([
    ['2012-11-07T08:00:00Z', 'Europe/Madrid', 60, 'UTC+01:00'],
    ['2012-07-07T08:00:00Z', 'Europe/Madrid', 120, 'UTC+02:00'],
    ['2024-01-15T12:00:00Z', 'America/St_Johns', -210, 'UTC-03:30'],
    ['2024-01-15T12:00:00Z', 'UTC', 0, 'UTC+00:00'],
  ])('%s in %s is %i minutes (%s)', (iso, zone, minutes, label) => {
    expect(utcOffsetMinutes(new Date(iso), zone)).toBe(minutes);
    expect(formatUtcOffset(minutes)).toBe(label);
  });

  it('local date and minute of day follow the zone, not UTC', () => {
    const lateUtc = new Date('2012-11-07T23:30:00Z'); // 00:30 on 8 Nov in Madrid
    expect(localDateKey(lateUtc, 'Europe/Madrid')).toBe('2012-11-08');
    expect(localMinuteOfDay(lateUtc, 'Europe/Madrid')).toBe(30);
  });

  it('formats a range with the offset at its start', () => {
    expect(formatLocalRange(new Date('2012-11-07T08:00:00Z'), new Date('2012-11-07T08:15:00Z'), 'Europe/Madrid')).toEqual({
      range: '09:00–09:15',
      offset: 'UTC+01:00',
    });
  });

  it('lists calendar days inclusively and labels them', () => {
    expect(dateKeysBetween('2012-11-07', '2012-11-09')).toEqual(['2012-11-07', '2012-11-08', '2012-11-09']);
    expect(dateKeysBetween('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(formatDateKey('2012-11-07')).toBe('Wednesday, 7 November 2012');
    expect(formatDateKey('2012-11-07', 'short')).toBe('Wed, 7 Nov 2012');
  });
});
