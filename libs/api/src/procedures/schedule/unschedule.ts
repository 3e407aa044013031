import { clearSlotPlacement, findEditorSession } from '@podium/db';
import { DomainError } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule, placedSlotOf, placementJson } from './editor-state.ts';
import { unscheduleInput, unscheduleOutput } from './unschedule.schema.ts';

/** Takes a session off the grid (back to the sidebar); its pin goes with it. */
export const unscheduleProcedure = organizerProcedure
  .input(unscheduleInput)
  .output(unscheduleOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    return changeSchedule(ctx, input.expectedRevision, async (tx, version) => {
      const session = await findEditorSession(tx, conferenceId, input.code, version.id);
      if (!session) throw new DomainError('NOT_FOUND', `There is no session ${input.code} in this conference.`);
      const before = placedSlotOf(session);
      if (!before) throw new DomainError('INVALID', `Session ${input.code} is not on the grid.`, { code: 'This session is not scheduled.' });
      await clearSlotPlacement(tx, before.id);
      return {
        result: {},
        audit: { action: 'schedule.unschedule', entity: 'ScheduleSlot', entityId: before.id, before: placementJson(session.code, before), after: null },
      };
    });
  });
