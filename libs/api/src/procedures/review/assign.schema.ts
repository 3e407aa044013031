import { conferenceInput } from '../../trpc.ts';
import { codeSchema, idSchema } from './review-common.schema.ts';

export const assignInput = conferenceInput.extend({ code: codeSchema, userId: idSchema });
export { okOutput as assignOutput } from './review-common.schema.ts';
