import { describe, expect, it } from 'vitest';
import { defaultAgendaDay, isDuringConference, nowAndNext, upcomingSessions } from './now-next.ts';

// KVM Forum 2012 in Barcelona: Europe/Madrid is UTC+01:00 in November, so 13:00 local is 12:00Z.
const rooms = [
  { id: 'gaudi', name: 'Sala Gaudí', position: 2 },
  { id: 'aud', name: 'Auditorium', position: 1 },
  { id: 'miro', name: 'Sala Miró', position: 3 },
];
const at = (local: string) => new Date(`${local}:00+01:00`);
const s = (code: string, roomId: string, from: string, to: string) => ({ code, roomId, start: at(from), end: at(to) });
const sessions = [
  s('KVMKEY', 'aud', '2012-11-07T09:00', '2012-11-07T09:15'),
  s('KVMHYV', 'aud', '2012-11-07T13:00', '2012-11-07T13:40'),
  s('KVMQOM', 'gaudi', '2012-11-07T13:00', '2012-11-07T13:40'),
  s('OVARCH', 'miro', '2012-11-07T13:00', '2012-11-07T13:40'),
  s('OVNETW', 'miro', '2012-11-07T13:40', '2012-11-07T14:20'),
  s('KVMMIG', 'aud', '2012-11-07T14:30', '2012-11-07T15:00'),
  s('KVMATS', 'gaudi', '2012-11-07T17:00', '2012-11-07T17:30'),
  s('KVMVIO', 'aud', '2012-11-08T09:15', '2012-11-08T10:00'),
];
const input = { timeZone: 'Europe/Madrid', startDate: '2012-11-07', endDate: '2012-11-09', rooms, sessions };

/** [room, current codes, next code] per room, for readable expectations. */
const summary = (now: Date) =>
  nowAndNext(input, now)?.rooms.map((r) => [r.room.id, r.current.map((c) => c.code), r.next?.code ?? null]) ?? null;

describe('nowAndNext', () => {
  it('nowAndNext during the parallel 13:00 talks gives each room its current talk and next one, in room order', () => {
    expect(summary(at('2012-11-07T13:10'))).toEqual([
      ['aud', ['KVMHYV'], 'KVMMIG'],
      ['gaudi', ['KVMQOM'], 'KVMATS'],
      ['miro', ['OVARCH'], 'OVNETW'],
    ]);
  });

  it('nowAndNext gives the local date and time of the instant', () => {
    const r = nowAndNext(input, at('2012-11-07T13:10'));
    expect([r?.date, r?.time]).toEqual(['2012-11-07', '13:10']);
  });

  it('nowAndNext at the very start of a session counts it as running, and at its end as over', () => {
    expect(summary(at('2012-11-07T13:40'))).toEqual([
      ['aud', [], 'KVMMIG'],
      ['gaudi', [], 'KVMATS'],
      ['miro', ['OVNETW'], null],
    ]);
  });

  it('nowAndNext before the first session of a day lists only what comes next', () => {
    expect(summary(at('2012-11-07T08:00'))).toEqual([
      ['aud', [], 'KVMKEY'],
      ['gaudi', [], 'KVMQOM'],
      ['miro', [], 'OVARCH'],
    ]);
  });

  it('nowAndNext never offers a session of the next day as next', () => {
    expect(summary(at('2012-11-07T17:10'))).toEqual([['gaudi', ['KVMATS'], null]]);
  });

  it('nowAndNext after the last session of a conference day has no rooms', () => {
    expect(summary(at('2012-11-07T20:00'))).toEqual([]);
  });

  it('nowAndNext on the last conference day without sessions has no rooms', () => {
    expect(summary(at('2012-11-09T10:00'))).toEqual([]);
  });

  it.each([
    ['the evening before the first day', '2012-11-06T23:59'],
    ['just after the last day', '2012-11-10T00:00'],
    ['a year later', '2013-11-07T13:10'],
  ])('nowAndNext is null on %s', (_what, local) => {
    expect(nowAndNext(input, at(local))).toBe(null);
  });

  it('nowAndNext reads the day in the conference zone, not in UTC', () => {
    // 00:30 local on 7 Nov is still 6 Nov in UTC: the conference has begun.
    expect(isDuringConference(new Date('2012-11-06T23:30:00Z'), input)).toBe(true);
    // 00:30 local on 10 Nov is still 9 Nov in UTC: the conference is over.
    expect(isDuringConference(new Date('2012-11-09T23:30:00Z'), input)).toBe(false);
  });
});

describe('defaultAgendaDay', () => {
  const days = ['2012-11-07', '2012-11-08', '2012-11-09'];
  it.each([
    ['today while the conference runs', '2012-11-08T10:00', '2012-11-08'],
    ['the first day before the conference', '2012-10-01T10:00', '2012-11-07'],
    ['the first day after the conference', '2013-01-01T10:00', '2012-11-07'],
  ])('defaultAgendaDay is %s', (_what, local, expected) => {
    expect(defaultAgendaDay(days, at(local), 'Europe/Madrid')).toBe(expected);
  });

  it('defaultAgendaDay is null without days', () => {
    expect(defaultAgendaDay([], at('2012-11-08T10:00'), 'Europe/Madrid')).toBe(null);
  });
});

describe('upcomingSessions', () => {
  const codes = (local: string) => {
    const r = upcomingSessions(input, at(local));
    return r ? [r.date, r.sessions.map((x) => x.code)] : null;
  };

  it('upcomingSessions during a day gives the running and later sessions of today', () => {
    expect(codes('2012-11-07T14:00')).toEqual(['2012-11-07', ['OVNETW', 'KVMMIG', 'KVMATS']]);
  });

  it('upcomingSessions after the last session of a day moves to the next day with sessions', () => {
    expect(codes('2012-11-07T21:00')).toEqual(['2012-11-08', ['KVMVIO']]);
  });

  it('upcomingSessions is null once nothing is left and outside the conference', () => {
    expect([codes('2012-11-08T12:00'), codes('2012-11-01T12:00'), codes('2012-11-10T12:00')]).toEqual([null, null, null]);
  });
});
