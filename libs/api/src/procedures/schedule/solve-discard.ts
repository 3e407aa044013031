import { transitionSolverRun } from '@podium/db';
import { DomainError } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { stopSolverRun } from '../../services/solver-runner.ts';
import { readRun, runOutput } from './solve-common.ts';
import { solveDiscardInput, solveDiscardOutput } from './solve-discard.schema.ts';

/**
 * Throws a run's proposal away: a running one is cancelled (its worker stopped), a finished one is dropped. The
 * schedule is untouched either way. Applied, failed or already discarded runs are refused with the reason.
 */
export const solveDiscardProcedure = organizerProcedure
  .input(solveDiscardInput)
  .output(solveDiscardOutput)
  .mutation(async ({ ctx, input }) => {
    const run = await readRun(ctx.db, ctx.conference.id, input.runId);
    if (run.state === 'APPLIED') throw new DomainError('CONFLICT', 'This result has already been applied: use Undo on the grid to revert it.');
    if (run.state === 'DISCARDED') throw new DomainError('CONFLICT', 'This result has already been discarded.');
    if (run.state === 'FAILED') throw new DomainError('CONFLICT', `This run failed, so there is nothing to discard: ${run.error ?? 'no reason was recorded.'}`);
    const now = new Date();
    if (!(await transitionSolverRun(ctx.db, run.id, [run.state], 'DISCARDED', run.state === 'RUNNING' ? now : undefined))) {
      throw new DomainError('CONFLICT', 'This run changed meanwhile (it finished, or someone else applied or discarded it): look at it again.');
    }
    if (run.state === 'RUNNING') await stopSolverRun(run.id);
    return runOutput(ctx.db, ctx.conference, await readRun(ctx.db, ctx.conference.id, run.id));
  });
