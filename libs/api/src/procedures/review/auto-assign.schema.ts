import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';

export const autoAssignInput = conferenceInput.extend({
  reviewsPerProposal: z
    .number({ error: 'Enter a whole number.' })
    .int('Enter a whole number.')
    .min(1, 'Ask for at least 1 review per proposal.')
    .max(20, 'Ask for at most 20 reviews per proposal.'),
});

export const autoAssignOutput = z.object({
  /** New assignments saved. */
  created: z.number().int(),
  proposals: z.number().int(),
  reviewers: z.number().int(),
  /** Assignments per reviewer after the run (existing ones included). */
  loads: z.object({ min: z.number().int(), max: z.number().int() }),
  /** New assignments on proposals the reviewer wanted / wanted to avoid. */
  preferenceWant: z.number().int(),
  preferenceAvoid: z.number().int(),
  /** Proposals that still have fewer than k reviewers, and why. */
  unfilled: z.array(z.object({ code: z.string(), title: z.string(), missing: z.number().int(), reason: z.string() })),
});
