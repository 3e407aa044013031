import { findMailTemplateOverride } from '@podium/db';
import { DEFAULT_MAIL_TEMPLATES, exampleValues, previewTemplate } from '@podium/domain';
import { mailTemplatesProcedure } from './mail-procedure.ts';
import { previewTemplateInput, previewTemplateOutput } from './preview-template.schema.ts';

/** mail.templates.preview: a template filled with example values (and the conference's real name). */
export const previewTemplateProcedure = mailTemplatesProcedure
  .input(previewTemplateInput)
  .output(previewTemplateOutput)
  .query(async ({ ctx, input }) => {
    const given = input.subject !== undefined && input.body !== undefined ? { subject: input.subject, body: input.body } : null;
    const template = given ?? (await findMailTemplateOverride(ctx.db, ctx.conference.id, input.key)) ?? DEFAULT_MAIL_TEMPLATES[input.key];
    const rendered = previewTemplate(input.key, { subject: template.subject, body: template.body }, ctx.conference.name);
    return { ...rendered, values: exampleValues(input.key, ctx.conference.name) };
  });
