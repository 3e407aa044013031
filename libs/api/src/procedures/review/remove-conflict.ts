import { deleteReviewConflict, findProposalRefs } from '@podium/db';
import { notFound } from '@podium/domain';
import { staffProcedure } from '../../trpc.ts';
import { removeConflictInput, removeConflictOutput } from './remove-conflict.schema.ts';

/** Withdraws a conflict I declared; NOT_FOUND when I have none with that proposal. */
export const removeConflictProcedure = staffProcedure
  .input(removeConflictInput)
  .output(removeConflictOutput)
  .mutation(async ({ ctx, input }) => {
    const [p] = await findProposalRefs(ctx.db, ctx.conference.id, [input.code]);
    const { count } = p ? await deleteReviewConflict(ctx.db, p.id, ctx.principal.userId) : { count: 0 };
    if (count === 0) throw notFound(`A conflict with proposal ${input.code}`);
    return { ok: true as const };
  });
