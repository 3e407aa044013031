import { updateOutboxMailsIfState } from '@podium/db';
import { DISCARDABLE_STATES } from '@podium/domain';
import { outboxProcedure } from './mail-procedure.ts';
import { discardOutboxInput, discardOutboxOutput } from './discard-outbox.schema.ts';

/** mail.outbox.discard: pending or failed mails are never sent; they stay in the log as discarded. */
export const discardOutboxProcedure = outboxProcedure
  .input(discardOutboxInput)
  .output(discardOutboxOutput)
  .mutation(async ({ ctx, input }) => {
    const ids = [...new Set(input.ids)];
    const discarded = await updateOutboxMailsIfState(ctx.db, { conferenceId: ctx.conference.id, ids, from: DISCARDABLE_STATES }, { state: 'DISCARDED' });
    return { discarded, skipped: ids.length - discarded };
  });
