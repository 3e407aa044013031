import { SMTP_NOT_CONFIGURED, smtpStatus } from '../../services/smtp.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { outboxProcedure } from './mail-procedure.ts';
import { getStatusOutput } from './get-status.schema.ts';

/** mail.status: can this installation deliver mail, and from whom does the conference's mail come. */
export const getStatusProcedure = outboxProcedure.output(getStatusOutput).query(({ ctx }) => {
  const s = smtpStatus(ctx.conference.mailFrom);
  return {
    conference: toConferenceSummary(ctx.conference),
    configured: s.configured,
    from: s.from,
    server: s.server,
    message: s.configured ? null : s.problem ? `${s.problem} Mails stay in the outbox.` : SMTP_NOT_CONFIGURED,
  };
});
