import { deleteMailTemplateOverride, upsertMailTemplateOverride } from '@podium/db';
import { DEFAULT_MAIL_TEMPLATES, validateTemplate } from '@podium/domain';
import { mailTemplatesProcedure } from './mail-procedure.ts';
import { toTemplateView } from './shared.schema.ts';
import { updateTemplateInput, updateTemplateOutput } from './update-template.schema.ts';

/**
 * mail.templates.update: saves the conference's wording of one kind of mail after checking it (INVALID with a message
 * per field, nothing saved). Mails already in the outbox keep the text they were written with.
 */
export const updateTemplateProcedure = mailTemplatesProcedure
  .input(updateTemplateInput)
  .output(updateTemplateOutput)
  .mutation(async ({ ctx, input }) => {
    const text = { subject: input.subject.trim(), body: input.body };
    validateTemplate(input.key, text);
    const def = DEFAULT_MAIL_TEMPLATES[input.key];
    // Saving the default wording is the same as using the default: no override is kept.
    if (text.subject === def.subject && text.body === def.body) {
      await deleteMailTemplateOverride(ctx.db, ctx.conference.id, input.key);
      return { template: toTemplateView(input.key, null) };
    }
    const row = await upsertMailTemplateOverride(ctx.db, ctx.conference.id, input.key, text);
    return { template: toTemplateView(input.key, row) };
  });
