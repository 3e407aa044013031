import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { codeSchema } from './review-common.schema.ts';

export const saveReviewInput = conferenceInput.extend({
  code: codeSchema,
  text: z.string().max(20_000, 'Keep the review under 10,000 characters.'),
  /** Category id -> score; null or absent = not scored. */
  scores: z.record(z.string().min(1).max(40), z.number({ error: 'Enter a whole number.' }).nullable()),
});

export const saveReviewOutput = z.object({
  scores: z.array(z.object({ categoryId: z.string(), value: z.number().int() })),
  total: z.number().nullable(),
  weighted: z.number().nullable(),
});
