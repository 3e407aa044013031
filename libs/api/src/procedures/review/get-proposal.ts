import { findReviewAssignment, findReviewSpeakers, listBidsOfReviewer, listReviewsOfProposal, listScoreCategories } from '@podium/db';
import {
  aggregateScores,
  categoriesForProposal,
  formatAnswerForReview,
  othersReviewsVisible,
  redactSpeakers,
  reviewRefusal,
  reviewTotal,
  reviewWeighted,
  speakersHidden,
} from '@podium/domain';
import { staffProcedure } from '../../trpc.ts';
import { findVisibleProposal, loadReviewContext, proposalScope, toPhaseStatus } from './access.ts';
import { toGate } from './review-common.schema.ts';
import { getProposalInput, getProposalOutput } from './get-proposal.schema.ts';

/**
 * One proposal for the committee. NOT_FOUND when the person may not see it (own, conflicted, out of their tracks, a
 * draft). In a blind phase, reviewers get no speaker identity: the speakers are not even loaded.
 */
export const getProposalProcedure = staffProcedure
  .input(getProposalInput)
  .output(getProposalOutput)
  .query(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const me = ctx.principal.userId;
    const { scope, rules } = await loadReviewContext(ctx.db, conferenceId, ctx.principal);
    const p = await findVisibleProposal(ctx.db, conferenceId, scope, input.code);
    const hidden = speakersHidden(scope, rules.blind);
    const [allCategories, reviews, assignment, bids, speakers] = await Promise.all([
      listScoreCategories(ctx.db, conferenceId),
      listReviewsOfProposal(ctx.db, p.id),
      findReviewAssignment(ctx.db, p.id, me),
      listBidsOfReviewer(ctx.db, conferenceId, me),
      hidden ? Promise.resolve(null) : findReviewSpeakers(ctx.db, p.id),
    ]);
    const categories = categoriesForProposal(allCategories, p.trackId);
    const mine = reviews.find((r) => r.reviewerId === me) ?? null;
    const refusal = reviewRefusal(scope, proposalScope(p));
    const seeOthers = othersReviewsVisible(scope, { reviewersSeeOtherReviews: rules.reviewersSeeOtherReviews, hasOwnReview: !!mine });
    const view = redactSpeakers(
      {
        code: p.code,
        title: p.title,
        abstract: p.abstract,
        description: p.description,
        state: p.state,
        sessionType: p.sessionType.name,
        durationMinutes: p.durationMinutes ?? p.sessionType.defaultDurationMinutes,
        track: p.track,
        answers: p.answers.map((a) => ({ question: a.question.label, value: formatAnswerForReview(a.value) })),
        notes: p.notes as string | null,
        speakers:
          speakers?.map(({ speakerProfile: s }) => ({
            name: s.user.name,
            bio: s.bio,
            links: s.links,
            answers: s.answers.map((a) => ({ question: a.question.label, value: formatAnswerForReview(a.value) })),
          })) ?? null,
      },
      hidden,
    );
    const scored = (r: (typeof reviews)[number]) => ({
      text: r.text,
      scores: r.scores,
      total: reviewTotal(allCategories, r.scores),
      weighted: reviewWeighted(allCategories, r.scores),
      updatedAt: r.updatedAt,
    });
    return {
      phase: toPhaseStatus(rules, scope),
      isOrganizer: scope.isOrganizer,
      proposal: view,
      assigned: !!assignment,
      bid: bids.find((b) => b.submissionId === p.id)?.preference ?? null,
      categories: categories.map((c) => ({ id: c.id, name: c.name, description: c.description, weight: c.weight, minScore: c.minScore, maxScore: c.maxScore, required: c.required })),
      canReview: toGate(refusal ? { ok: false, reason: refusal.message } : rules.review),
      myReview: mine ? scored(mine) : null,
      reviews: seeOthers ? reviews.map((r) => ({ reviewer: r.reviewer.name, mine: r.reviewerId === me, ...scored(r) })) : null,
      aggregate: seeOthers ? aggregateScores(allCategories, reviews) : null,
    };
  });
