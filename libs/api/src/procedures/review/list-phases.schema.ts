import { z } from 'zod';
import { phaseSchema } from './review-common.schema.ts';

export const listPhasesOutput = z.object({
  timeZone: z.string(),
  phases: z.array(phaseSchema),
});
