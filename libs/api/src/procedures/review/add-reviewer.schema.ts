import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './review-common.schema.ts';

export const addReviewerInput = conferenceInput.extend({
  email: z.string().trim().max(320),
  trackIds: z.array(idSchema).max(200).default([]),
});
export const addReviewerOutput = z.object({ userId: z.string(), name: z.string() });
