import { listScoreCategories, upsertReview } from '@podium/db';
import { assertReviewGate, categoriesForProposal, DomainError, reviewRefusal, reviewTotal, reviewWeighted, validateReview } from '@podium/domain';
import { staffProcedure } from '../../trpc.ts';
import { findVisibleProposal, loadReviewContext, proposalScope } from './access.ts';
import { saveReviewInput, saveReviewOutput } from './save-review.schema.ts';

/** Writes or replaces my review of a proposal, when the running phase lets reviewers review. */
export const saveReviewProcedure = staffProcedure
  .input(saveReviewInput)
  .output(saveReviewOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const { scope, rules } = await loadReviewContext(ctx.db, conferenceId, ctx.principal);
    const p = await findVisibleProposal(ctx.db, conferenceId, scope, input.code);
    const refusal = reviewRefusal(scope, proposalScope(p));
    if (refusal) throw new DomainError(refusal.kind, refusal.message);
    assertReviewGate(rules.review);
    const categories = await listScoreCategories(ctx.db, conferenceId);
    const review = validateReview(categoriesForProposal(categories, p.trackId), { text: input.text, scores: input.scores });
    await ctx.db.$transaction((tx) => upsertReview(tx, p.id, ctx.principal.userId, review));
    return { scores: review.scores, total: reviewTotal(categories, review.scores), weighted: reviewWeighted(categories, review.scores) };
  });
