import { listBidsOfReviewer, listConflictsOfReviewer, listProposalsForReview, listReviewTracks, listScoreCategories } from '@podium/db';
import { hiddenReason, orderReviewQueue, REVIEW_LIST_STATES, reviewTotal } from '@podium/domain';
import { staffProcedure } from '../../trpc.ts';
import { loadReviewContext, proposalScope, toPhaseStatus } from './access.ts';
import { listProposalsInput, listProposalsOutput } from './list-proposals.schema.ts';

/** What I may review: assigned first, with my review status; own, conflicted and out-of-track proposals are absent. */
export const listProposalsProcedure = staffProcedure
  .input(listProposalsInput)
  .output(listProposalsOutput)
  .query(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const { scope, rules } = await loadReviewContext(ctx.db, conferenceId, ctx.principal);
    const me = ctx.principal.userId;
    const [proposals, categories, bids, conflicts, tracks] = await Promise.all([
      listProposalsForReview(ctx.db, conferenceId, REVIEW_LIST_STATES),
      listScoreCategories(ctx.db, conferenceId),
      listBidsOfReviewer(ctx.db, conferenceId, me),
      listConflictsOfReviewer(ctx.db, conferenceId, me),
      listReviewTracks(ctx.db, conferenceId),
    ]);
    const bidOf = new Map(bids.map((b) => [b.submissionId, b.preference]));
    const visible = proposals
      .filter((p) => hiddenReason(scope, proposalScope(p)) === null)
      .map((p) => {
        const mine = p.reviews.find((r) => r.reviewerId === me);
        return {
          code: p.code,
          title: p.title,
          state: p.state,
          track: p.track,
          sessionType: p.sessionType,
          assigned: p.assignments.some((a) => a.reviewerId === me),
          status: mine ? ('reviewed' as const) : ('not-reviewed' as const),
          myTotal: mine ? reviewTotal(categories, mine.scores) : null,
          bid: bidOf.get(p.id) ?? null,
        };
      });
    const items = orderReviewQueue(
      visible.filter(
        (i) =>
          (input.status === 'all' || (input.status === 'assigned' ? i.assigned : i.status === input.status)) &&
          (!input.trackId || i.track?.id === input.trackId) &&
          (!input.state || i.state === input.state),
      ),
    );
    return {
      phase: toPhaseStatus(rules, scope),
      isOrganizer: scope.isOrganizer,
      tracks: scope.isOrganizer || scope.trackIds.length === 0 ? tracks : tracks.filter((t) => scope.trackIds.includes(t.id)),
      items,
      counts: { visible: visible.length, assignedOpen: visible.filter((i) => i.assigned && i.status === 'not-reviewed').length },
      conflicts: conflicts.map((c) => c.submission),
    };
  });
