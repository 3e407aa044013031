import { conferenceInput } from '../../trpc.ts';
import { codeSchema } from './review-common.schema.ts';

export const removeConflictInput = conferenceInput.extend({ code: codeSchema });
export { okOutput as removeConflictOutput } from './review-common.schema.ts';
