import { listOutboxMailIds } from '@podium/db';
import { DomainError, describeSendResult, SENDABLE_STATES } from '@podium/domain';
import { smtpStatus, SMTP_NOT_CONFIGURED } from '../../services/smtp.ts';
import { outboxProcedure } from './mail-procedure.ts';
import { deliverOutboxMails } from './deliver.ts';
import { sendOutboxInput, sendOutboxOutput } from './send-outbox.schema.ts';

/**
 * mail.outbox.send: delivers the chosen mails, or all pending ones, over SMTP. Without a usable SMTP_URL it refuses
 * and changes nothing. Returns what was sent and what failed (failed mails keep their error and can be sent again).
 */
export const sendOutboxProcedure = outboxProcedure
  .input(sendOutboxInput)
  .output(sendOutboxOutput)
  .mutation(async ({ ctx, input }) => {
    const smtp = smtpStatus(ctx.conference.mailFrom);
    if (!smtp.configured) throw new DomainError('CONFLICT', smtp.problem ? `${smtp.problem} Mails stay in the outbox.` : SMTP_NOT_CONFIGURED);
    const asked = input.ids ? [...new Set(input.ids)] : null;
    const ids = asked ? await listOutboxMailIds(ctx.db, ctx.conference.id, SENDABLE_STATES, asked) : await listOutboxMailIds(ctx.db, ctx.conference.id, ['PENDING']);
    const r = await deliverOutboxMails(ctx.db, ctx.conference.id, smtp.from, ids);
    const skipped = r.skipped + (asked ? asked.length - ids.length : 0);
    return { sent: r.sent, failed: r.failed, skipped, message: describeSendResult({ sent: r.sent, failed: r.failed.length, skipped }) };
  });
