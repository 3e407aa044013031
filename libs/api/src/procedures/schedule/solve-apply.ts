import { findRevision, findWorkInProgressVersion, transitionSolverRun } from '@podium/db';
import { DomainError, staleSolverResult } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule, loadEditorState } from './editor-state.ts';
import { applyPlacementBatch, type BatchTarget } from './placements-batch.ts';
import { readRun, storedResult } from './solve-common.ts';
import { solveApplyInput, solveApplyOutput } from './solve-apply.schema.ts';

/**
 * Applies a finished run's proposal as ONE change of the schedule, through the same path as a hand move
 * (changeSchedule: revision check, one transaction, conflicts rechecked on the schedule after the change, audited).
 * Refused when the schedule changed since the run started (its baseRevision), when the run is not DONE, or when a
 * change would now cause a blocking conflict; nothing is written then. One audit entry 'schedule.solve.apply' holds
 * the before/after of every changed slot: it is one step for the organizer (one revision, one Undo), so the log shows
 * it as one. The answer carries what undoes it (schedule.applyPlacements of `undo`).
 */
export const solveApplyProcedure = organizerProcedure
  .input(solveApplyInput)
  .output(solveApplyOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const run = await readRun(ctx.db, conferenceId, input.runId);
    if (run.state === 'RUNNING') throw new DomainError('CONFLICT', 'The automatic scheduler is still running: wait for its result before applying it.');
    if (run.state === 'APPLIED') throw new DomainError('CONFLICT', 'This result has already been applied.');
    if (run.state === 'DISCARDED') throw new DomainError('CONFLICT', 'This result was discarded: run the automatic scheduler again.');
    if (run.state === 'FAILED') throw new DomainError('CONFLICT', `This run failed, so there is nothing to apply: ${run.error ?? 'no reason was recorded.'}`);
    const stored = storedResult(run);
    if (!stored || stored.solver.changes.length === 0) throw new DomainError('INVALID', 'The automatic scheduler proposes no change: there is nothing to apply.');
    const version = await findWorkInProgressVersion(ctx.db, conferenceId);
    const current = version ? await findRevision(ctx.db, version.id) : 0;
    if (current !== run.baseRevision) throw staleSolverResult(run.baseRevision, current);
    // A grid older than the schedule is refused by changeSchedule like any stale change (it refreshes and can retry).

    return changeSchedule(ctx, input.expectedRevision, async (tx, v) => {
      if (!(await transitionSolverRun(tx, run.id, ['DONE'], 'APPLIED'))) {
        throw new DomainError('CONFLICT', 'This result was applied or discarded meanwhile: look at it again.');
      }
      const state = await loadEditorState(tx, conferenceId, v.id);
      const byId = new Map(state.sessions.map((s) => [s.id, s]));
      const targets: BatchTarget[] = stored.solver.changes.map((c) => {
        const session = byId.get(c.sessionId);
        const name = stored.sessions[c.sessionId]?.code ?? c.sessionId;
        if (!session) throw new DomainError('CONFLICT', `Session ${name} is no longer accepted or confirmed: run the automatic scheduler again.`);
        return { session, to: c.to };
      });
      const outcome = await applyPlacementBatch(tx, state, v.id, targets);
      return {
        result: { changed: outcome.changed, undo: outcome.undo, redo: outcome.redo, conflicts: outcome.conflicts },
        audit: {
          action: 'schedule.solve.apply',
          entity: 'SolverRun',
          entityId: run.id,
          before: { mode: run.mode, ...(outcome.audit.before as object) },
          after: { mode: run.mode, ...(outcome.audit.after as object) },
        },
      };
    });
  });
