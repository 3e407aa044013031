import { createReviewConflict, deleteReviewAssignment } from '@podium/db';
import { staffProcedure } from '../../trpc.ts';
import { findVisibleProposal, loadReviewContext } from './access.ts';
import { declareConflictInput, declareConflictOutput } from './declare-conflict.schema.ts';

/**
 * Declares a conflict of interest with a proposal: from now on it is hidden from me and never assigned to me; an
 * assignment I had for it is dropped. Allowed in every phase.
 */
export const declareConflictProcedure = staffProcedure
  .input(declareConflictInput)
  .output(declareConflictOutput)
  .mutation(async ({ ctx, input }) => {
    const { scope } = await loadReviewContext(ctx.db, ctx.conference.id, ctx.principal);
    const p = await findVisibleProposal(ctx.db, ctx.conference.id, scope, input.code);
    await ctx.db.$transaction(async (tx) => {
      await createReviewConflict(tx, p.id, ctx.principal.userId);
      await deleteReviewAssignment(tx, p.id, ctx.principal.userId);
    });
    return { ok: true as const };
  });
