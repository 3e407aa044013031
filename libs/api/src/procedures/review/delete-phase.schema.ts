import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './review-common.schema.ts';

export const deletePhaseInput = conferenceInput.extend({ id: idSchema });
export { okOutput as deletePhaseOutput } from './review-common.schema.ts';
