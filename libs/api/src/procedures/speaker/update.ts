import { signedInConferenceProcedure } from '../../trpc.ts';
import { savedProposalOutput } from './shared.schema.ts';
import { updateInput } from './update.schema.ts';
import { writeProposal } from './proposal-write.ts';

/**
 * Changes a submitted proposal while the speaker may still edit it (before its type's deadline, and unless the running
 * review phase freezes proposals). It must stay complete. Refused changes leave everything as it was.
 */
export const updateProcedure = signedInConferenceProcedure
  .input(updateInput)
  .output(savedProposalOutput)
  .mutation(({ ctx, input }) => writeProposal(ctx, input, 'update'));
