import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './review-common.schema.ts';

export const removeReviewerInput = conferenceInput.extend({ userId: idSchema });
export const removeReviewerOutput = z.object({ removedAssignments: z.number().int() });
