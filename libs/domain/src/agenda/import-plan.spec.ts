import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { ImportedEvent, ImportedSchedule } from './formats/types.ts';
import { formatImportReport, isConferenceSlug, planImport, type ImportTarget, type ImportTargetSession } from './import-plan.ts';

const at = (iso: string) => new Date(iso);

function event(over: Partial<ImportedEvent> & { id: string }): ImportedEvent {
  return {
    title: `Talk ${over.id}`,
    abstract: '',
    description: '',
    room: 'Hall 1',
    start: at('2030-05-06T08:00:00Z'),
    end: at('2030-05-06T08:30:00Z'),
    persons: [],
    ...over,
  };
}

function file(events: ImportedEvent[], over: Partial<ImportedSchedule> = {}): ImportedSchedule {
  const rooms = [...new Set(events.map((e) => e.room))].map((name) => ({ name }));
  const persons = [...new Map(events.flatMap((e) => e.persons).map((p) => [p.id ?? p.name, p])).values()];
  return { format: 'frab-json', title: 'TestCon', timeZone: 'Europe/Madrid', days: [], rooms, tracks: [], persons, events, warnings: [], skipped: [], ...over };
}

function target(over: Partial<ImportTarget> = {}): ImportTarget {
  return {
    conference: { slug: 'testcon', name: 'TestCon', timeZone: 'Europe/Madrid', dates: { start: '2030-05-06', end: '2030-05-06' } },
    rooms: [],
    tracks: [],
    sessionTypes: [],
    speakers: [],
    sessions: [],
    blocks: [],
    days: [{ date: '2030-05-06', start: at('2030-05-06T07:00:00Z'), end: at('2030-05-06T16:00:00Z') }],
    ...over,
  };
}

/** The given codes first, then GEN001, GEN002, … */
const codes = (...list: string[]) => {
  let n = 0;
  return () => list.shift() ?? `GEN${String(++n).padStart(3, '0')}`;
};

function session(over: Partial<ImportTargetSession> & { id: string }): ImportTargetSession {
  return {
    code: `S${over.id.toUpperCase().padStart(5, '0')}`,
    externalId: null,
    title: 'Talk',
    abstract: '',
    description: '',
    state: 'CONFIRMED',
    sessionTypeId: 'type-talk',
    trackId: null,
    durationMinutes: 30,
    speakerIds: [],
    slot: { roomId: 'room-1', start: at('2030-05-06T08:00:00Z'), end: at('2030-05-06T08:30:00Z') },
    ...over,
  };
}

describe('planImport: rooms', () => {
  it('matches a room by the file id, else by name (taking the id), renames it as the file does, and creates the rest after the last', () => {
    const plan = planImport(
      file([], { rooms: [{ id: 'r-1', name: 'Main Hall' }, { id: 'r-2', name: 'Annex', capacity: 40 }, { name: 'Garden' }] }),
      target({
        rooms: [
          { id: 'room-1', name: 'Hall 1', externalId: 'r-1', capacity: null, position: 1 },
          { id: 'room-2', name: 'annex', externalId: null, capacity: 40, position: 2 },
        ],
      }),
      { newCode: codes() },
    );
    expect(plan.rooms).toEqual({
      create: [{ key: 'Garden', name: 'Garden', externalId: null, capacity: null, position: 3 }],
      update: [
        { id: 'room-1', data: { name: 'Main Hall' } },
        { id: 'room-2', data: { name: 'Annex', externalId: 'r-2' } },
      ],
    });
    expect(plan.report.counts.rooms).toEqual({ created: 1, updated: 2, unchanged: 0 });
    expect(plan.report.changes).toEqual([
      { kind: 'rooms', key: 'r-1', label: 'Main Hall', fields: ['name'] },
      { kind: 'rooms', key: 'r-2', label: 'Annex', fields: ['name', 'id'] },
    ]);
  });
});

describe('planImport: speakers', () => {
  const ada = { id: 'p-1', name: 'Ada Lovelace', biography: 'Counts.' };

  it('matches by file id, else by name among profiles without one; an account keeps its name', () => {
    const plan = planImport(
      file([event({ id: 'e1', persons: [ada, { id: 'p-2', name: 'Grace Hopper' }, { name: 'Linus' }] })]),
      target({
        speakers: [
          { id: 'sp-1', userId: 'u-1', code: 'ADA111', externalId: 'p-1', name: 'Ada King', imported: false, bio: 'Counts.', approvedBio: 'Counts.' },
          { id: 'sp-2', userId: 'u-2', code: 'GRACE1', externalId: null, name: 'grace hopper', imported: true, bio: '', approvedBio: '' },
          { id: 'sp-3', userId: 'u-3', code: 'LINUS1', externalId: 'other', name: 'Linus', imported: true, bio: '', approvedBio: '' },
        ],
      }),
      { newCode: codes() },
    );
    // Ada: by id, her account's name stays. Grace: by name, takes the id, her imported name follows the file.
    // Linus has no id in the file: any profile of that name is him.
    expect(plan.speakers).toEqual({
      create: [],
      update: [{ id: 'sp-2', userId: 'u-2', name: 'Grace Hopper', externalId: 'p-2' }],
    });
    expect(plan.report.counts.speakers).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect(plan.sessions.create[0]!.speakers).toEqual([{ id: 'sp-1' }, { id: 'sp-2' }, { id: 'sp-3' }]);
  });

  it("publishes the file's bio, and keeps a speaker's edit that is waiting for review as the working copy", () => {
    const t = (bio: string, approvedBio: string) =>
      target({ speakers: [{ id: 'sp-1', userId: 'u-1', code: 'ADA111', externalId: 'p-1', name: 'Ada Lovelace', imported: true, bio, approvedBio }] });
    const f = file([event({ id: 'e1', persons: [{ ...ada, biography: 'Counts engines.' }] })]);
    expect(planImport(f, t('Counts.', 'Counts.'), { newCode: codes() }).speakers.update).toEqual([{ id: 'sp-1', userId: 'u-1', bio: 'Counts engines.', approvedBio: 'Counts engines.' }]);
    expect(planImport(f, t('My new bio', 'Counts.'), { newCode: codes() }).speakers.update).toEqual([{ id: 'sp-1', userId: 'u-1', approvedBio: 'Counts engines.' }]);
  });

  it('creates people who appear on a session only, with a fresh code unless their file id is a free public code', () => {
    const plan = planImport(
      file([event({ id: 'e1', persons: [{ id: 'NQTF8Y', name: 'Brian' }, { id: '26', name: 'Ana' }] })], { persons: [{ id: 'NQTF8Y', name: 'Brian' }, { id: '26', name: 'Ana' }, { id: '99', name: 'Nobody' }] }),
      target({ speakers: [] }),
      { newCode: codes('AAAAAA') },
    );
    expect(plan.speakers.create).toEqual([
      { key: 'id:NQTF8Y', name: 'Brian', externalId: 'NQTF8Y', code: 'NQTF8Y', bio: '' },
      { key: 'id:26', name: 'Ana', externalId: '26', code: 'AAAAAA', bio: '' },
    ]);
  });
});

describe('planImport: sessions', () => {
  const types = [{ id: 'type-talk', name: 'Talk' }];
  const rooms = [{ id: 'room-1', name: 'Hall 1', externalId: null, capacity: null, position: 1 }];

  it('creates a session with the file code when it is free, confirmed, placed, with the default type Talk', () => {
    const plan = planImport(
      file([event({ id: 'guid-1', code: 'JZ9A3E', title: 'Fraud', abstract: 'A', description: 'D', track: 'Security' }), event({ id: 'guid-2', code: 'bad code', type: 'Workshop', end: at('2030-05-06T10:00:00Z') })]),
      target({ rooms, sessionTypes: types }),
      { newCode: codes('NEW222') },
    );
    expect(plan.sessions.create).toEqual([
      {
        code: 'JZ9A3E',
        externalId: 'guid-1',
        title: 'Fraud',
        abstract: 'A',
        description: 'D',
        sessionType: { id: 'type-talk' },
        track: { key: 'Security' },
        durationMinutes: 30,
        speakers: [],
        room: { id: 'room-1' },
        start: at('2030-05-06T08:00:00Z'),
        end: at('2030-05-06T08:30:00Z'),
      },
      {
        code: 'NEW222',
        externalId: 'guid-2',
        title: 'Talk guid-2',
        abstract: '',
        description: '',
        sessionType: { key: 'Workshop' },
        track: null,
        durationMinutes: 120,
        speakers: [],
        room: { id: 'room-1' },
        start: at('2030-05-06T08:00:00Z'),
        end: at('2030-05-06T10:00:00Z'),
      },
    ]);
    expect(plan.sessionTypes.create).toEqual([{ key: 'Workshop', name: 'Workshop', defaultDurationMinutes: 120 }]);
    expect(plan.tracks.create).toEqual([{ key: 'Security', name: 'Security', color: '#1d4ed8', position: 1 }]);
  });

  it('updates by external id, else by code; says which fields changed; confirms a cancelled one; lists the missing', () => {
    const plan = planImport(
      file([
        event({ id: 'guid-1', title: 'New title' }),
        event({ id: 'guid-2', code: 'CODE22', start: at('2030-05-06T09:00:00Z'), end: at('2030-05-06T09:45:00Z') }),
        event({ id: 'guid-3', title: 'Talk', room: 'Hall 1' }),
      ]),
      target({
        rooms,
        sessionTypes: types,
        sessions: [
          session({ id: 'a', externalId: 'guid-1', title: 'Old title' }),
          session({ id: 'b', code: 'CODE22', title: 'Talk guid-2' }),
          session({ id: 'c', externalId: 'guid-3', state: 'CANCELED' }),
          session({ id: 'd', externalId: 'guid-4', code: 'GONE44', title: 'Dropped talk' }),
          session({ id: 'e', code: 'CFP555', title: 'From the CFP' }),
        ],
      }),
      { newCode: codes() },
    );
    expect(plan.report.changes).toEqual([
      { kind: 'sessions', key: 'guid-1', label: 'New title', fields: ['title'] },
      { kind: 'sessions', key: 'guid-2', label: 'Talk guid-2', fields: ['time', 'id'] },
      { kind: 'sessions', key: 'guid-3', label: 'Talk', fields: ['state'] },
    ]);
    expect(plan.sessions.update.map((u) => [u.id, u.state, u.slot, u.speakersChanged])).toEqual([
      ['a', null, null, false],
      ['b', null, 'update', false],
      ['c', 'CONFIRMED', null, false],
    ]);
    expect(plan.report.missing).toEqual([{ code: 'GONE44', externalId: 'guid-4', title: 'Dropped talk' }]);
    expect(plan.report.counts.sessions).toEqual({ created: 0, updated: 3, unchanged: 0 });
  });

  it('gives a session without a slot in the work-in-progress schedule a new one', () => {
    const plan = planImport(file([event({ id: 'guid-1', title: 'Talk' })]), target({ rooms, sessionTypes: types, sessions: [session({ id: 'a', externalId: 'guid-1', slot: null })] }), {
      newCode: codes(),
    });
    expect([plan.sessions.update[0]!.slot, plan.report.changes[0]!.fields]).toEqual(['create', ['room', 'time']]);
  });
});

describe('planImport: days, dates and breaks', () => {
  it('widens a day to the full local hours of its events and adds days the conference lacks', () => {
    const plan = planImport(
      file([
        event({ id: '1', start: at('2030-05-06T06:30:00Z'), end: at('2030-05-06T07:00:00Z') }),
        event({ id: '2', start: at('2030-05-07T15:10:00Z'), end: at('2030-05-07T15:40:00Z') }),
      ]),
      target(),
      { newCode: codes() },
    );
    // Madrid is UTC+2 in May: 08:30 local floors to 08:00 (06:00Z); 17:10–17:40 gives 17:00–18:00.
    expect(plan.days).toEqual({
      create: [{ date: '2030-05-07', start: at('2030-05-07T15:00:00Z'), end: at('2030-05-07T16:00:00Z') }],
      update: [{ date: '2030-05-06', start: at('2030-05-06T06:00:00Z'), end: at('2030-05-06T16:00:00Z') }],
    });
    expect(plan.conference).toEqual({ startDate: '2030-05-06', endDate: '2030-05-07', datesChanged: true });
    expect(plan.report.changes.filter((c) => c.kind !== 'sessions')).toEqual([
      { kind: 'days', key: '2030-05-06', label: '2030-05-06', fields: ['hours'] },
      { kind: 'conference', key: 'testcon', label: 'TestCon', fields: ['end date'] },
    ]);
  });

  it('makes breaks blocks in their room or in all rooms, matched again by title and start', () => {
    const lunch = event({ id: 'l', title: 'Lunch', isBreak: true, allRooms: true, start: at('2030-05-06T10:00:00Z'), end: at('2030-05-06T11:00:00Z') });
    const coffee = event({ id: 'c', title: 'Coffee', isBreak: true, start: at('2030-05-06T13:00:00Z'), end: at('2030-05-06T13:15:00Z') });
    const plan = planImport(
      file([lunch, coffee]),
      target({
        rooms: [{ id: 'room-1', name: 'Hall 1', externalId: null, capacity: null, position: 1 }],
        blocks: [{ id: 'b-1', title: 'Lunch', start: at('2030-05-06T10:00:00Z'), end: at('2030-05-06T10:45:00Z'), allRooms: true, roomIds: [] }],
      }),
      { newCode: codes() },
    );
    expect(plan.blocks).toEqual({
      create: [{ title: 'Coffee', start: coffee.start, end: coffee.end, allRooms: false, rooms: [{ id: 'room-1' }] }],
      update: [{ id: 'b-1', title: 'Lunch', start: lunch.start, end: lunch.end, allRooms: true, rooms: [] }],
    });
    expect([plan.report.counts.breaks, plan.report.counts.sessions]).toEqual([
      { created: 1, updated: 1, unchanged: 0 },
      { created: 0, updated: 0, unchanged: 0 },
    ]);
  });

  it('refuses to create a conference from a file without events or days', () => {
    expect(() => planImport(file([]), target({ conference: { slug: 'new', name: 'New', timeZone: 'UTC', dates: null } }))).toThrow(
      new DomainError('INVALID', 'The file has no events and no days, so it gives no dates for a new conference; nothing was imported.'),
    );
  });
});

describe('formatImportReport', () => {
  it('prints counts, changes, skipped, missing and warnings', () => {
    const plan = planImport(
      file([event({ id: 'g1', title: 'Renamed' })], { skipped: [{ kind: 'event', id: '9', label: '"Ghost" (9)', reason: 'no start time' }], warnings: ['A warning.'] }),
      target({
        rooms: [{ id: 'room-1', name: 'Hall 1', externalId: null, capacity: null, position: 1 }],
        sessionTypes: [{ id: 'type-talk', name: 'Talk' }],
        sessions: [session({ id: 'a', externalId: 'g1', title: 'Old' }), session({ id: 'b', externalId: 'g2', code: 'GONE22', title: 'Gone' })],
      }),
      { newCode: codes(), dryRun: true },
    );
    expect(formatImportReport(plan.report)).toBe(
      [
        'Would import 1 event(s) from a frab-json file ("TestCon") into conference testcon ("TestCon", Europe/Madrid, 2030-05-06 to 2030-05-06).',
        '',
        '               created  updated  unchanged',
        'Rooms                0        0          1',
        'Tracks               0        0          0',
        'Session types        0        0          1',
        'Speakers             0        0          0',
        'Sessions             0        1          0',
        'Breaks               0        0          0',
        'Days                 0        0          1',
        '',
        'Would update (1):',
        '  session g1 "Renamed": title',
        '',
        'Skipped (1):',
        '  event "Ghost" (9): no start time',
        '',
        'Not in the file, kept as they are (1):',
        '  session GONE22 "Gone" (file id g2)',
        '',
        'Warnings (1):',
        '  A warning.',
      ].join('\n'),
    );
  });
});

describe('isConferenceSlug', () => {
  it.each([
    ['fosdem-2021', true],
    ['a1', true],
    ['A1', false],
    ['-x', false],
    ['x-', false],
    ['a--b', false],
    ['x', false],
    ['sp ace', false],
  ])('%s -> %s', (slug, ok) => {
    expect(isConferenceSlug(slug)).toBe(ok);
  });
});
