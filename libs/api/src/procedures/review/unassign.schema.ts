import { conferenceInput } from '../../trpc.ts';
import { codeSchema, idSchema } from './review-common.schema.ts';

export const unassignInput = conferenceInput.extend({ code: codeSchema, userId: idSchema });
export { okOutput as unassignOutput } from './review-common.schema.ts';
