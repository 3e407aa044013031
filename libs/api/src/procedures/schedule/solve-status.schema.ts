import { conferenceInput } from '../../trpc.ts';
import { runIdSchema, solverRunSchema } from './solve-common.schema.ts';

/** Without runId: the conference's newest run (the grid reopens it after a reload), null when there is none. */
export const solveStatusInput = conferenceInput.extend({ runId: runIdSchema.optional() });
export const solveStatusOutput = solverRunSchema.nullable();
