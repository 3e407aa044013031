import { describe, expect, it } from 'vitest';
import {
  expiredRunMessage,
  refusedPlacements,
  samePlacement,
  solverAlreadyRunning,
  solverInputFromRows,
  solverRunDeadline,
  staleSolverResult,
  type SolverInputRows,
} from './auto-schedule.ts';
import type { Conflict } from './conflicts.ts';

const t = (hhmm: string) => new Date(`2030-05-06T${hhmm}:00Z`);

const rows: SolverInputRows = {
  timeZone: 'Europe/Madrid',
  travelBufferMinutes: 10,
  conflictSeverities: { room_capacity: 'block', nonsense: 'block' },
  days: [{ date: '2030-05-06', localStart: '09:00', localEnd: '18:00', start: t('07:00'), end: t('16:00') }],
  rooms: [
    { id: 'r1', name: 'Room One', capacity: 100, availability: [] },
    { id: 'r2', name: 'Room Two', capacity: null, availability: [{ start: t('07:00'), end: t('10:00') }] },
  ],
  tracks: [{ id: 'k', name: 'Kernel' }],
  blocks: [
    { id: 'lunch', title: 'Lunch', start: t('10:00'), end: t('11:00'), allRooms: true, roomIds: [] },
    { id: 'setup', title: 'Set-up', start: t('07:00'), end: t('07:30'), allRooms: false, roomIds: ['r2'] },
  ],
  sessions: [
    {
      id: 's1',
      title: 'Resized on the grid',
      trackId: 'k',
      expectedAudience: 50,
      durationMinutes: 30,
      speakers: [{ id: 'ada', name: 'Ada', availability: [{ start: t('07:00'), end: t('09:00') }] }],
      placement: { roomId: 'r1', start: t('07:00'), end: t('07:45') },
      pinned: true,
    },
    {
      id: 's2',
      title: 'Not placed',
      trackId: null,
      expectedAudience: null,
      durationMinutes: 40,
      speakers: [
        { id: 'ada', name: 'Ada', availability: [{ start: t('07:00'), end: t('09:00') }] },
        { id: 'bo', name: 'Bo', availability: [] },
      ],
      placement: null,
      pinned: true,
    },
  ],
};

describe('solverInputFromRows', () => {
  it('maps rooms, blocks, hours, settings and every session with its placement, length and pin', () => {
    expect(solverInputFromRows(rows)).toEqual({
      timeZone: 'Europe/Madrid',
      rooms: [
        { id: 'r1', name: 'Room One', capacity: 100, availability: null },
        { id: 'r2', name: 'Room Two', capacity: null, availability: [{ start: t('07:00'), end: t('10:00') }] },
      ],
      speakers: [
        { id: 'ada', name: 'Ada', availability: [{ start: t('07:00'), end: t('09:00') }] },
        { id: 'bo', name: 'Bo', availability: null },
      ],
      tracks: [{ id: 'k', name: 'Kernel' }],
      blocks: [
        { id: 'lunch', title: 'Lunch', start: t('10:00'), end: t('11:00'), roomIds: 'all' },
        { id: 'setup', title: 'Set-up', start: t('07:00'), end: t('07:30'), roomIds: ['r2'] },
      ],
      conferenceHours: [{ start: t('07:00'), end: t('16:00') }],
      sessions: [
        { id: 's1', title: 'Resized on the grid', durationMinutes: 45, speakerIds: ['ada'], trackId: 'k', expectedAudience: 50, roomId: 'r1', start: t('07:00'), pinned: true },
        // A pin without a placement means nothing to the solver.
        { id: 's2', title: 'Not placed', durationMinutes: 40, speakerIds: ['ada', 'bo'], trackId: null, expectedAudience: null, roomId: null, start: null, pinned: false },
      ],
      settings: { severities: { room_capacity: 'block' }, travelBufferMinutes: 10 },
    });
  });

  it('gives an empty schedule an empty session and speaker list', () => {
    const input = solverInputFromRows({ ...rows, sessions: [] });
    expect([input.sessions, input.speakers]).toEqual([[], []]);
  });
});

describe('solver run lifetime', () => {
  it('gives a run its time limit plus the grace', () => {
    expect(solverRunDeadline(t('07:00'), 30, 20_000)).toEqual(new Date('2030-05-06T07:00:50Z'));
    expect(solverRunDeadline(t('07:00'), 1)).toEqual(new Date('2030-05-06T07:00:21Z'));
  });

  it('explains an expired run and a second start', () => {
    expect(expiredRunMessage(30, 20_000)).toBe(
      'The automatic scheduler did not finish within its time limit of 30 s (plus 20 s to start and stop) and was stopped; nothing was changed. Please try again.',
    );
    const running = solverAlreadyRunning({ mode: 'repair', createdAt: t('08:05') }, 'Olga', 'Europe/Madrid');
    expect([running.kind, running.message]).toEqual([
      'CONFLICT',
      'The automatic scheduler is already running for this conference (repair mode, started at 10:05 by Olga): wait for it to finish or cancel it first.',
    ]);
    expect(solverAlreadyRunning({ mode: 'full', createdAt: t('08:05') }, null, 'UTC').message).toBe(
      'The automatic scheduler is already running for this conference (full mode, started at 08:05): wait for it to finish or cancel it first.',
    );
    const stale = staleSolverResult(4, 6);
    expect([stale.kind, stale.fields]).toEqual(['CONFLICT', { expectedRevision: '6' }]);
  });
});

describe('samePlacement', () => {
  const p = (room: string | null, start: string | null, end: string | null) => ({ roomId: room, start: start ? t(start) : null, end: end ? t(end) : null });
  it.each([
    { case: 'both unscheduled (null)', a: null, b: null, same: true },
    { case: 'unscheduled as null and as all-null fields', a: null, b: p(null, null, null), same: true },
    { case: 'placed and unscheduled', a: p('r1', '07:00', '07:30'), b: null, same: false },
    { case: 'same room and times', a: p('r1', '07:00', '07:30'), b: p('r1', '07:00', '07:30'), same: true },
    { case: 'other room', a: p('r1', '07:00', '07:30'), b: p('r2', '07:00', '07:30'), same: false },
    { case: 'other start', a: p('r1', '07:00', '07:30'), b: p('r1', '07:05', '07:30'), same: false },
    { case: 'other end (resized)', a: p('r1', '07:00', '07:30'), b: p('r1', '07:00', '07:45'), same: false },
  ])('$case: $same', ({ a, b, same }) => {
    expect([samePlacement(a, b), samePlacement(b, a)]).toEqual([same, same]);
  });
});

describe('refusedPlacements', () => {
  it('names every blocking conflict, per kind in the fields', () => {
    const c = (kind: Conflict['kind'], message: string): Conflict => ({ kind, severity: 'block', slotIds: ['a'], speakerIds: [], roomId: null, message });
    const err = refusedPlacements([c('room_overlap', 'A and B overlap.'), c('room_overlap', 'C and D overlap.'), c('speaker_double_booked', 'Ada is booked twice.')]);
    expect([err.kind, err.message, err.fields]).toEqual([
      'CONFLICT',
      'These changes are refused: A and B overlap. C and D overlap. Ada is booked twice.',
      { room_overlap: 'A and B overlap.\nC and D overlap.', speaker_double_booked: 'Ada is booked twice.' },
    ]);
  });
});
