import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { mailTemplateKeySchema, mailTemplateSchema } from './shared.schema.ts';

export const MAX_TEMPLATE_SUBJECT = 300;
export const MAX_TEMPLATE_BODY = 20_000;

export const updateTemplateInput = conferenceInput.extend({
  key: mailTemplateKeySchema,
  subject: z.string().max(MAX_TEMPLATE_SUBJECT, `The subject is too long (at most ${MAX_TEMPLATE_SUBJECT} characters).`),
  body: z.string().max(MAX_TEMPLATE_BODY, `The text is too long (at most ${MAX_TEMPLATE_BODY} characters).`),
});
export const updateTemplateOutput = z.object({ template: mailTemplateSchema });
