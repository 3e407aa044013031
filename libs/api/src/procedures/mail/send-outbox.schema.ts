import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { mailIdSchema } from './shared.schema.ts';

/** Either the chosen mails (pending or failed ones are sent; others are skipped) or every pending mail. */
export const sendOutboxInput = conferenceInput
  .extend({
    ids: z.array(mailIdSchema).min(1, 'Choose at least one mail.').max(1000, 'Send at most 1000 mails at once.').optional(),
    allPending: z.literal(true).optional(),
  })
  .refine((i) => (i.ids ? !i.allPending : i.allPending), { message: 'Give either ids or allPending: true.', path: ['ids'] });

export const sendOutboxOutput = z.object({
  sent: z.number().int(),
  failed: z.array(z.object({ id: z.string(), error: z.string() })),
  skipped: z.number().int(),
  /** The outcome in one sentence, for the organizer. */
  message: z.string(),
});
