import { describe, expect, it } from 'vitest';
import { buildAgendaDays, gridTimeLabels, type AgendaSession } from './agenda.ts';

const rooms = [
  { id: 'r2', name: 'Second', position: 2 },
  { id: 'r1', name: 'Main', position: 1 },
  { id: 'r3', name: 'Unused', position: 3 },
];

const session = (code: string, startIso: string, endIso: string, roomId: string): AgendaSession => ({
  code,
  title: `Talk ${code}`,
  start: new Date(startIso),
  end: new Date(endIso),
  roomId,
  track: null,
  sessionType: 'Talk',
  speakers: [],
});

describe('buildAgendaDays', () => {
  const days = buildAgendaDays({
    timeZone: 'Europe/Madrid',
    startDate: '2012-11-07',
    endDate: '2012-11-09',
    rooms,
    sessions: [
      session('B', '2012-11-07T12:00:00Z', '2012-11-07T12:40:00Z', 'r2'),
      session('A', '2012-11-07T12:00:00Z', '2012-11-07T12:40:00Z', 'r1'),
      session('K', '2012-11-07T08:00:00Z', '2012-11-07T08:15:00Z', 'r1'),
      // 00:30 local on 8 Nov, still 7 Nov in UTC
      session('N', '2012-11-07T23:30:00Z', '2012-11-08T00:10:00Z', 'r1'),
    ],
  });

  it('keeps every conference day, also an empty one', () => {
    expect(days.map((d) => d.date)).toEqual(['2012-11-07', '2012-11-08', '2012-11-09']);
    expect(days[2]?.entries).toEqual([]);
  });

  it('orders a day by start time, then room order', () => {
    expect(days[0]?.entries.map((e) => e.code)).toEqual(['K', 'A', 'B']);
    expect(days[0]?.rooms.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('puts a session on its local day with local times', () => {
    const n = days[1]?.entries[0];
    expect(n?.code).toBe('N');
    expect([n?.localStart, n?.localEnd, n?.startMinute, n?.endMinute]).toEqual(['00:30', '01:10', 30, 70]);
  });

  it('spans the grid over whole half hours', () => {
    expect([days[0]?.firstMinute, days[0]?.lastMinute]).toEqual([9 * 60, 14 * 60]);
    expect(gridTimeLabels({ firstMinute: 540, lastMinute: 630 }).map((l) => l.label)).toEqual(['09:00', '09:30', '10:00']);
  });

  it('adds a day outside the conference dates rather than dropping its sessions', () => {
    const extra = buildAgendaDays({
      timeZone: 'UTC',
      startDate: '2030-01-01',
      endDate: '2030-01-01',
      rooms,
      sessions: [session('X', '2030-01-03T10:00:00Z', '2030-01-03T11:00:00Z', 'r1')],
    });
    expect(extra.map((d) => [d.date, d.entries.length])).toEqual([
      ['2030-01-01', 0],
      ['2030-01-03', 1],
    ]);
  });

  it('lets a session across midnight end past 24:00 on its start day', () => {
    const [day] = buildAgendaDays({
      timeZone: 'UTC',
      startDate: '2030-01-01',
      endDate: '2030-01-01',
      rooms,
      sessions: [session('L', '2030-01-01T23:00:00Z', '2030-01-02T01:00:00Z', 'r1')],
    });
    expect([day?.entries[0]?.startMinute, day?.entries[0]?.endMinute, day?.lastMinute]).toEqual([1380, 1500, 1500]);
  });
});

describe('buildAgendaDays with breaks', () => {
  const brk = (id: string, startIso: string, endIso: string, roomIds: string[] | null) => ({
    id,
    title: `Break ${id}`,
    start: new Date(startIso),
    end: new Date(endIso),
    allRooms: roomIds === null,
    roomIds: roomIds ?? [],
  });
  const days = buildAgendaDays({
    timeZone: 'Europe/Madrid',
    startDate: '2012-11-07',
    endDate: '2012-11-08',
    rooms,
    sessions: [session('A', '2012-11-07T09:00:00Z', '2012-11-07T09:30:00Z', 'r1'), session('B', '2012-11-07T10:00:00Z', '2012-11-07T10:30:00Z', 'r2')],
    breaks: [
      // Lunch 13:00–14:00 local, after the last session: the grid grows to cover it.
      brk('lunch', '2012-11-07T12:00:00Z', '2012-11-07T13:00:00Z', null),
      // Coffee in Second and in Unused (no session there that day): only Second is kept.
      brk('coffee', '2012-11-07T09:30:00Z', '2012-11-07T10:00:00Z', ['r3', 'r2']),
      // Only in Unused: nothing of it is on this day's rooms.
      brk('gone', '2012-11-07T09:30:00Z', '2012-11-07T10:00:00Z', ['r3']),
      // All rooms at the same time as coffee: all-room breaks come first.
      brk('all', '2012-11-07T09:30:00Z', '2012-11-07T09:45:00Z', null),
      // On a day without sessions: not shown.
      brk('empty-day', '2012-11-08T12:00:00Z', '2012-11-08T13:00:00Z', null),
    ],
  });

  it('puts breaks on their local day with local times, the rooms they take (null: all), all-room ones first', () => {
    expect(days[0]?.breaks.map((b) => [b.id, b.localStart, b.localEnd, b.startMinute, b.endMinute, b.roomIds])).toEqual([
      ['all', '10:30', '10:45', 630, 645, null],
      ['coffee', '10:30', '11:00', 630, 660, ['r2']],
      ['lunch', '13:00', '14:00', 780, 840, null],
    ]);
    expect(days[0]?.breaks[0]?.title).toBe('Break all');
  });

  it('spans the grid over the breaks too, and leaves a day without sessions without breaks', () => {
    expect([days[0]?.firstMinute, days[0]?.lastMinute]).toEqual([10 * 60, 14 * 60]);
    expect([days[1]?.entries, days[1]?.breaks]).toEqual([[], []]);
  });

  it('has no breaks when none are given', () => {
    const [day] = buildAgendaDays({ timeZone: 'UTC', startDate: '2030-01-01', endDate: '2030-01-01', rooms, sessions: [session('X', '2030-01-01T10:00:00Z', '2030-01-01T11:00:00Z', 'r1')] });
    expect(day?.breaks).toEqual([]);
  });
});
