import { conferenceInput } from '../../trpc.ts';
import { codeSchema } from './review-common.schema.ts';

export const declareConflictInput = conferenceInput.extend({ code: codeSchema });
export { okOutput as declareConflictOutput } from './review-common.schema.ts';
