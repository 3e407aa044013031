import { deleteMailTemplateOverride } from '@podium/db';
import { mailTemplatesProcedure } from './mail-procedure.ts';
import { resetTemplateInput, resetTemplateOutput } from './reset-template.schema.ts';
import { toTemplateView } from './shared.schema.ts';

/** mail.templates.reset: back to Podium's default wording for one kind of mail. */
export const resetTemplateProcedure = mailTemplatesProcedure
  .input(resetTemplateInput)
  .output(resetTemplateOutput)
  .mutation(async ({ ctx, input }) => {
    const hadOverride = await deleteMailTemplateOverride(ctx.db, ctx.conference.id, input.key);
    return { template: toTemplateView(input.key, null), hadOverride };
  });
