import { findEditorSession, setSlotPinned } from '@podium/db';
import { DomainError } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule, placedSlotOf } from './editor-state.ts';
import { pinInput, pinOutput } from './pin.schema.ts';

/** Pins a placed session (the automatic scheduler leaves it where it is) or unpins it. */
export const pinProcedure = organizerProcedure
  .input(pinInput)
  .output(pinOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    return changeSchedule(ctx, input.expectedRevision, async (tx, version) => {
      const session = await findEditorSession(tx, conferenceId, input.code, version.id);
      if (!session) throw new DomainError('NOT_FOUND', `There is no session ${input.code} in this conference.`);
      const slot = placedSlotOf(session);
      if (!slot) throw new DomainError('INVALID', `Session ${input.code} is not on the grid: place it before pinning it.`, { code: 'Place the session first.' });
      const saved = await setSlotPinned(tx, slot.id, input.pinned);
      return {
        result: { slotId: saved.id, pinned: saved.pinned },
        audit: { action: 'schedule.pin', entity: 'ScheduleSlot', entityId: slot.id, before: { code: session.code, pinned: slot.pinned }, after: { code: session.code, pinned: saved.pinned } },
      };
    });
  });
