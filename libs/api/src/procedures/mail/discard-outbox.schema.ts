import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { mailIdSchema } from './shared.schema.ts';

export const discardOutboxInput = conferenceInput.extend({
  ids: z.array(mailIdSchema).min(1, 'Choose at least one mail.').max(1000, 'Discard at most 1000 mails at once.'),
});

export const discardOutboxOutput = z.object({
  discarded: z.number().int(),
  /** Asked for but not discarded: already sent, being sent, already discarded, or unknown. */
  skipped: z.number().int(),
});
