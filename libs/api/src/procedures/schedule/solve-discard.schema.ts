import { conferenceInput } from '../../trpc.ts';
import { runIdSchema, solverRunSchema } from './solve-common.schema.ts';

export const solveDiscardInput = conferenceInput.extend({ runId: runIdSchema });
/** The run, now DISCARDED. */
export const solveDiscardOutput = solverRunSchema;
