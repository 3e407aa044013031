import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { categorySchema, idSchema } from './review-common.schema.ts';

const number = z.number({ error: 'Enter a number.' });
const categoryFields = {
  name: z.string().max(500),
  description: z.string().max(5000),
  weight: number,
  minScore: number,
  maxScore: number,
  required: z.boolean(),
  active: z.boolean(),
  /** Only for proposals in this track; null = all tracks. */
  trackId: idSchema.nullable(),
};

export const createCategoryInput = conferenceInput.extend(categoryFields);
export const updateCategoryInput = conferenceInput.extend({ id: idSchema, ...categoryFields });
export const saveCategoryOutput = z.object({ category: categorySchema });
