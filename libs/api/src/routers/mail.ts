// The mail area's procedures (one file each under procedures/mail/); this file only wires them.
import { router } from '../trpc.ts';
import { getStatusProcedure } from '../procedures/mail/get-status.ts';
import { listOutboxProcedure } from '../procedures/mail/list-outbox.ts';
import { getOutboxMailProcedure } from '../procedures/mail/get-outbox-mail.ts';
import { updateOutboxMailProcedure } from '../procedures/mail/update-outbox-mail.ts';
import { sendOutboxProcedure } from '../procedures/mail/send-outbox.ts';
import { discardOutboxProcedure } from '../procedures/mail/discard-outbox.ts';
import { listTemplatesProcedure } from '../procedures/mail/list-templates.ts';
import { updateTemplateProcedure } from '../procedures/mail/update-template.ts';
import { resetTemplateProcedure } from '../procedures/mail/reset-template.ts';
import { previewTemplateProcedure } from '../procedures/mail/preview-template.ts';
import { remindUnconfirmedProcedure } from '../procedures/mail/remind-unconfirmed.ts';

export const mailRouter = router({
  status: getStatusProcedure,
  remindUnconfirmed: remindUnconfirmedProcedure,
  outbox: router({
    list: listOutboxProcedure,
    get: getOutboxMailProcedure,
    update: updateOutboxMailProcedure,
    send: sendOutboxProcedure,
    discard: discardOutboxProcedure,
  }),
  templates: router({
    list: listTemplatesProcedure,
    update: updateTemplateProcedure,
    reset: resetTemplateProcedure,
    preview: previewTemplateProcedure,
  }),
});
