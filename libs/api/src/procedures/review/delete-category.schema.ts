import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './review-common.schema.ts';

export const deleteCategoryInput = conferenceInput.extend({ id: idSchema });
export { okOutput as deleteCategoryOutput } from './review-common.schema.ts';
