import { declineOutput } from './decline.schema.ts';
import { ownProposalProcedure } from './support.ts';
import { applySpeakerAction } from './transition.ts';

/** An accepted speaker declines: the proposal is withdrawn. */
export const declineProcedure = ownProposalProcedure.output(declineOutput).mutation(({ ctx }) => applySpeakerAction(ctx.db, ctx.proposal, 'decline'));
