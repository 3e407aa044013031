import { deleteReviewAssignment, findProposalRefs } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { unassignInput, unassignOutput } from './unassign.schema.ts';

/** Removes an assignment (organizers); a review already written stays. */
export const unassignProcedure = organizerProcedure
  .input(unassignInput)
  .output(unassignOutput)
  .mutation(async ({ ctx, input }) => {
    const [p] = await findProposalRefs(ctx.db, ctx.conference.id, [input.code]);
    const { count } = p ? await deleteReviewAssignment(ctx.db, p.id, input.userId) : { count: 0 };
    if (count === 0) throw notFound('The assignment');
    return { ok: true as const };
  });
