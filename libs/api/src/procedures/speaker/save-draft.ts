import { signedInConferenceProcedure } from '../../trpc.ts';
import { savedProposalOutput } from './shared.schema.ts';
import { saveDraftInput } from './save-draft.schema.ts';
import { writeProposal } from './proposal-write.ts';

/** Creates or updates a draft: it may be incomplete (a title and a session type are enough), but never malformed. */
export const saveDraftProcedure = signedInConferenceProcedure
  .input(saveDraftInput)
  .output(savedProposalOutput)
  .mutation(({ ctx, input }) => writeProposal(ctx, input, 'draft'));
