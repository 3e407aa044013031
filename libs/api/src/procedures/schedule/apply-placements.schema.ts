import { z } from 'zod';
import { scheduleChangeInput } from './schedule-common.schema.ts';
import { placementBatchOutput, placementItemSchema } from './solve-common.schema.ts';

export const MAX_BATCH_PLACEMENTS = 5000;

export const applyPlacementsInput = scheduleChangeInput.extend({
  placements: z
    .array(placementItemSchema)
    .min(1, { message: 'Give at least one placement.' })
    .max(MAX_BATCH_PLACEMENTS, { message: `At most ${MAX_BATCH_PLACEMENTS} placements at once.` }),
});
export const applyPlacementsOutput = placementBatchOutput;
