import { createSolverRun, ensureWorkInProgressVersion, findUserNames, listRunningSolverRuns } from '@podium/db';
import { DomainError, solverAlreadyRunning } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { launchSolverRun } from '../../services/solver-runner.ts';
import { loadSolverInput, runOutput, settleExpiredRun } from './solve-common.ts';
import { solveStartInput, solveStartOutput } from './solve-start.schema.ts';

/**
 * Starts the automatic scheduler on the work-in-progress schedule and returns at once: the run (RUNNING) is created
 * with the revision it starts from, and the solver works in a worker thread (services/solver-runner.ts) while the grid
 * polls solve.status. One run per conference at a time: the conference row is locked while checking, so two
 * organizers starting at once get one run and one clear refusal.
 */
export const solveStartProcedure = organizerProcedure
  .input(solveStartInput)
  .output(solveStartOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const { run, job } = await ctx.db.$transaction(
      async (tx) => {
        const version = await ensureWorkInProgressVersion(tx, conferenceId);
        for (const other of await listRunningSolverRuns(tx, conferenceId)) {
          const now = await settleExpiredRun(tx, other);
          if (now.state === 'RUNNING') {
            const names = now.userId ? await findUserNames(tx, [now.userId]) : new Map<string, string>();
            throw solverAlreadyRunning(now, now.userId ? (names.get(now.userId) ?? null) : null, ctx.conference.timeZone);
          }
        }
        const { state, input: solverInput, sessions } = await loadSolverInput(tx, conferenceId, version.id);
        if (state.sessions.length === 0) throw new DomainError('INVALID', 'There are no accepted or confirmed sessions to schedule yet.');
        if (state.setup.rooms.length === 0) throw new DomainError('INVALID', 'This conference has no rooms yet: add rooms before running the automatic scheduler.');
        if (input.mode === 'place' && state.placed.length === state.sessions.length) {
          throw new DomainError('INVALID', 'Every session is already on the grid: there is nothing to place. Repair conflicts or a full re-schedule move placed sessions.', {
            mode: 'Nothing is unscheduled.',
          });
        }
        if (input.mode === 'rooms' && state.placed.length === 0) {
          throw new DomainError('INVALID', 'No session is on the grid yet: rooms only keeps times and needs placed sessions. Place unscheduled sessions first.', {
            mode: 'Nothing is placed.',
          });
        }
        const created = await createSolverRun(tx, {
          conferenceId,
          userId: ctx.user.id,
          mode: input.mode,
          timeLimitSeconds: input.timeLimitSeconds,
          baseRevision: version.revision,
          progress: { phase: 'starting', elapsedMs: 0, placed: state.placed.length, total: state.sessions.length, bestScore: null },
        });
        return { run: created, job: { runId: created.id, mode: input.mode, timeLimitSeconds: input.timeLimitSeconds, input: solverInput, sessions } };
      },
      { timeout: 30_000, maxWait: 20_000 },
    );
    launchSolverRun(ctx.db, job);
    return runOutput(ctx.db, ctx.conference, run);
  });
