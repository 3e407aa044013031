import { clearSlotPlacement, findEditorSession, setProposalState } from '@podium/db';
import { DomainError, restoreSessionState } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule, placedSlotOf } from '../schedule/editor-state.ts';
import { restoreSessionInput, restoreSessionOutput } from './restore-session.schema.ts';

/** The audit action of a restored session (listed with the schedule's changes). */
export const RESTORE_AUDIT_ACTION = 'schedule.session.restore';

/**
 * Organizers take a cancellation back (pretalx lets organizers accept a cancelled submission again; speakers cannot):
 * the session is accepted again, so its speakers confirm again, and it waits off the grid until someone places it.
 * Audited and bumping the work-in-progress revision like the cancellation; it notifies nobody.
 */
export const restoreSessionProcedure = organizerProcedure
  .input(restoreSessionInput)
  .output(restoreSessionOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    return changeSchedule(ctx, null, async (tx, version) => {
      const session = await findEditorSession(tx, conferenceId, input.code, version.id);
      if (!session) throw new DomainError('NOT_FOUND', `There is no session ${input.code} in this conference.`);
      const to = restoreSessionState(session.state);
      if (!(await setProposalState(tx, session.id, session.state, to))) {
        throw new DomainError('CONFLICT', 'This session was changed meanwhile: reload the page and try again.');
      }
      // A placement left from before (a session cancelled outside this app) would come back unchecked: clear it.
      const stale = placedSlotOf(session);
      if (stale) await clearSlotPlacement(tx, stale.id);
      return {
        result: { code: session.code, title: session.title, state: to },
        audit: {
          action: RESTORE_AUDIT_ACTION,
          entity: 'Submission',
          entityId: session.id,
          before: { code: session.code, title: session.title, state: session.state },
          after: { code: session.code, title: session.title, state: to },
        },
      };
    });
  });
