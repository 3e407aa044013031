import { deleteReviewerAssignments, deleteReviewerMembership, findReviewerMembership } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { removeReviewerInput, removeReviewerOutput } from './remove-reviewer.schema.ts';

/** Takes someone off the committee with their pending assignments; reviews they wrote stay (organizers). */
export const removeReviewerProcedure = organizerProcedure
  .input(removeReviewerInput)
  .output(removeReviewerOutput)
  .mutation(async ({ ctx, input }) => {
    const membership = await findReviewerMembership(ctx.db, ctx.conference.id, input.userId);
    if (!membership) throw notFound('The reviewer');
    const removed = await ctx.db.$transaction(async (tx) => {
      const { count } = await deleteReviewerAssignments(tx, ctx.conference.id, input.userId);
      await deleteReviewerMembership(tx, membership.id);
      return count;
    });
    return { removedAssignments: removed };
  });
