import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema, localDateTimeSchema, phaseSchema } from './review-common.schema.ts';

const phaseFields = {
  name: z.string().max(500),
  startsAt: localDateTimeSchema,
  endsAt: localDateTimeSchema,
  reviewersCanReview: z.boolean(),
  blind: z.boolean(),
  reviewersSeeOtherReviews: z.boolean(),
  speakersCanEdit: z.boolean(),
  organizersCanDecide: z.boolean(),
};

export const createPhaseInput = conferenceInput.extend(phaseFields);
export const updatePhaseInput = conferenceInput.extend({ id: idSchema, ...phaseFields });
export const savePhaseOutput = z.object({ phase: phaseSchema });
