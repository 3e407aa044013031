import { signedInConferenceProcedure } from '../../trpc.ts';
import { savedProposalOutput } from './shared.schema.ts';
import { submitInput } from './submit.schema.ts';
import { writeProposal } from './proposal-write.ts';

/**
 * Submits a draft (or a new proposal) with its content: everything must be complete, required answers included; the
 * call must be open for its type. Every speaker gets the "we received your proposal" mail through the outbox.
 */
export const submitProcedure = signedInConferenceProcedure
  .input(submitInput)
  .output(savedProposalOutput)
  .mutation(({ ctx, input }) => writeProposal(ctx, input, 'submit'));
