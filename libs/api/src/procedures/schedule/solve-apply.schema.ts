import { expectedRevisionSchema } from './schedule-common.schema.ts';
import { conferenceInput } from '../../trpc.ts';
import { placementBatchOutput, runIdSchema } from './solve-common.schema.ts';

/** expectedRevision: the grid's revision, which must still be the one the run started from. */
export const solveApplyInput = conferenceInput.extend({ runId: runIdSchema, expectedRevision: expectedRevisionSchema });
/** The new revision and what undoes the whole apply in one step (schedule.applyPlacements of `undo`). */
export const solveApplyOutput = placementBatchOutput;
