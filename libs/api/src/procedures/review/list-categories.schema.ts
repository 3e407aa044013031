import { z } from 'zod';
import { categorySchema, trackRefSchema } from './review-common.schema.ts';

export const listCategoriesOutput = z.object({
  categories: z.array(categorySchema.extend({ trackName: z.string().nullable() })),
  tracks: z.array(trackRefSchema),
});
