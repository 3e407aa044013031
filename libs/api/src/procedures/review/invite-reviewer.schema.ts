import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './review-common.schema.ts';

export const inviteReviewerInput = conferenceInput.extend({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter the email address of the person to invite.')
    .max(254, 'This email address is too long.')
    .pipe(z.email('Enter an email address like name@example.org.')),
  trackIds: z.array(idSchema).max(200).default([]),
});

export const inviteReviewerOutput = z.object({
  email: z.string(),
  expiresAt: z.date(),
  /** Earlier open invitations of the same address that this one replaced (their links no longer work). */
  replaced: z.number().int(),
});
