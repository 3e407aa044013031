import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { mailTemplateKeySchema } from './shared.schema.ts';
import { MAX_TEMPLATE_BODY, MAX_TEMPLATE_SUBJECT } from './update-template.schema.ts';

/** Without subject and body: the wording in use. With both: that (unsaved) wording. */
export const previewTemplateInput = conferenceInput
  .extend({
    key: mailTemplateKeySchema,
    subject: z.string().max(MAX_TEMPLATE_SUBJECT, `The subject is too long (at most ${MAX_TEMPLATE_SUBJECT} characters).`).optional(),
    body: z.string().max(MAX_TEMPLATE_BODY, `The text is too long (at most ${MAX_TEMPLATE_BODY} characters).`).optional(),
  })
  .refine((i) => (i.subject === undefined) === (i.body === undefined), { message: 'Give both subject and body, or neither.', path: ['body'] });

export const previewTemplateOutput = z.object({
  subject: z.string(),
  body: z.string(),
  /** The example values the placeholders were filled with. */
  values: z.record(z.string(), z.string()),
});
