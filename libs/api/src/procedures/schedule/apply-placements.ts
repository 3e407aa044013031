import { DomainError } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule, loadEditorState } from './editor-state.ts';
import { applyPlacementBatch, type BatchTarget } from './placements-batch.ts';
import { applyPlacementsInput, applyPlacementsOutput } from './apply-placements.schema.ts';

/**
 * Puts many sessions where given (or off the grid) as ONE change: one revision, one audit entry
 * 'schedule.placements' with every changed slot's before/after, conflicts of the result checked in bulk (a blocking
 * one refuses everything). The grid's undo/redo of an applied solver result goes through here; the answer carries the
 * placements that undo this change in turn.
 */
export const applyPlacementsProcedure = organizerProcedure
  .input(applyPlacementsInput)
  .output(applyPlacementsOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    return changeSchedule(ctx, input.expectedRevision, async (tx, version) => {
      const state = await loadEditorState(tx, conferenceId, version.id);
      const byCode = new Map(state.sessions.map((s) => [s.code, s]));
      const targets: BatchTarget[] = input.placements.map((p) => {
        const session = byCode.get(p.code);
        if (!session) throw new DomainError('NOT_FOUND', `There is no accepted or confirmed session ${p.code} in this conference.`, { placements: `${p.code} cannot be scheduled.` });
        return { session, to: p.roomId !== null && p.start !== null && p.end !== null ? { roomId: p.roomId, start: new Date(p.start), end: new Date(p.end) } : null };
      });
      const outcome = await applyPlacementBatch(tx, state, version.id, targets);
      return {
        result: { changed: outcome.changed, undo: outcome.undo, redo: outcome.redo, conflicts: outcome.conflicts },
        audit: { action: 'schedule.placements', entity: 'ScheduleVersion', entityId: version.id, before: outcome.audit.before, after: outcome.audit.after },
      };
    });
  });
