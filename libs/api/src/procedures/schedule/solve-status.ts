import { findLatestSolverRun } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { readRun, runOutput, settleExpiredRun } from './solve-common.ts';
import { solveStatusInput, solveStatusOutput } from './solve-status.schema.ts';

/**
 * A run's state, read from the database on every call (the grid polls it about every 500 ms): progress while it runs,
 * and once done the proposal as a diff against the schedule it started from. A run past its time limit + grace that
 * is still RUNNING (its server restarted) is reported, and recorded, as FAILED.
 */
export const solveStatusProcedure = organizerProcedure
  .input(solveStatusInput)
  .output(solveStatusOutput)
  .query(async ({ ctx, input }) => {
    if (input.runId) return runOutput(ctx.db, ctx.conference, await readRun(ctx.db, ctx.conference.id, input.runId));
    const latest = await findLatestSolverRun(ctx.db, ctx.conference.id);
    return latest ? runOutput(ctx.db, ctx.conference, await settleExpiredRun(ctx.db, latest)) : null;
  });
