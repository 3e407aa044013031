import { withdrawOutput } from './withdraw.schema.ts';
import { ownProposalProcedure } from './support.ts';
import { applySpeakerAction } from './transition.ts';

/** Withdraws a draft, submitted or waitlisted proposal: it will not be considered any more. Always allowed, also after the deadline. */
export const withdrawProcedure = ownProposalProcedure.output(withdrawOutput).mutation(({ ctx }) => applySpeakerAction(ctx.db, ctx.proposal, 'withdraw'));
