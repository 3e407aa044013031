import { clearSlotPlacement, findEditorSession, setProposalState } from '@podium/db';
import { cancelSessionState, DomainError } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule, placedSlotOf, placementJson } from '../schedule/editor-state.ts';
import { cancelSessionInput, cancelSessionOutput } from './cancel-session.schema.ts';

/** The audit action of a cancellation (listed with the schedule's changes). */
export const CANCEL_AUDIT_ACTION = 'schedule.session.cancel';

/**
 * Organizers call off an accepted or confirmed session (pretalx's `cancel`). In one change of the work-in-progress
 * schedule: the state becomes CANCELED (compare-and-set, so a speaker's click meanwhile is not overwritten), its
 * placement leaves the grid (as pretalx deletes the talk's work-in-progress slot), the revision goes up so open grids
 * and release pages reload, and the change is audited. It notifies nobody: the public schedule keeps the session until
 * the next release, whose changelog lists it as cancelled.
 */
export const cancelSessionProcedure = organizerProcedure
  .input(cancelSessionInput)
  .output(cancelSessionOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    return changeSchedule(ctx, null, async (tx, version) => {
      const session = await findEditorSession(tx, conferenceId, input.code, version.id);
      if (!session) throw new DomainError('NOT_FOUND', `There is no session ${input.code} in this conference.`);
      const to = cancelSessionState(session.state);
      if (!(await setProposalState(tx, session.id, session.state, to))) {
        throw new DomainError('CONFLICT', 'This session was changed meanwhile: reload the page and try again.');
      }
      const placed = placedSlotOf(session);
      if (placed) await clearSlotPlacement(tx, placed.id);
      return {
        result: { code: session.code, title: session.title, state: to, unscheduled: placed && { roomId: placed.roomId, start: placed.start, end: placed.end } },
        audit: {
          action: CANCEL_AUDIT_ACTION,
          entity: 'Submission',
          entityId: session.id,
          before: { code: session.code, title: session.title, state: session.state, placement: placementJson(session.code, placed) },
          after: { code: session.code, title: session.title, state: to },
        },
      };
    });
  });
