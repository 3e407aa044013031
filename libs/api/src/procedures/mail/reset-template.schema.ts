import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { mailTemplateKeySchema, mailTemplateSchema } from './shared.schema.ts';

export const resetTemplateInput = conferenceInput.extend({ key: mailTemplateKeySchema });
export const resetTemplateOutput = z.object({
  template: mailTemplateSchema,
  /** False when the conference was already using the default. */
  hadOverride: z.boolean(),
});
