import { z } from 'zod';

export const inviteCoSpeakerInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter the email address of your co-speaker.')
    .max(254, 'This email address is too long.')
    .pipe(z.email('Enter an email address like name@example.org.')),
});

export const inviteCoSpeakerOutput = z.object({ email: z.string(), expiresAt: z.date() });
