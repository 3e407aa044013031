import { findOutboxMail, updateOutboxMailIfState } from '@podium/db';
import { DomainError, EDITABLE_STATES, notFound, outboxAllows, outboxRefusal, outboxStatus, validateOutboxMail } from '@podium/domain';
import { outboxProcedure } from './mail-procedure.ts';
import { toOutboxMail } from './shared.schema.ts';
import { updateOutboxMailInput, updateOutboxMailOutput } from './update-outbox-mail.schema.ts';

/** mail.outbox.update: change recipient, subject and text of a mail not sent yet (pending, or failed before a retry). */
export const updateOutboxMailProcedure = outboxProcedure
  .input(updateOutboxMailInput)
  .output(updateOutboxMailOutput)
  .mutation(async ({ ctx, input }) => {
    const current = await findOutboxMail(ctx.db, ctx.conference.id, input.id);
    if (!current) throw notFound('This mail');
    if (!outboxAllows('edit', current.state)) throw new DomainError('CONFLICT', outboxRefusal('edit', outboxStatus(current)));
    const text = validateOutboxMail(input);
    // Conditional: a send that claimed the mail meanwhile wins, and the edit is refused rather than lost silently.
    const updated = await updateOutboxMailIfState(ctx.db, { conferenceId: ctx.conference.id, id: input.id, from: EDITABLE_STATES }, text);
    if (!updated) {
      const now = await findOutboxMail(ctx.db, ctx.conference.id, input.id);
      throw now ? new DomainError('CONFLICT', outboxRefusal('edit', outboxStatus(now))) : notFound('This mail');
    }
    const row = await findOutboxMail(ctx.db, ctx.conference.id, input.id);
    if (!row) throw notFound('This mail');
    return { mail: toOutboxMail(row) };
  });
