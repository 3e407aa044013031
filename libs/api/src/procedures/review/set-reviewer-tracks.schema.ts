import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './review-common.schema.ts';

export const setReviewerTracksInput = conferenceInput.extend({ userId: idSchema, trackIds: z.array(idSchema).max(200) });
export const setReviewerTracksOutput = z.object({ trackIds: z.array(z.string()) });
