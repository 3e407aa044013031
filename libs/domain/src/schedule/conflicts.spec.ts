import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { zonedLocalToUtc } from '../time/zoned.ts';
import {
  CONFLICT_KINDS,
  addSlot,
  applyMove,
  blockingConflicts,
  checkIndex,
  checkMove,
  checkSchedule,
  checkSlot,
  createConflictIndex,
  removeSlot,
  type Conflict,
  type ConflictInput,
  type ConflictKind,
  type ConflictSeverity,
  type ScheduleBlock,
  type ScheduleSlot,
  type SlotMove,
} from './conflicts.ts';

// Brussels in February is UTC+1; the days are Saturday 6 and Sunday 7 February 2021.
const TZ = 'Europe/Brussels';
const D1 = '2021-02-06';
const D2 = '2021-02-07';
const D3 = '2021-02-08';
const at = (day: string, hhmm: string) => zonedLocalToUtc(day, hhmm, TZ);

/** A span: [day, from, to] with `to` on the next day when it is earlier than `from`, or [day, from, day2, to]. */
type Span = [string, string, string] | [string, string, string, string];
function span(s: Span): { start: Date; end: Date } {
  if (s.length === 4) return { start: at(s[0], s[1]), end: at(s[2], s[3]) };
  const [day, from, to] = s;
  const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
  return { start: at(day, from), end: at(to < from ? nextDay : day, to) };
}

const rooms: ConflictInput['rooms'] = [
  { id: 'r1', name: 'Room 1' },
  { id: 'r2', name: 'Room 2' },
  { id: 'r3', name: 'Hall', capacity: 50 },
];
const speakers: ConflictInput['speakers'] = [
  { id: 'alice', name: 'Alice' },
  { id: 'bob', name: 'Bob' },
  { id: 'carol', name: 'Carol' },
];

function slot(id: string, roomId: string | null, when: Span, extra: Partial<ScheduleSlot> = {}): ScheduleSlot {
  return { id, title: `Talk ${id.toUpperCase()}`, roomId, ...span(when), speakerIds: [], ...extra };
}

function check(slots: ScheduleSlot[], extra: Partial<ConflictInput> = {}): Conflict[] {
  return checkSchedule({ timeZone: TZ, rooms, speakers, tracks: [{ id: 't1', name: 'Kernel' }], slots, ...extra });
}

/** "kind severity slot+slot [speakers] @room", compact for tables. */
const brief = (cs: Conflict[]) =>
  cs.map((c) => `${c.kind} ${c.severity} ${c.slotIds.join('+')}${c.speakerIds.length ? ` [${c.speakerIds.join(',')}]` : ''} @${c.roomId ?? '-'}`);

// The shapes two intervals can have, as [a, b, overlap?].
const shapes: [string, Span, Span, boolean][] = [
  ['exact overlap', [D1, '10:00', '10:30'], [D1, '10:00', '10:30'], true],
  ['shared start', [D1, '10:00', '10:30'], [D1, '10:00', '11:00'], true],
  ['shared end', [D1, '10:00', '11:00'], [D1, '10:30', '11:00'], true],
  ['contained', [D1, '10:00', '12:00'], [D1, '10:30', '11:00'], true],
  ['partial', [D1, '10:00', '10:45'], [D1, '10:30', '11:15'], true],
  ['one minute of overlap', [D1, '10:00', '10:31'], [D1, '10:30', '11:00'], true],
  ['touching (end = start)', [D1, '10:00', '10:30'], [D1, '10:30', '11:00'], false],
  ['apart', [D1, '10:00', '10:30'], [D1, '11:00', '11:30'], false],
  ['across midnight', [D1, '23:30', '00:30'], [D2, '00:00', '00:45'], true],
  ['across midnight, touching', [D1, '23:30', '00:30'], [D2, '00:30', '01:00'], false],
  ['same hours on different days', [D1, '10:00', '11:00'], [D2, '10:00', '11:00'], false],
  ['a multi-day slot and one inside it', [D1, '10:00', D3, '10:00'], [D2, '15:00', '16:00'], true],
];

describe('pair conflicts: the shape of the two intervals', () => {
  describe.each(shapes)('%s', (_name, a, b, overlap) => {
    it('room_overlap: same room', () => {
      expect(brief(check([slot('a', 'r1', a), slot('b', 'r1', b)]))).toEqual(overlap ? ['room_overlap block a+b @r1'] : []);
    });

    it('speaker_double_booked: one speaker in two rooms', () => {
      const result = check([slot('a', 'r1', a, { speakerIds: ['alice'] }), slot('b', 'r2', b, { speakerIds: ['alice'] })]);
      expect(brief(result)).toEqual(overlap ? ['speaker_double_booked block a+b [alice] @-'] : []);
    });

    it('same_track_parallel: one track in two rooms', () => {
      const result = check([slot('a', 'r1', a, { trackId: 't1' }), slot('b', 'r2', b, { trackId: 't1' })]);
      expect(brief(result)).toEqual(overlap ? ['same_track_parallel warn a+b @-'] : []);
    });

    it('break_overlap: a break in the room', () => {
      const block: ScheduleBlock = { id: 'x', title: 'Lunch', ...span(b), roomIds: ['r1'] };
      expect(brief(check([slot('a', 'r1', a)], { blocks: [block] }))).toEqual(overlap ? ['break_overlap warn a @r1'] : []);
    });

    it('no conflict when nothing is shared', () => {
      expect(check([slot('a', 'r1', a, { speakerIds: ['alice'], trackId: 't1' }), slot('b', 'r2', b, { speakerIds: ['bob'] })])).toEqual([]);
    });
  });
});

describe('room_overlap', () => {
  it('names the room, both titles and their local times', () => {
    expect(check([slot('a', 'r1', [D1, '10:00', '10:45']), slot('b', 'r1', [D1, '10:30', '11:15'])])).toEqual([
      {
        kind: 'room_overlap',
        severity: 'block',
        slotIds: ['a', 'b'],
        speakerIds: [],
        roomId: 'r1',
        message: 'Room 1 is double-booked: "Talk A" (Sat 6 Feb 10:00–10:45) overlaps "Talk B" (Sat 6 Feb 10:30–11:15).',
      },
    ]);
  });

  it('reports each overlapping pair once when three slots pile up', () => {
    const result = check([slot('c', 'r1', [D1, '10:20', '10:40']), slot('a', 'r1', [D1, '10:00', '11:00']), slot('b', 'r1', [D1, '10:10', '10:30'])]);
    expect(brief(result)).toEqual(['room_overlap block a+b @r1', 'room_overlap block a+c @r1', 'room_overlap block b+c @r1']);
  });

  it('writes both days when a slot crosses midnight', () => {
    const [c] = check([slot('a', 'r1', [D1, '23:30', '00:30']), slot('b', 'r1', [D2, '00:00', '00:45'])]);
    expect(c!.message).toBe('Room 1 is double-booked: "Talk A" (Sat 6 Feb 23:30–Sun 7 Feb 00:30) overlaps "Talk B" (Sun 7 Feb 00:00–00:45).');
  });

  it('ignores slots without a room', () => {
    expect(check([slot('a', null, [D1, '10:00', '11:00']), slot('b', null, [D1, '10:00', '11:00'])])).toEqual([]);
  });
});

describe('speaker_double_booked', () => {
  it('names the speaker, both rooms and times', () => {
    const result = check([
      slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['alice', 'bob'] }),
      slot('b', 'r2', [D1, '10:30', '11:30'], { speakerIds: ['alice'] }),
    ]);
    expect(result).toEqual([
      {
        kind: 'speaker_double_booked',
        severity: 'block',
        slotIds: ['a', 'b'],
        speakerIds: ['alice'],
        roomId: null,
        message: 'Alice is booked twice at once: "Talk A" in Room 1 (Sat 6 Feb 10:00–11:00) and "Talk B" in Room 2 (Sat 6 Feb 10:30–11:30).',
      },
    ]);
  });

  it('gives one conflict per pair of slots, listing every shared speaker', () => {
    const result = check([
      slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['bob', 'alice', 'carol'] }),
      slot('b', 'r2', [D1, '10:30', '11:30'], { speakerIds: ['alice', 'bob'] }),
    ]);
    expect(brief(result)).toEqual(['speaker_double_booked block a+b [alice,bob] @-']);
    expect(result[0]!.message).toBe(
      'Alice and Bob are booked twice at once: "Talk A" in Room 1 (Sat 6 Feb 10:00–11:00) and "Talk B" in Room 2 (Sat 6 Feb 10:30–11:30).',
    );
  });

  it('is reported next to room_overlap when both talks are in one room', () => {
    const result = check([
      slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['alice'] }),
      slot('b', 'r1', [D1, '10:30', '11:30'], { speakerIds: ['alice'] }),
    ]);
    expect(brief(result)).toEqual(['room_overlap block a+b @r1', 'speaker_double_booked block a+b [alice] @r1']);
  });

  it('counts a speaker listed twice on one slot once', () => {
    const result = check([
      slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['alice', 'alice'] }),
      slot('b', 'r2', [D1, '10:30', '11:30'], { speakerIds: ['alice'] }),
    ]);
    expect(brief(result)).toEqual(['speaker_double_booked block a+b [alice] @-']);
  });
});

describe('speaker_travel_buffer', () => {
  // Slot a ends at 10:00 in Room 1; b starts `gap` minutes later.
  const pair = (gap: number, roomB: string, buffer: number) => {
    const start = new Date(at(D1, '10:00').getTime() + gap * 60000);
    return check(
      [
        slot('a', 'r1', [D1, '09:00', '10:00'], { speakerIds: ['alice'] }),
        { id: 'b', title: 'Talk B', roomId: roomB, start, end: new Date(start.getTime() + 30 * 60000), speakerIds: ['alice'] },
      ],
      { settings: { travelBufferMinutes: buffer } },
    );
  };

  it.each([
    // [gap in minutes, room of b, buffer, expected]
    [0, 'r2', 15, ['speaker_travel_buffer warn a+b [alice] @-']],
    [10, 'r2', 15, ['speaker_travel_buffer warn a+b [alice] @-']],
    [14, 'r2', 15, ['speaker_travel_buffer warn a+b [alice] @-']],
    [15, 'r2', 15, []], // exactly the buffer: fine
    [20, 'r2', 15, []],
    [0, 'r1', 15, []], // same room: nobody travels
    [0, 'r2', 0, []], // buffer 0: the rule is off
    [-15, 'r2', 15, ['speaker_double_booked block a+b [alice] @-']], // overlapping: double-booked, not travel
  ])('gap %i min, b in %s, buffer %i min', (gap, roomB, buffer, expected) => {
    expect(brief(pair(gap, roomB, buffer))).toEqual(expected);
  });

  it('says how much time there is and how much is needed', () => {
    expect(pair(5, 'r2', 15)[0]!.message).toBe(
      'Alice has 5 min to get from "Talk A" in Room 1 (Sat 6 Feb 09:00–10:00) to "Talk B" in Room 2 (Sat 6 Feb 10:05–10:35); the travel buffer is 15 min.',
    );
  });

  it('checks every pair closer than the buffer, not only neighbours', () => {
    const result = check(
      [
        slot('a', 'r1', [D1, '09:00', '10:00'], { speakerIds: ['alice'] }),
        slot('b', 'r1', [D1, '10:00', '10:05'], { speakerIds: ['alice'] }),
        slot('c', 'r2', [D1, '10:05', '10:30'], { speakerIds: ['alice'] }),
      ],
      { settings: { travelBufferMinutes: 10 } },
    );
    expect(brief(result)).toEqual(['speaker_travel_buffer warn a+c [alice] @-', 'speaker_travel_buffer warn b+c [alice] @-']);
  });
});

describe('break_overlap', () => {
  const lunchAll: ScheduleBlock = { id: 'lunch', title: 'Lunch', ...span([D1, '12:00', '13:00']), roomIds: 'all' };
  const setupR1: ScheduleBlock = { id: 'setup', title: 'Stage set-up', ...span([D1, '12:00', '13:00']), roomIds: ['r1'] };

  it.each([
    // [block, room, span, expected]
    ['all rooms', lunchAll, 'r1', [D1, '12:30', '13:30'], ['break_overlap warn a @r1']],
    ['all rooms', lunchAll, 'r2', [D1, '11:30', '12:01'], ['break_overlap warn a @r2']],
    ['all rooms', lunchAll, 'r2', [D1, '13:00', '13:30'], []], // touching
    ['all rooms', lunchAll, 'r2', [D1, '11:00', '12:00'], []], // touching
    ['all rooms', lunchAll, null, [D1, '12:00', '13:00'], []], // no room yet
    ['one room', setupR1, 'r1', [D1, '12:00', '12:30'], ['break_overlap warn a @r1']],
    ['one room', setupR1, 'r2', [D1, '12:00', '12:30'], []],
  ] as [string, ScheduleBlock, string | null, Span, string[]][])('a break in %s: slot in %s', (_n, block, room, when, expected) => {
    expect(brief(check([slot('a', room, when)], { blocks: [block] }))).toEqual(expected);
  });

  it('names the break and where it applies', () => {
    const result = check([slot('a', 'r2', [D1, '11:30', '12:15'])], { blocks: [lunchAll] });
    expect(result.map((c) => c.message)).toEqual(['"Talk A" (Sat 6 Feb 11:30–12:15) in Room 2 overlaps "Lunch" (Sat 6 Feb 12:00–13:00) in all rooms.']);
  });

  it('gives one conflict per break a slot runs into', () => {
    const result = check([slot('a', 'r1', [D1, '11:00', '14:00'])], { blocks: [lunchAll, setupR1] });
    expect(result.map((c) => c.message)).toEqual([
      '"Talk A" (Sat 6 Feb 11:00–14:00) in Room 1 overlaps "Lunch" (Sat 6 Feb 12:00–13:00) in all rooms.',
      '"Talk A" (Sat 6 Feb 11:00–14:00) in Room 1 overlaps "Stage set-up" (Sat 6 Feb 12:00–13:00) in Room 1.',
    ]);
  });
});

describe('availability: speaker_unavailable, room_unavailable, outside_conference_hours', () => {
  const windows = (...spans: Span[]) => spans.map(span);
  const morningAndAfternoon = windows([D1, '09:00', '12:00'], [D1, '12:00', '18:00']); // touching: one window
  const withLunchGap = windows([D1, '09:00', '12:00'], [D1, '13:00', '18:00']);
  const acrossMidnight = windows([D1, '20:00', '02:00']);

  const cases: [string, ReturnType<typeof windows> | null | undefined, Span, boolean][] = [
    ['inside one window', withLunchGap, [D1, '10:00', '11:00'], true],
    ['exactly one window', withLunchGap, [D1, '09:00', '12:00'], true],
    ['across two touching windows', morningAndAfternoon, [D1, '11:30', '12:30'], true],
    ['across a gap between windows', withLunchGap, [D1, '11:30', '12:30'], false],
    ['starting before the first window', withLunchGap, [D1, '08:30', '09:30'], false],
    ['ending after the last window', withLunchGap, [D1, '17:30', '18:30'], false],
    ['on another day', withLunchGap, [D2, '10:00', '11:00'], false],
    ['across midnight, inside', acrossMidnight, [D1, '23:30', '00:30'], true],
    ['across midnight, past the end', acrossMidnight, [D1, '23:30', '02:30'], false],
    ['no windows given (always available)', undefined, [D1, '03:00', '04:00'], true],
    ['null (always available)', null, [D1, '03:00', '04:00'], true],
    ['an empty list (never available)', [], [D1, '10:00', '11:00'], false],
  ];

  it.each(cases)('speaker: %s', (_n, availability, when, ok) => {
    const result = check([slot('a', 'r1', when, { speakerIds: ['alice', 'bob'] })], {
      speakers: [{ id: 'alice', name: 'Alice', availability }, { id: 'bob', name: 'Bob' }],
    });
    expect(brief(result)).toEqual(ok ? [] : ['speaker_unavailable warn a [alice] @r1']);
  });

  it.each(cases)('room: %s', (_n, availability, when, ok) => {
    const result = check([slot('a', 'r1', when)], { rooms: [{ id: 'r1', name: 'Room 1', availability }] });
    expect(brief(result)).toEqual(ok ? [] : ['room_unavailable warn a @r1']);
  });

  it.each(cases)('conference hours: %s', (_n, hours, when, ok) => {
    expect(brief(check([slot('a', 'r1', when)], { conferenceHours: hours }))).toEqual(ok ? [] : ['outside_conference_hours warn a @r1']);
  });

  it('names the speakers, the room and the local times', () => {
    const result = check([slot('a', 'r1', [D1, '08:30', '09:30'], { speakerIds: ['bob', 'alice'] })], {
      rooms: [{ id: 'r1', name: 'Room 1', availability: withLunchGap }],
      speakers: [
        { id: 'alice', name: 'Alice', availability: withLunchGap },
        { id: 'bob', name: 'Bob', availability: [] },
      ],
      conferenceHours: withLunchGap,
    });
    expect(result).toEqual([
      {
        kind: 'speaker_unavailable',
        severity: 'warn',
        slotIds: ['a'],
        speakerIds: ['alice', 'bob'],
        roomId: 'r1',
        message: 'Alice and Bob are not available for "Talk A" (Sat 6 Feb 08:30–09:30).',
      },
      { kind: 'room_unavailable', severity: 'warn', slotIds: ['a'], speakerIds: [], roomId: 'r1', message: 'Room 1 is not available for "Talk A" (Sat 6 Feb 08:30–09:30).' },
      {
        kind: 'outside_conference_hours',
        severity: 'warn',
        slotIds: ['a'],
        speakerIds: [],
        roomId: 'r1',
        message: '"Talk A" (Sat 6 Feb 08:30–09:30) is outside the conference hours.',
      },
    ]);
  });
});

describe('room_capacity', () => {
  it.each([
    // [capacity, expected audience, conflict?]
    [50, 51, true],
    [50, 50, false],
    [50, null, false],
    [null, 500, false],
    [0, 10, false], // 0 seats: unknown, not "no seats"
  ])('capacity %s, expected %s', (capacity, expectedAudience, conflict) => {
    const result = check([slot('a', 'r3', [D1, '10:00', '11:00'], { expectedAudience })], { rooms: [{ id: 'r3', name: 'Hall', capacity }] });
    expect(brief(result)).toEqual(conflict ? ['room_capacity warn a @r3'] : []);
  });

  it('says how many are expected and how many fit', () => {
    expect(check([slot('a', 'r3', [D1, '10:00', '11:00'], { expectedAudience: 120 })]).map((c) => c.message)).toEqual([
      '"Talk A" expects 120 people but Hall seats 50.',
    ]);
  });
});

describe('same_track_parallel', () => {
  it('names the track, both rooms and times', () => {
    const result = check([slot('a', 'r1', [D1, '10:00', '11:00'], { trackId: 't1' }), slot('b', 'r2', [D1, '10:30', '11:30'], { trackId: 't1' })]);
    expect(result.map((c) => c.message)).toEqual([
      'Two sessions of track Kernel run in parallel: "Talk A" in Room 1 (Sat 6 Feb 10:00–11:00) and "Talk B" in Room 2 (Sat 6 Feb 10:30–11:30).',
    ]);
  });

  it('ignores sessions of different tracks or without a track', () => {
    const result = check([
      slot('a', 'r1', [D1, '10:00', '11:00'], { trackId: 't1' }),
      slot('b', 'r2', [D1, '10:00', '11:00'], { trackId: 't2' }),
      slot('c', 'r3', [D1, '10:00', '11:00'], { trackId: null }),
    ]);
    expect(result).toEqual([]);
  });
});

describe('severities', () => {
  // One schedule per kind that has exactly that one conflict.
  const scenario: Record<ConflictKind, () => Partial<ConflictInput> & { slots: ScheduleSlot[] }> = {
    room_overlap: () => ({ slots: [slot('a', 'r1', [D1, '10:00', '11:00']), slot('b', 'r1', [D1, '10:30', '11:30'])] }),
    break_overlap: () => ({
      slots: [slot('a', 'r1', [D1, '12:00', '12:30'])],
      blocks: [{ id: 'x', title: 'Lunch', ...span([D1, '12:00', '13:00']), roomIds: 'all' }],
    }),
    speaker_double_booked: () => ({
      slots: [slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['alice'] }), slot('b', 'r2', [D1, '10:30', '11:30'], { speakerIds: ['alice'] })],
    }),
    speaker_travel_buffer: () => ({
      slots: [slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['alice'] }), slot('b', 'r2', [D1, '11:00', '11:30'], { speakerIds: ['alice'] })],
      settings: { travelBufferMinutes: 10 },
    }),
    speaker_unavailable: () => ({
      slots: [slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['alice'] })],
      speakers: [{ id: 'alice', name: 'Alice', availability: [] }],
    }),
    room_unavailable: () => ({ slots: [slot('a', 'r1', [D1, '10:00', '11:00'])], rooms: [{ id: 'r1', name: 'Room 1', availability: [] }] }),
    outside_conference_hours: () => ({ slots: [slot('a', 'r1', [D1, '10:00', '11:00'])], conferenceHours: [span([D2, '09:00', '18:00'])] }),
    room_capacity: () => ({ slots: [slot('a', 'r3', [D1, '10:00', '11:00'], { expectedAudience: 51 })] }),
    same_track_parallel: () => ({
      slots: [slot('a', 'r1', [D1, '10:00', '11:00'], { trackId: 't1' }), slot('b', 'r2', [D1, '10:30', '11:30'], { trackId: 't1' })],
    }),
  };
  const defaults: Record<ConflictKind, ConflictSeverity> = {
    room_overlap: 'block',
    break_overlap: 'warn',
    speaker_double_booked: 'block',
    speaker_travel_buffer: 'warn',
    speaker_unavailable: 'warn',
    room_unavailable: 'warn',
    outside_conference_hours: 'warn',
    room_capacity: 'warn',
    same_track_parallel: 'warn',
  };

  const run = (kind: ConflictKind, severity?: ConflictSeverity) => {
    const { slots, settings, ...rest } = scenario[kind]();
    const severities = severity ? { [kind]: severity } : {};
    return check(slots, { ...rest, settings: { ...settings, severities } });
  };

  it.each(CONFLICT_KINDS)('%s: default severity, then block, warn, ignore', (kind) => {
    expect(run(kind).map((c) => [c.kind, c.severity])).toEqual([[kind, defaults[kind]]]);
    expect(run(kind, 'block').map((c) => [c.kind, c.severity])).toEqual([[kind, 'block']]);
    expect(run(kind, 'warn').map((c) => [c.kind, c.severity])).toEqual([[kind, 'warn']]);
    expect(run(kind, 'ignore')).toEqual([]);
  });

  it('blockingConflicts keeps only the conflicts that refuse a move', () => {
    const result = check(
      [
        slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['alice'], trackId: 't1' }),
        slot('b', 'r1', [D1, '10:30', '11:30'], { trackId: 't1' }),
        slot('c', 'r2', [D1, '10:30', '11:30'], { speakerIds: ['alice'] }),
      ],
      { settings: { severities: { speaker_double_booked: 'warn' } } },
    );
    expect(brief(result)).toEqual(['room_overlap block a+b @r1', 'speaker_double_booked warn a+c [alice] @-', 'same_track_parallel warn a+b @r1']);
    expect(brief(blockingConflicts(result))).toEqual(['room_overlap block a+b @r1']);
  });

  it('refuses a severity that is not block, warn or ignore', () => {
    const severities = { room_overlap: 'error' } as unknown as Record<ConflictKind, ConflictSeverity>;
    expect(() => check([], { settings: { severities } })).toThrow(
      new DomainError('INVALID', 'The severity of room_overlap must be block, warn or ignore, got "error".'),
    );
  });

  it('refuses a negative travel buffer', () => {
    expect(() => check([], { settings: { travelBufferMinutes: -5 } })).toThrow(
      new DomainError('INVALID', 'The travel buffer must be 0 or more minutes, got -5.', { travelBufferMinutes: 'Enter 0 or more minutes.' }),
    );
  });
});

describe('checkSchedule: order and input checks', () => {
  it('orders by kind, then time, then slot ids, whatever the input order', () => {
    const slots = [
      slot('d', 'r2', [D1, '09:00', '10:00'], { speakerIds: ['bob'] }),
      slot('c', 'r2', [D1, '09:30', '10:30'], { speakerIds: ['bob'] }),
      slot('b', 'r1', [D1, '14:00', '15:00']),
      slot('a', 'r1', [D1, '14:30', '15:30']),
      slot('e', 'r1', [D1, '08:00', '09:00']),
      slot('f', 'r1', [D1, '08:30', '08:45']),
    ];
    const expected = ['room_overlap block e+f @r1', 'room_overlap block c+d @r2', 'room_overlap block a+b @r1', 'speaker_double_booked block c+d [bob] @r2'];
    expect(brief(check(slots))).toEqual(expected);
    expect(brief(check([...slots].reverse()))).toEqual(expected);
  });

  it('refuses a slot that ends before it starts', () => {
    const bad = { ...slot('a', 'r1', [D1, '10:00', '11:00']), end: at(D1, '09:00') };
    expect(() => check([bad])).toThrow(new DomainError('INVALID', '"Talk A" (a) ends before it starts.'));
  });

  it('refuses two slots with one id', () => {
    expect(() => check([slot('a', 'r1', [D1, '10:00', '11:00']), slot('a', 'r2', [D1, '10:00', '11:00'])])).toThrow(
      new DomainError('INVALID', 'Slot id "a" appears twice.'),
    );
  });

  it('uses ids as names for rooms and speakers it does not know', () => {
    const result = check([slot('a', 'x9', [D1, '10:00', '11:00'], { speakerIds: ['zed'] }), slot('b', 'x9', [D1, '10:00', '11:00'], { speakerIds: ['zed'] })]);
    expect(result.map((c) => c.message)).toEqual([
      'x9 is double-booked: "Talk A" (Sat 6 Feb 10:00–11:00) overlaps "Talk B" (Sat 6 Feb 10:00–11:00).',
      'zed is booked twice at once: "Talk A" in x9 (Sat 6 Feb 10:00–11:00) and "Talk B" in x9 (Sat 6 Feb 10:00–11:00).',
    ]);
  });
});

describe('incremental check', () => {
  const base = (): ConflictInput => ({
    timeZone: TZ,
    rooms,
    speakers,
    tracks: [{ id: 't1', name: 'Kernel' }],
    slots: [
      slot('a', 'r1', [D1, '10:00', '11:00'], { speakerIds: ['alice'], trackId: 't1' }),
      slot('b', 'r2', [D1, '10:00', '11:00'], { speakerIds: ['bob'], trackId: 't1' }),
      slot('c', 'r1', [D1, '11:00', '12:00'], { speakerIds: ['alice'] }),
    ],
    settings: { travelBufferMinutes: 10 },
  });
  const moveTo = (roomId: string | null, when: Span): SlotMove => ({ roomId, ...span(when) });

  it('checkMove reports what the moved slot would have, without changing the index', () => {
    const index = createConflictIndex(base());
    const before = checkIndex(index);
    expect(brief(before)).toEqual(['same_track_parallel warn a+b @-']);
    expect(brief(checkMove(index, 'c', moveTo('r2', [D1, '10:30', '11:30'])))).toEqual([
      'room_overlap block b+c @r2',
      'speaker_double_booked block a+c [alice] @-',
    ]);
    expect(checkIndex(index)).toEqual(before);
  });

  it('checkMove of a slot to where it already is gives its current conflicts', () => {
    const index = createConflictIndex(base());
    expect(brief(checkMove(index, 'a', moveTo('r1', [D1, '10:00', '11:00'])))).toEqual(['same_track_parallel warn a+b @-']);
  });

  it('applyMove updates the index so a full check matches a fresh one', () => {
    const input = base();
    const index = createConflictIndex(input);
    applyMove(index, 'c', moveTo('r2', [D1, '11:05', '12:00']));
    const fresh = checkSchedule({ ...input, slots: input.slots.map((s) => (s.id === 'c' ? { ...s, roomId: 'r2', ...span([D1, '11:05', '12:00']) } : s)) });
    expect(brief(checkIndex(index))).toEqual(['speaker_travel_buffer warn a+c [alice] @-', 'same_track_parallel warn a+b @-']);
    expect(checkIndex(index)).toEqual(fresh);
  });

  it('checkSlot, addSlot and removeSlot handle slots coming in and going out', () => {
    const index = createConflictIndex(base());
    const d = slot('d', 'r1', [D1, '11:30', '12:30'], { speakerIds: ['bob'] });
    expect(brief(checkSlot(index, d))).toEqual(['room_overlap block c+d @r1']);
    addSlot(index, d);
    expect(brief(checkIndex(index))).toEqual(['room_overlap block c+d @r1', 'same_track_parallel warn a+b @-']);
    removeSlot(index, 'c');
    expect(brief(checkIndex(index))).toEqual(['same_track_parallel warn a+b @-']);
  });

  it('refuses an unknown slot and a move that ends before it starts', () => {
    const index = createConflictIndex(base());
    expect(() => checkMove(index, 'nope', moveTo('r1', [D1, '10:00', '11:00']))).toThrow(new DomainError('NOT_FOUND', 'Slot "nope" is not in the schedule.'));
    expect(() => checkMove(index, 'a', { roomId: 'r1', start: at(D1, '11:00'), end: at(D1, '10:00') })).toThrow(
      new DomainError('INVALID', '"Talk A" (a) ends before it starts.'),
    );
  });
});

describe('incremental check = bulk check restricted to the moved slot (seeded random schedules)', () => {
  /** mulberry32: small, seeded, deterministic. */
  function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const day0 = at(D1, '00:00').getTime();
  const MIN = 60000;

  function randomInput(rnd: () => number, severities: ConflictInput['settings']): ConflictInput {
    const pick = (n: number) => Math.floor(rnd() * n);
    // Times on a 5-minute grid over three days, crossing midnights; some zero-length slots.
    const when = () => {
      const start = day0 + pick(3 * 24 * 12) * 5 * MIN;
      const length = rnd() < 0.05 ? 0 : (1 + pick(24)) * 5 * MIN;
      return { start: new Date(start), end: new Date(start + length) };
    };
    const window = () => {
      const w = when();
      return { start: w.start, end: new Date(w.end.getTime() + pick(48) * 30 * MIN) };
    };
    const roomsR = Array.from({ length: 6 }, (_, i) => ({
      id: `r${i}`,
      name: `Room ${i}`,
      capacity: rnd() < 0.5 ? 20 + pick(200) : null,
      availability: rnd() < 0.3 ? Array.from({ length: 1 + pick(4) }, window) : null,
    }));
    const speakersR = Array.from({ length: 25 }, (_, i) => ({
      id: `s${i}`,
      name: `Speaker ${i}`,
      availability: rnd() < 0.3 ? Array.from({ length: pick(4) }, window) : null,
    }));
    const slots: ScheduleSlot[] = Array.from({ length: 70 }, (_, i) => ({
      id: `slot-${String(i).padStart(2, '0')}`,
      title: `Session ${i}`,
      roomId: rnd() < 0.05 ? null : `r${pick(6)}`,
      ...when(),
      speakerIds: Array.from({ length: pick(3) }, () => `s${pick(25)}`),
      trackId: rnd() < 0.2 ? null : `t${pick(5)}`,
      expectedAudience: rnd() < 0.5 ? pick(250) : null,
    }));
    const blocks: ScheduleBlock[] = Array.from({ length: 6 }, (_, i) => ({
      id: `block-${i}`,
      title: `Break ${i}`,
      ...when(),
      roomIds: rnd() < 0.4 ? 'all' : [`r${pick(6)}`, `r${pick(6)}`],
    }));
    return {
      timeZone: TZ,
      rooms: roomsR,
      speakers: speakersR,
      tracks: Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, name: `Track ${i}` })),
      slots,
      blocks,
      conferenceHours: Array.from({ length: 3 }, (_, d) => ({ start: new Date(day0 + d * 1440 * MIN + 8 * 60 * MIN), end: new Date(day0 + d * 1440 * MIN + 23 * 60 * MIN) })),
      settings: severities,
    };
  }

  const involving = (cs: Conflict[], id: string) => cs.filter((c) => c.slotIds.includes(id));

  it.each([
    ['default severities, 10 min travel buffer', 1, { travelBufferMinutes: 10 }],
    ['some kinds ignored, 25 min buffer', 2, { travelBufferMinutes: 25, severities: { same_track_parallel: 'ignore', room_capacity: 'ignore', speaker_double_booked: 'warn' } }],
    ['no travel buffer', 3, { travelBufferMinutes: 0 }],
  ] as [string, number, ConflictInput['settings']][])('%s (seed %i)', (_name, seed, settings) => {
    const rnd = prng(seed);
    let input = randomInput(rnd, settings);
    const index = createConflictIndex(input);
    let compared = 0;
    let withConflicts = 0;
    for (let step = 0; step < 300; step++) {
      const target = input.slots[Math.floor(rnd() * input.slots.length)]!;
      const start = day0 + Math.floor(rnd() * 3 * 24 * 12) * 5 * MIN;
      const move: SlotMove = {
        roomId: rnd() < 0.05 ? null : `r${Math.floor(rnd() * 6)}`,
        start: new Date(start),
        end: new Date(start + (rnd() < 0.05 ? 0 : (1 + Math.floor(rnd() * 24)) * 5 * MIN)),
      };
      const moved = { ...input, slots: input.slots.map((s) => (s.id === target.id ? { ...s, ...move } : s)) };
      const incremental = checkMove(index, target.id, move);
      expect(incremental).toEqual(involving(checkSchedule(moved), target.id));
      compared++;
      if (incremental.length > 0) withConflicts++;
      if (rnd() < 0.5) {
        applyMove(index, target.id, move);
        input = moved;
      }
      if (step % 50 === 49) expect(checkIndex(index)).toEqual(checkSchedule(input));
    }
    expect(compared).toBe(300);
    // The moves must actually exercise the rules, not compare empty lists.
    expect(withConflicts).toBeGreaterThan(100);
  });
});
