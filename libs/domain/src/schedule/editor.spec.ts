import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkSchedule } from './conflicts.ts';
import {
  assertSchedulable,
  conflictInputFromRows,
  conflictsBySlot,
  dayHoursFromLocal,
  editorDays,
  placementSpan,
  readSeverities,
  refusedMove,
  staleRevision,
  validateBlock,
  validateSeverities,
  validateTravelBuffer,
  windowsFromLocal,
} from './editor.ts';

const tz = 'Europe/Madrid';
const conference = { startDate: new Date('2012-11-07'), endDate: new Date('2012-11-08'), timeZone: tz };
const days = editorDays([], conference);
const at = (iso: string) => new Date(iso);

function failure(fn: () => unknown): { kind: string; message: string; fields: Record<string, string> } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { kind: e.kind, message: e.message, fields: e.fields };
    throw e;
  }
  return { kind: 'OK', message: '', fields: {} };
}

describe('editorDays', () => {
  it('defaults to every conference date from 09:00 to 18:00 local', () => {
    expect(days).toEqual([
      { date: '2012-11-07', localStart: '09:00', localEnd: '18:00', start: at('2012-11-07T08:00:00Z'), end: at('2012-11-07T17:00:00Z') },
      { date: '2012-11-08', localStart: '09:00', localEnd: '18:00', start: at('2012-11-08T08:00:00Z'), end: at('2012-11-08T17:00:00Z') },
    ]);
  });

  it('uses stored day hours when there are some, in time order', () => {
    const stored = [
      { date: new Date('2012-11-08'), start: at('2012-11-08T09:00:00Z'), end: at('2012-11-08T16:00:00Z') },
      { date: new Date('2012-11-07'), start: at('2012-11-07T07:30:00Z'), end: at('2012-11-07T17:30:00Z') },
    ];
    expect(editorDays(stored, conference).map((d) => [d.date, d.localStart, d.localEnd])).toEqual([
      ['2012-11-07', '08:30', '18:30'],
      ['2012-11-08', '10:00', '17:00'],
    ]);
  });
});

describe('placementSpan', () => {
  it('keeps the session length when no end is given', () => {
    expect(placementSpan({ start: at('2012-11-07T09:00:00Z') }, 40, days, tz)).toEqual({ start: at('2012-11-07T09:00:00Z'), end: at('2012-11-07T09:40:00Z') });
  });

  it('takes the end of a resized card', () => {
    expect(placementSpan({ start: at('2012-11-07T09:00:00Z'), end: at('2012-11-07T10:30:00Z') }, 40, days, tz).end).toEqual(at('2012-11-07T10:30:00Z'));
  });

  it('accepts a slot ending exactly when the day ends', () => {
    expect(placementSpan({ start: at('2012-11-07T16:20:00Z') }, 40, days, tz).end).toEqual(at('2012-11-07T17:00:00Z'));
  });

  it.each([
    ['an end before the start', { start: at('2012-11-07T10:00:00Z'), end: at('2012-11-07T09:00:00Z') }, 'A session must end after it starts.', { end: 'The end must be after the start.' }],
    ['an end equal to the start', { start: at('2012-11-07T10:00:00Z'), end: at('2012-11-07T10:00:00Z') }, 'A session must end after it starts.', { end: 'The end must be after the start.' }],
    ['a 2-minute slot', { start: at('2012-11-07T10:00:00Z'), end: at('2012-11-07T10:02:00Z') }, 'A session lasts 5 to 1440 whole minutes, not 2.', { end: 'A length of 5 to 1440 whole minutes.' }],
    [
      'a slot running past the end of the day',
      { start: at('2012-11-07T16:30:00Z') },
      'Wed 7 Nov 17:30–18:10 is outside the conference days (Wed 7 Nov 09:00–18:00, Thu 8 Nov 09:00–18:00).',
      { start: 'The session must lie within the hours of one conference day.' },
    ],
    [
      'a slot on another date',
      { start: at('2012-11-10T10:00:00Z') },
      'Sat 10 Nov 11:00–11:40 is outside the conference days (Wed 7 Nov 09:00–18:00, Thu 8 Nov 09:00–18:00).',
      { start: 'The session must lie within the hours of one conference day.' },
    ],
  ])('refuses %s', (_what, move, message, fields) => {
    expect(failure(() => placementSpan(move, 40, days, tz))).toEqual({ kind: 'INVALID', message, fields });
  });
});

describe('assertSchedulable', () => {
  it('lets accepted and confirmed sessions through and refuses the others with the state', () => {
    expect([failure(() => assertSchedulable('A', 'ACCEPTED')).kind, failure(() => assertSchedulable('A', 'CONFIRMED')).kind]).toEqual(['OK', 'OK']);
    expect(failure(() => assertSchedulable('ABC', 'SUBMITTED')).message).toBe('Session ABC is submitted: only accepted or confirmed sessions can be scheduled.');
  });
});

describe('settings', () => {
  it('reads stored severities, dropping unknown kinds and values', () => {
    expect(readSeverities({ room_overlap: 'warn', nonsense: 'block', room_capacity: 'loud' })).toEqual({ room_overlap: 'warn' });
    expect(readSeverities('junk')).toEqual({});
  });

  it('validates severities from a form per field', () => {
    expect(validateSeverities({ room_overlap: 'ignore' })).toEqual({ room_overlap: 'ignore' });
    expect(failure(() => validateSeverities({ room_clash: 'block', room_overlap: 'error' })).fields).toEqual({
      'severities.room_clash': 'Unknown conflict kind "room_clash".',
      'severities.room_overlap': 'Choose block, warn or ignore.',
    });
  });

  it.each([-1, 241, 2.5])('refuses a travel buffer of %s minutes', (m) => {
    expect(failure(() => validateTravelBuffer(m)).fields).toEqual({ travelBufferMinutes: '0 to 240 whole minutes.' });
  });
});

describe('day hours and room windows from local times', () => {
  it('converts local HH:MM to UTC instants', () => {
    expect(dayHoursFromLocal([{ date: '2012-11-07', start: '08:30', end: '19:00' }], conference)).toEqual([
      { date: '2012-11-07', start: at('2012-11-07T07:30:00Z'), end: at('2012-11-07T18:00:00Z') },
    ]);
    expect(windowsFromLocal([{ date: '2012-11-07', start: '09:00', end: '12:00' }], tz)).toEqual([{ start: at('2012-11-07T08:00:00Z'), end: at('2012-11-07T11:00:00Z') }]);
  });

  it('refuses other dates, repeated dates, bad times and ends before starts', () => {
    const f = failure(() =>
      dayHoursFromLocal(
        [
          { date: '2012-11-09', start: '09:00', end: '18:00' },
          { date: '2012-11-07', start: '9am', end: '18:00' },
          { date: '2012-11-07', start: '12:00', end: '11:00' },
        ],
        conference,
      ),
    );
    expect(f.fields).toEqual({
      'days.0.date': '2012-11-09 is not a day of this conference.',
      'days.1.start': 'A time like 09:00.',
      'days.2.date': '2012-11-07 is listed twice.',
      'days.2.end': 'The end must be after the start.',
    });
  });
});

describe('validateBlock', () => {
  const rooms = new Set(['r1', 'r2']);
  it('keeps all rooms without a list, and known rooms once', () => {
    expect(validateBlock({ title: ' Lunch ', start: at('2012-11-07T12:00:00Z'), end: at('2012-11-07T13:00:00Z'), allRooms: true, roomIds: ['r1'] }, rooms)).toEqual({
      title: 'Lunch',
      start: at('2012-11-07T12:00:00Z'),
      end: at('2012-11-07T13:00:00Z'),
      allRooms: true,
      roomIds: [],
    });
    expect(validateBlock({ title: 'Set-up', start: at('2012-11-07T12:00:00Z'), end: at('2012-11-07T13:00:00Z'), allRooms: false, roomIds: ['r2', 'r2'] }, rooms).roomIds).toEqual(['r2']);
  });

  it('refuses no title, an end not after the start, no rooms and foreign rooms', () => {
    expect(failure(() => validateBlock({ title: ' ', start: at('2012-11-07T12:00:00Z'), end: at('2012-11-07T12:00:00Z'), allRooms: false, roomIds: [] }, rooms)).fields).toEqual({
      title: 'A title is required.',
      end: 'The end must be after the start.',
      roomIds: 'Choose at least one room, or all rooms.',
    });
    expect(failure(() => validateBlock({ title: 'X', start: at('2012-11-07T12:00:00Z'), end: at('2012-11-07T13:00:00Z'), allRooms: false, roomIds: ['r9'] }, rooms)).fields).toEqual({
      roomIds: 'Only rooms of this conference.',
    });
  });
});

describe('conflictInputFromRows', () => {
  const rows = {
    timeZone: tz,
    travelBufferMinutes: 0,
    conflictSeverities: { room_capacity: 'block' },
    days,
    rooms: [
      { id: 'r1', name: 'Auditorium', capacity: 10, availability: [] },
      { id: 'r2', name: 'Sala Miró', capacity: null, availability: [{ start: at('2012-11-07T08:00:00Z'), end: at('2012-11-07T10:00:00Z') }] },
    ],
    tracks: [],
    sessions: [
      { slotId: 's1', title: 'Big', trackId: null, expectedAudience: 50, speakers: [{ id: 'p1', name: 'Ana', availability: [] }], roomId: 'r1', start: at('2012-11-07T11:30:00Z'), end: at('2012-11-07T12:30:00Z') },
      { slotId: 's2', title: 'Late', trackId: null, expectedAudience: null, speakers: [{ id: 'p2', name: 'Bo', availability: [{ start: at('2012-11-07T08:00:00Z'), end: at('2012-11-07T09:00:00Z') }] }], roomId: 'r2', start: at('2012-11-07T10:00:00Z'), end: at('2012-11-07T10:30:00Z') },
    ],
    blocks: [{ id: 'b1', title: 'Lunch', start: at('2012-11-07T12:00:00Z'), end: at('2012-11-07T13:00:00Z'), allRooms: true, roomIds: [] }],
  };

  it('feeds day hours, blocks, availability (empty lists: always) and severities to the checker', () => {
    const conflicts = checkSchedule(conflictInputFromRows(rows));
    expect(conflicts.map((c) => [c.kind, c.severity, c.slotIds])).toEqual([
      ['break_overlap', 'warn', ['s1']],
      ['speaker_unavailable', 'warn', ['s2']],
      ['room_unavailable', 'warn', ['s2']],
      ['room_capacity', 'block', ['s1']],
    ]);
    expect(conflictsBySlot(conflicts).get('s1')?.map((c) => c.kind)).toEqual(['break_overlap', 'room_capacity']);
  });

  it('puts blocking reasons in the refusal, per kind', () => {
    const blocking = checkSchedule(conflictInputFromRows(rows)).filter((c) => c.severity === 'block');
    const e = refusedMove(blocking);
    expect([e.kind, e.message, e.fields]).toEqual([
      'CONFLICT',
      'This move is refused: "Big" expects 50 people but Auditorium seats 10.',
      { room_capacity: '"Big" expects 50 people but Auditorium seats 10.' },
    ]);
    expect(staleRevision(3, 5).message).toBe('The schedule changed since you loaded it (revision 3, now 5): it has been refreshed; please try again.');
  });
});
