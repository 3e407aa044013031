import { confirmOutput } from './confirm.schema.ts';
import { ownProposalProcedure } from './support.ts';
import { applySpeakerAction } from './transition.ts';

/** An accepted speaker confirms they will give the session: it becomes CONFIRMED (ready for scheduling), confirmedAt is set. */
export const confirmProcedure = ownProposalProcedure.output(confirmOutput).mutation(({ ctx }) => applySpeakerAction(ctx.db, ctx.proposal, 'confirm'));
