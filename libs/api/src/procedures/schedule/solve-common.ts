// Glue of the automatic scheduler's procedures: the solver's input from the work-in-progress schedule (the editor's
// own loading, see editor-state.ts), a run read with its expiry applied, and a run as the API answers it (progress,
// and for a finished run the proposal as a diff: moved, newly placed, taken off, not placed with reasons).
import { z } from 'zod';
import { failSolverRun, findRevision, findRooms, findSolverRun, findUserNames, findWorkInProgressVersion, type Db, type DbOrTx } from '@podium/db';
import {
  DomainError,
  expiredRunMessage,
  sessionMinutes,
  solverInputFromRows,
  solverRunDeadline,
  type SolverInput,
} from '@podium/domain';
import { solverGraceMs, stopSolverRun } from '../../services/solver-runner.ts';
import { loadEditorState, placedSlotOf } from './editor-state.ts';
import { SOLVER_RUN_STATES, type SolverRunOutput } from './solve-common.schema.ts';

type SolverRunRow = NonNullable<Awaited<ReturnType<typeof findSolverRun>>>;

/** The solver's input from the work-in-progress schedule, with every session's code and title by id. */
export async function loadSolverInput(db: DbOrTx, conferenceId: string, versionId: string | null) {
  const state = await loadEditorState(db, conferenceId, versionId);
  const input: SolverInput = solverInputFromRows({
    timeZone: state.setup.timeZone,
    travelBufferMinutes: state.setup.travelBufferMinutes,
    conflictSeverities: state.setup.conflictSeverities,
    days: state.days,
    rooms: state.setup.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, availability: r.availability })),
    tracks: state.setup.tracks,
    blocks: state.blocks,
    sessions: state.sessions.map((s) => {
      const slot = placedSlotOf(s);
      return {
        id: s.id,
        title: s.title,
        trackId: s.trackId,
        expectedAudience: s.expectedAudience,
        durationMinutes: sessionMinutes(s.durationMinutes, s.sessionType.defaultDurationMinutes),
        speakers: s.speakers.map(({ speakerProfile: p }) => ({ id: p.id, name: p.user.name, availability: p.availability })),
        placement: slot ? { roomId: slot.roomId, start: slot.start, end: slot.end } : null,
        pinned: slot?.pinned ?? false,
      };
    }),
  });
  const sessions = new Map(state.sessions.map((s) => [s.id, { code: s.code, title: s.title }]));
  return { state, input, sessions };
}

/**
 * A run still RUNNING past its time limit + grace is failed here (its worker is stopped if this process runs it; else
 * its server restarted and nothing runs it any more). Returns the run as it now is.
 */
export async function settleExpiredRun(db: DbOrTx, run: SolverRunRow, now = new Date()): Promise<SolverRunRow> {
  if (run.state !== 'RUNNING') return run;
  const graceMs = solverGraceMs();
  if (now.getTime() <= solverRunDeadline(run.createdAt, run.timeLimitSeconds, graceMs).getTime()) return run;
  const error = expiredRunMessage(run.timeLimitSeconds, graceMs);
  if (await failSolverRun(db, run.id, error, now)) {
    await stopSolverRun(run.id);
    return { ...run, state: 'FAILED', error, finishedAt: now };
  }
  return (await findSolverRun(db, run.conferenceId, run.id)) ?? run;
}

/** A run of this conference, expiry applied; NOT_FOUND (the same for another conference's run) otherwise. */
export async function readRun(db: DbOrTx, conferenceId: string, runId: string): Promise<SolverRunRow> {
  const run = await findSolverRun(db, conferenceId, runId);
  if (!run) throw new DomainError('NOT_FOUND', 'There is no such run of the automatic scheduler in this conference.');
  return settleExpiredRun(db, run);
}

const placementJson = z.object({ roomId: z.string(), start: z.coerce.date(), end: z.coerce.date() });
/** The runner's StoredSolverResult as read back from JSON (instants were written as ISO strings). */
const storedSchema = z.object({
  solver: z.object({
    mode: z.string(),
    status: z.enum(['optimal', 'feasible', 'partial']),
    placements: z.array(placementJson.extend({ sessionId: z.string() })),
    changes: z.array(z.object({ sessionId: z.string(), kind: z.enum(['placed', 'moved', 'unscheduled']), from: placementJson.nullable(), to: placementJson.nullable() })),
    unplaced: z.array(z.object({ sessionId: z.string(), title: z.string(), reasons: z.array(z.string()) })),
    objective: z.object({ total: z.number(), parts: z.record(z.string(), z.number()) }),
    roomsUsed: z.number(),
    hardConflicts: z.number(),
    timings: z.object({ firstFeasibleMs: z.number().nullable(), totalMs: z.number() }),
  }),
  sessions: z.record(z.string(), z.object({ code: z.string(), title: z.string() })),
});
export type StoredResult = z.infer<typeof storedSchema>;

/** A finished run's stored result, instants as Dates. */
export function storedResult(run: { result: unknown }): StoredResult | null {
  if (run.result === null || run.result === undefined) return null;
  const parsed = storedSchema.safeParse(run.result);
  if (!parsed.success) throw new Error(`Solver run result has an unexpected shape: ${parsed.error.message}`);
  return parsed.data;
}

const progressSchema = z.object({
  phase: z.string().catch('starting'),
  elapsedMs: z.number().catch(0),
  placed: z.number().int().catch(0),
  total: z.number().int().catch(0),
  bestScore: z.number().nullable().catch(null),
});

/** The run as the API answers it. */
export async function runOutput(db: Db, conference: { id: string }, run: SolverRunRow, now = new Date()): Promise<SolverRunOutput> {
  const version = await findWorkInProgressVersion(db, conference.id);
  const currentRevision = version ? await findRevision(db, version.id) : 0;
  const names = run.userId ? await findUserNames(db, [run.userId]) : new Map<string, string>();
  const progress = progressSchema.parse(run.progress ?? {});
  const end = run.finishedAt ?? (run.state === 'RUNNING' ? now : run.createdAt);
  const stored = run.state === 'DONE' || run.state === 'APPLIED' ? storedResult(run) : null;
  let preview: SolverRunOutput['preview'] = null;
  if (stored) {
    const rooms = new Map((await findRooms(db, conference.id)).map((r) => [r.id, r.name]));
    const spot = (p: { roomId: string; start: Date; end: Date }) => ({ roomId: p.roomId, roomName: rooms.get(p.roomId) ?? 'a deleted room', start: p.start, end: p.end });
    const named = (id: string, fallbackTitle = id) => stored.sessions[id] ?? { code: id, title: fallbackTitle };
    const s = stored.solver;
    // Lists in time order (then by code), as the organizer reads the grid.
    const byTime = <T extends { code: string }>(at: (x: T) => Date) => (a: T, b: T) => at(a).getTime() - at(b).getTime() || a.code.localeCompare(b.code);
    preview = {
      status: s.status,
      moved: s.changes
        .flatMap((c) => (c.kind === 'moved' && c.from && c.to ? [{ ...named(c.sessionId), from: spot(c.from), to: spot(c.to) }] : []))
        .sort(byTime((x) => x.to.start)),
      placed: s.changes.flatMap((c) => (c.kind === 'placed' && c.to ? [{ ...named(c.sessionId), to: spot(c.to) }] : [])).sort(byTime((x) => x.to.start)),
      unscheduled: s.changes
        .flatMap((c) => (c.kind === 'unscheduled' && c.from ? [{ ...named(c.sessionId), from: spot(c.from) }] : []))
        .sort(byTime((x) => x.from.start)),
      unplaced: s.unplaced.map((u) => ({ ...named(u.sessionId, u.title), reasons: u.reasons })).sort((a, b) => a.code.localeCompare(b.code)),
      objective: {
        total: s.objective.total,
        parts: Object.entries(s.objective.parts)
          .map(([name, value]) => ({ name, value }))
          .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name)),
      },
      hardConflicts: s.hardConflicts,
      roomsUsed: s.roomsUsed,
      firstFeasibleMs: s.timings.firstFeasibleMs,
      totalMs: s.timings.totalMs,
    };
  }
  return {
    runId: run.id,
    mode: run.mode as SolverRunOutput['mode'],
    state: (SOLVER_RUN_STATES as readonly string[]).includes(run.state) ? (run.state as SolverRunOutput['state']) : 'FAILED',
    timeLimitSeconds: run.timeLimitSeconds,
    baseRevision: run.baseRevision,
    currentRevision,
    applicable: run.state === 'DONE' && currentRevision === run.baseRevision,
    startedBy: run.userId ? (names.get(run.userId) ?? null) : null,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    error: run.error,
    progress: { ...progress, elapsedMs: Math.max(0, end.getTime() - run.createdAt.getTime()) },
    preview,
  };
}
