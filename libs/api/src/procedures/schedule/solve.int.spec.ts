// The automatic scheduler through the API, with the real solver in its worker thread: start, status with the
// proposal, apply as one audited step and its undo/redo through schedule.applyPlacements, discard and cancel, one run
// per conference, stale results, runs past their deadline, and who may call any of it.
//
// The conference is small enough that the right answer is known: one day 09:00–10:00 (Madrid, UTC+2 in May), two
// rooms, 30-minute talks; A1 and A2 fill Room A, so the unscheduled U1 (whose speaker can only do 09:00–09:30) and U2
// can only go to Room B, U1 at 09:00 and U2 at 09:30.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@podium/db';
import { createTestDatabase, makeConference, makeMember, makeSession, type TestDatabase } from '@podium/db/testing';
import { expiredRunMessage, SOLVER_GRACE_MS } from '@podium/domain';
import { createCaller, createContextInner } from '../../index.ts';
import { trpcFailure as failure } from '../../testing.ts';
import { solverRunSettled } from '../../services/solver-runner.ts';

let testDb: TestDatabase;
let db: Db;
type Api = ReturnType<typeof createCaller>;
const callerFor = async (userId: string | null): Promise<Api> => createCaller(await createContextInner({ db, userId }));

const at = (hhmm: string) => new Date(`2030-05-06T${String(Number(hhmm.slice(0, 2)) - 2).padStart(2, '0')}:${hhmm.slice(3)}:00Z`);

interface Fixture {
  slug: string;
  conferenceId: string;
  versionId: string;
  roomA: string;
  roomB: string;
  codes: { A1: string; A2: string; U1: string; U2: string };
  organizer: Api;
  organizerId: string;
  /** Callers that must be refused: anonymous, a speaker, a reviewer, another conference's organizer. */
  strangers: { name: string; api: Api; code: string; message: string }[];
}

let f: Fixture;

async function makeFixture(): Promise<Fixture> {
  const conference = await makeConference(db, { startDate: '2030-05-06', endDate: '2030-05-06' });
  await db.scheduleDay.create({ data: { conferenceId: conference.id, date: new Date('2030-05-06'), start: at('09:00'), end: at('10:00') } });
  const roomA = await db.room.create({ data: { conferenceId: conference.id, name: 'Room A', capacity: 100, position: 1 } });
  const roomB = await db.room.create({ data: { conferenceId: conference.id, name: 'Room B', capacity: 100, position: 2 } });
  const version = await db.scheduleVersion.create({ data: { conferenceId: conference.id } });
  await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const a1 = await makeSession(db, conference.id, { title: 'Placed first', speakerName: 'Ada Early' });
  const a2 = await makeSession(db, conference.id, { title: 'Placed second', speakerName: 'Ben Second' });
  const u1 = await makeSession(db, conference.id, { title: 'Only early', speakerName: 'Cleo Morning' });
  const u2 = await makeSession(db, conference.id, { title: 'Any time', speakerName: 'Dan Whenever', state: 'ACCEPTED' });
  await db.scheduleSlot.create({ data: { versionId: version.id, submissionId: a1.id, roomId: roomA.id, start: at('09:00'), end: at('09:30') } });
  await db.scheduleSlot.create({ data: { versionId: version.id, submissionId: a2.id, roomId: roomA.id, start: at('09:30'), end: at('10:00') } });
  await db.availability.create({ data: { speakerProfileId: u1.speakers[0]!.speakerProfileId, start: at('09:00'), end: at('09:30') } });
  const organizer = await makeMember(db, conference.id, 'ORGANIZER', { name: 'Olga Organizer' });
  const reviewer = await makeMember(db, conference.id, 'REVIEWER');
  const other = await makeConference(db);
  const otherOrganizer = await makeMember(db, other.id, 'ORGANIZER');
  const forbidden = 'Only the organizers of this conference may do this.';
  return {
    slug: conference.slug,
    conferenceId: conference.id,
    versionId: version.id,
    roomA: roomA.id,
    roomB: roomB.id,
    codes: { A1: a1.code, A2: a2.code, U1: u1.code, U2: u2.code },
    organizer: await callerFor(organizer.id),
    organizerId: organizer.id,
    strangers: [
      { name: 'anonymous', api: await callerFor(null), code: 'UNAUTHORIZED', message: 'Please sign in first.' },
      { name: 'speaker', api: await callerFor(a1.speakers[0]!.speakerProfile.userId), code: 'FORBIDDEN', message: forbidden },
      { name: 'reviewer', api: await callerFor(reviewer.id), code: 'FORBIDDEN', message: forbidden },
      { name: "another conference's organizer", api: await callerFor(otherOrganizer.id), code: 'FORBIDDEN', message: forbidden },
    ],
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDb(testDb.url, { max: 4 });
});
beforeEach(async () => {
  f = await makeFixture();
});
afterAll(async () => {
  await db?.$disconnect();
  await testDb?.stop();
});

/** Where every session of the fixture is: code -> "Room X HH:MM–HH:MM" (UTC) or null. */
async function placements(): Promise<Record<string, string | null>> {
  const rooms = new Map([
    [f.roomA, 'Room A'],
    [f.roomB, 'Room B'],
  ]);
  const subs = await db.submission.findMany({ where: { conferenceId: f.conferenceId }, select: { code: true, slots: { where: { versionId: f.versionId } } } });
  const hhmm = (d: Date) => d.toISOString().slice(11, 16);
  return Object.fromEntries(
    subs.map((s) => {
      const slot = s.slots[0];
      return [s.code, slot && slot.roomId && slot.start && slot.end ? `${rooms.get(slot.roomId)} ${hhmm(slot.start)}–${hhmm(slot.end)}` : null];
    }),
  );
}

/** Everything a refused call must leave alone. */
const snapshot = async () => ({
  revision: (await db.scheduleVersion.findUniqueOrThrow({ where: { id: f.versionId } })).revision,
  slots: await db.scheduleSlot.findMany({ where: { versionId: f.versionId }, orderBy: { id: 'asc' } }),
  audit: await db.auditLogEntry.count({ where: { conferenceId: f.conferenceId } }),
  runs: await db.solverRun.findMany({ where: { conferenceId: f.conferenceId }, orderBy: { id: 'asc' }, select: { id: true, state: true, result: true, error: true } }),
});

/** Starts a run and waits until its worker's outcome is written; answers the run's status then. */
async function solve(mode: 'place' | 'repair' | 'rooms' | 'full' = 'place', timeLimitSeconds = 10) {
  const started = await f.organizer.schedule.solve.start({ slug: f.slug, mode, timeLimitSeconds });
  await solverRunSettled(started.runId);
  return { started, done: (await f.organizer.schedule.solve.status({ slug: f.slug, runId: started.runId }))! };
}

const spot = (roomId: string, roomName: string, from: string, to: string) => ({ roomId, roomName, start: at(from), end: at(to) });

describe('schedule.solve.start and status', () => {
  it('place mode runs in a worker and proposes U1 at 09:00 and U2 at 09:30 in Room B, changing nothing yet', async () => {
    const before = await snapshot();
    const { started, done } = await solve();
    expect([started.state, started.mode, started.timeLimitSeconds, started.baseRevision, started.startedBy, started.preview]).toEqual(['RUNNING', 'place', 10, 0, 'Olga Organizer', null]);
    expect([done.state, done.error, done.applicable, done.baseRevision, done.currentRevision]).toEqual(['DONE', null, true, 0, 0]);
    const p = done.preview!;
    expect([p.status, p.hardConflicts, p.moved, p.unscheduled, p.unplaced]).toEqual([expect.stringMatching(/^(optimal|feasible)$/), 0, [], [], []]);
    // In time order.
    expect(p.placed).toEqual([
      { code: f.codes.U1, title: 'Only early', to: spot(f.roomB, 'Room B', '09:00', '09:30') },
      { code: f.codes.U2, title: 'Any time', to: spot(f.roomB, 'Room B', '09:30', '10:00') },
    ]);
    expect(done.progress.phase).toBe('done');
    expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.createdAt.getTime());
    // The schedule is untouched until the proposal is applied.
    expect({ ...(await snapshot()), runs: [] }).toEqual({ ...before, runs: [] });
  });

  it('status without a run id answers the newest run, and null before the first', async () => {
    expect(await f.organizer.schedule.solve.status({ slug: f.slug })).toBe(null);
    const { started } = await solve();
    expect((await f.organizer.schedule.solve.status({ slug: f.slug }))!.runId).toBe(started.runId);
  });

  it('a second start while one runs is refused with a clear CONFLICT; after cancelling, a new run starts', async () => {
    const first = await f.organizer.schedule.solve.start({ slug: f.slug, mode: 'place', timeLimitSeconds: 30 });
    const second = await failure(f.organizer.schedule.solve.start({ slug: f.slug, mode: 'full', timeLimitSeconds: 5 }));
    expect([second.code, second.message]).toEqual([
      'CONFLICT',
      expect.stringMatching(/^The automatic scheduler is already running for this conference \(place mode, started at \d\d:\d\d by Olga Organizer\): wait for it to finish or cancel it first\.$/),
    ]);
    expect(await db.solverRun.count({ where: { conferenceId: f.conferenceId } })).toBe(1);

    const cancelled = await f.organizer.schedule.solve.discard({ slug: f.slug, runId: first.runId });
    expect([cancelled.state, cancelled.preview]).toEqual(['DISCARDED', null]);
    await solverRunSettled(first.runId);
    expect((await db.solverRun.findUniqueOrThrow({ where: { id: first.runId } })).state).toBe('DISCARDED');

    const { done } = await solve();
    expect(done.state).toBe('DONE');
  });

  it('refuses place mode when nothing is unscheduled, and a time limit outside 1..300 s, starting nothing', async () => {
    await db.submission.updateMany({ where: { code: { in: [f.codes.U1, f.codes.U2] } }, data: { state: 'WITHDRAWN' } });
    expect(await failure(f.organizer.schedule.solve.start({ slug: f.slug, mode: 'place', timeLimitSeconds: 10 }))).toEqual({
      code: 'BAD_REQUEST',
      fields: { mode: 'Nothing is unscheduled.' },
      message: 'Every session is already on the grid: there is nothing to place. Repair conflicts or a full re-schedule move placed sessions.',
    });
    for (const timeLimitSeconds of [0, 301, 2.5]) {
      const refused = await failure(f.organizer.schedule.solve.start({ slug: f.slug, mode: 'full', timeLimitSeconds }));
      expect([refused.code, refused.fields]).toEqual(['BAD_REQUEST', { timeLimitSeconds: 'A time limit of 1 to 300 whole seconds.' }]);
    }
    expect(await db.solverRun.count({ where: { conferenceId: f.conferenceId } })).toBe(0);
  });

  it('reports a run still RUNNING past its time limit + grace as FAILED (its server restarted), and lets a new one start', async () => {
    const stale = await db.solverRun.create({
      data: { conferenceId: f.conferenceId, userId: f.organizerId, mode: 'full', timeLimitSeconds: 5, baseRevision: 0, createdAt: new Date(Date.now() - 5000 - SOLVER_GRACE_MS - 1000) },
    });
    const status = (await f.organizer.schedule.solve.status({ slug: f.slug, runId: stale.id }))!;
    expect([status.state, status.error, status.preview]).toEqual(['FAILED', expiredRunMessage(5), null]);
    expect((await db.solverRun.findUniqueOrThrow({ where: { id: stale.id } })).state).toBe('FAILED');
    const { done } = await solve();
    expect(done.state).toBe('DONE');
  });

  it("does not show another conference's run", async () => {
    const { started } = await solve();
    const mine = f;
    f = await makeFixture();
    expect(await failure(f.organizer.schedule.solve.status({ slug: f.slug, runId: started.runId }))).toEqual({
      code: 'NOT_FOUND',
      fields: {},
      message: 'There is no such run of the automatic scheduler in this conference.',
    });
    f = mine;
  });
});

describe('schedule.solve.applyResult and undo through schedule.applyPlacements', () => {
  it('applies the proposal as one audited step, and undo/redo restore the exact placements', async () => {
    const before = await placements();
    const { done } = await solve();
    const applied = await f.organizer.schedule.solve.applyResult({ slug: f.slug, runId: done.runId, expectedRevision: 0 });
    const iso = (hhmm: string) => at(hhmm).toISOString();
    const byCode = <T extends { code: string }>(xs: T[]) => [...xs].sort((a, b) => a.code.localeCompare(b.code));
    expect([applied.revision, applied.changed, applied.conflicts]).toEqual([1, 2, []]);
    expect(byCode(applied.undo)).toEqual(byCode([
      { code: f.codes.U1, roomId: null, start: null, end: null },
      { code: f.codes.U2, roomId: null, start: null, end: null },
    ]));
    expect(byCode(applied.redo)).toEqual(byCode([
      { code: f.codes.U1, roomId: f.roomB, start: iso('09:00'), end: iso('09:30') },
      { code: f.codes.U2, roomId: f.roomB, start: iso('09:30'), end: iso('10:00') },
    ]));
    const after = await placements();
    expect(after).toEqual({ ...before, [f.codes.U1]: 'Room B 07:00–07:30', [f.codes.U2]: 'Room B 07:30–08:00' });

    const audit = await db.auditLogEntry.findMany({ where: { conferenceId: f.conferenceId } });
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.userId])).toEqual([['schedule.solve.apply', 'SolverRun', done.runId, f.organizerId]]);
    expect(audit[0]!.before).toEqual({ mode: 'place', slots: applied.undo });
    expect(audit[0]!.after).toEqual({ mode: 'place', slots: applied.redo });
    const status = (await f.organizer.schedule.solve.status({ slug: f.slug, runId: done.runId }))!;
    expect([status.state, status.applicable, status.currentRevision]).toEqual(['APPLIED', false, 1]);

    // Applying twice is refused.
    expect(await failure(f.organizer.schedule.solve.applyResult({ slug: f.slug, runId: done.runId, expectedRevision: 1 }))).toEqual({
      code: 'CONFLICT',
      fields: {},
      message: 'This result has already been applied.',
    });

    // Undo: one change back to exactly where everything was; redo: again.
    const undone = await f.organizer.schedule.applyPlacements({ slug: f.slug, expectedRevision: 1, placements: applied.undo });
    expect([undone.revision, undone.changed, byCode(undone.undo), byCode(undone.redo)]).toEqual([2, 2, byCode(applied.redo), byCode(applied.undo)]);
    expect(await placements()).toEqual(before);
    const redone = await f.organizer.schedule.applyPlacements({ slug: f.slug, expectedRevision: 2, placements: applied.redo });
    expect([redone.revision, redone.changed]).toEqual([3, 2]);
    expect(await placements()).toEqual(after);
    const actions = await db.auditLogEntry.findMany({ where: { conferenceId: f.conferenceId }, orderBy: { createdAt: 'asc' }, select: { action: true, entity: true, entityId: true } });
    expect(actions).toEqual([
      { action: 'schedule.solve.apply', entity: 'SolverRun', entityId: done.runId },
      { action: 'schedule.placements', entity: 'ScheduleVersion', entityId: f.versionId },
      { action: 'schedule.placements', entity: 'ScheduleVersion', entityId: f.versionId },
    ]);
  });

  it('refuses a result when the schedule changed since the run started, and a stale grid, changing nothing', async () => {
    const { done } = await solve();
    await f.organizer.schedule.unschedule({ slug: f.slug, code: f.codes.A2, expectedRevision: 0 });
    const before = await snapshot();
    expect(await failure(f.organizer.schedule.solve.applyResult({ slug: f.slug, runId: done.runId, expectedRevision: 1 }))).toEqual({
      code: 'CONFLICT',
      fields: { expectedRevision: '1' },
      message: 'The schedule changed since the automatic scheduler started (revision 0, now 1): this result no longer fits it. Discard it and run the scheduler again.',
    });
    expect(await snapshot()).toEqual(before);
    const status = (await f.organizer.schedule.solve.status({ slug: f.slug, runId: done.runId }))!;
    expect([status.state, status.applicable, status.baseRevision, status.currentRevision]).toEqual(['DONE', false, 0, 1]);

    // A run on the new schedule, applied from a grid that is one revision behind it: refused like any stale change.
    const { done: fresh } = await solve();
    expect(await failure(f.organizer.schedule.solve.applyResult({ slug: f.slug, runId: fresh.runId, expectedRevision: 0 }))).toEqual({
      code: 'CONFLICT',
      fields: { expectedRevision: '1' },
      message: 'The schedule changed since you loaded it (revision 0, now 1): it has been refreshed; please try again.',
    });
    expect((await f.organizer.schedule.solve.status({ slug: f.slug, runId: fresh.runId }))!.state).toBe('DONE');
    expect({ ...(await snapshot()), runs: [] }).toEqual({ ...before, runs: [] });
  });

  it('discards a finished proposal: it can no longer be applied, and nothing changed', async () => {
    const { done } = await solve();
    const before = await snapshot();
    const discarded = await f.organizer.schedule.solve.discard({ slug: f.slug, runId: done.runId });
    expect([discarded.state, discarded.preview]).toEqual(['DISCARDED', null]);
    expect(await failure(f.organizer.schedule.solve.applyResult({ slug: f.slug, runId: done.runId, expectedRevision: 0 }))).toEqual({
      code: 'CONFLICT',
      fields: {},
      message: 'This result was discarded: run the automatic scheduler again.',
    });
    expect(await failure(f.organizer.schedule.solve.discard({ slug: f.slug, runId: done.runId }))).toEqual({ code: 'CONFLICT', fields: {}, message: 'This result has already been discarded.' });
    const after = await snapshot();
    expect({ ...after, runs: after.runs.map((r) => ({ ...r, state: 'DONE' })) }).toEqual(before);
  });
});

describe('schedule.applyPlacements', () => {
  it('refuses a batch that causes a blocking conflict, naming it, and writes nothing', async () => {
    const before = await snapshot();
    const refused = await failure(
      f.organizer.schedule.applyPlacements({
        slug: f.slug,
        expectedRevision: 0,
        placements: [
          { code: f.codes.U2, roomId: f.roomB, start: at('09:00').toISOString(), end: at('09:30').toISOString() },
          { code: f.codes.U1, roomId: f.roomA, start: at('09:00').toISOString(), end: at('09:30').toISOString() },
        ],
      }),
    );
    expect([refused.code, Object.keys(refused.fields ?? {})]).toEqual(['CONFLICT', ['room_overlap']]);
    expect(refused.message).toBe(`These changes are refused: ${refused.fields!.room_overlap}`);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a stale revision, an unknown session, a half-given placement, a day outside the conference and nothing to change', async () => {
    const before = await snapshot();
    const iso = (h: string) => at(h).toISOString();
    const call = (expectedRevision: number, placements: { code: string; roomId: string | null; start: string | null; end: string | null }[]) =>
      failure(f.organizer.schedule.applyPlacements({ slug: f.slug, expectedRevision, placements }));
    expect(await call(3, [{ code: f.codes.U1, roomId: f.roomB, start: iso('09:00'), end: iso('09:30') }])).toEqual({
      code: 'CONFLICT',
      fields: { expectedRevision: '0' },
      message: 'The schedule changed since you loaded it (revision 3, now 0): it has been refreshed; please try again.',
    });
    expect(await call(0, [{ code: 'NOPE', roomId: null, start: null, end: null }])).toEqual({
      code: 'NOT_FOUND',
      fields: { placements: 'NOPE cannot be scheduled.' },
      message: 'There is no accepted or confirmed session NOPE in this conference.',
    });
    expect(await call(0, [{ code: f.codes.U1, roomId: f.roomB, start: null, end: null }])).toEqual({
      code: 'BAD_REQUEST',
      fields: { 'placements.0.roomId': 'Give a room, a start and an end, or none of them to take the session off the grid.' },
      message: expect.any(String),
    });
    const outside = await call(0, [{ code: f.codes.U1, roomId: f.roomB, start: iso('10:00'), end: iso('10:30') }]);
    expect([outside.code, outside.message]).toEqual(['BAD_REQUEST', `Session ${f.codes.U1}: Mon 6 May 10:00–10:30 is outside the conference days (Mon 6 May 09:00–10:00).`]);
    expect(await call(0, [{ code: f.codes.A1, roomId: f.roomA, start: iso('09:00'), end: iso('09:30') }])).toEqual({
      code: 'BAD_REQUEST',
      fields: {},
      message: 'Nothing to change: every session is already where given.',
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('schedule.solve and applyPlacements: who may call', () => {
  // One finished run serves every call (each solve starts a worker thread, which takes a moment).
  it("start, status, applyResult, discard and applyPlacements refuse anonymous, speaker, reviewer and another conference's organizer, changing nothing", async () => {
    const { done } = await solve();
    const calls: Record<string, (api: Api) => Promise<unknown>> = {
      start: (api) => api.schedule.solve.start({ slug: f.slug, mode: 'full', timeLimitSeconds: 5 }),
      status: (api) => api.schedule.solve.status({ slug: f.slug, runId: done.runId }),
      latestStatus: (api) => api.schedule.solve.status({ slug: f.slug }),
      applyResult: (api) => api.schedule.solve.applyResult({ slug: f.slug, runId: done.runId, expectedRevision: 0 }),
      discard: (api) => api.schedule.solve.discard({ slug: f.slug, runId: done.runId }),
      applyPlacements: (api) =>
        api.schedule.applyPlacements({ slug: f.slug, expectedRevision: 0, placements: [{ code: f.codes.U1, roomId: f.roomB, start: at('09:00').toISOString(), end: at('09:30').toISOString() }] }),
    };
    const before = await snapshot();
    for (const [name, call] of Object.entries(calls)) {
      for (const who of f.strangers) {
        expect([name, who.name, await failure(call(who.api))]).toEqual([name, who.name, { code: who.code, fields: undefined, message: who.message }]);
      }
    }
    expect(await snapshot()).toEqual(before);
    // The organizer's run is still there to apply.
    expect((await f.organizer.schedule.solve.status({ slug: f.slug, runId: done.runId }))!.state).toBe('DONE');
  });
});
