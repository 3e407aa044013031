import { findOutboxMail } from '@podium/db';
import { notFound } from '@podium/domain';
import { outboxProcedure } from './mail-procedure.ts';
import { getOutboxMailInput, getOutboxMailOutput } from './get-outbox-mail.schema.ts';
import { toOutboxMail } from './shared.schema.ts';

/** mail.outbox.get: one mail of the conference with its body (a mail of another conference is NOT_FOUND). */
export const getOutboxMailProcedure = outboxProcedure
  .input(getOutboxMailInput)
  .output(getOutboxMailOutput)
  .query(async ({ ctx, input }) => {
    const row = await findOutboxMail(ctx.db, ctx.conference.id, input.id);
    if (!row) throw notFound('This mail');
    return { mail: toOutboxMail(row) };
  });
