import {
  createReviewAssignments,
  listConferenceBids,
  listConferenceConflicts,
  listProposalsForReview,
  listReviewerMemberships,
} from '@podium/db';
import { assignReviewers, DomainError, type Preference } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { autoAssignInput, autoAssignOutput } from './auto-assign.schema.ts';

const PREFERENCE: Record<'WANT' | 'NEUTRAL' | 'AVOID', Preference> = { WANT: 'want', NEUTRAL: 'neutral', AVOID: 'avoid' };

/**
 * Balanced automatic assignment (organizers): every submitted proposal gets k reviewers in total, loads as even as
 * possible, own proposals, declared conflicts and track limits respected, bids honoured where possible. Existing
 * assignments and reviews already written are kept and count; the new assignments are saved in one transaction.
 */
export const autoAssignProcedure = organizerProcedure
  .input(autoAssignInput)
  .output(autoAssignOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const [proposals, members, conflicts, bids] = await Promise.all([
      listProposalsForReview(ctx.db, conferenceId, ['SUBMITTED']),
      listReviewerMemberships(ctx.db, conferenceId),
      listConferenceConflicts(ctx.db, conferenceId),
      listConferenceBids(ctx.db, conferenceId),
    ]);
    if (members.length === 0) throw new DomainError('CONFLICT', 'There are no reviewers yet: add reviewers first.');
    if (proposals.length === 0) throw new DomainError('CONFLICT', 'There are no submitted proposals to assign.');
    const existing = proposals.flatMap((p) => [
      ...p.assignments.map((a) => ({ reviewerId: a.reviewerId, proposalId: p.id })),
      // A review written without an assignment counts too: that reviewer is never assigned it again.
      ...p.reviews.map((r) => ({ reviewerId: r.reviewerId, proposalId: p.id })),
    ]);
    const result = assignReviewers({
      proposals: proposals.map((p) => ({ id: p.id, trackId: p.trackId, speakerUserIds: p.speakers.map((s) => s.speakerProfile.userId) })),
      reviewers: members.map((m) => ({ id: m.userId, userId: m.userId, trackIds: m.trackIds.length ? m.trackIds : null })),
      reviewsPerProposal: input.reviewsPerProposal,
      conflicts: conflicts.map((c) => ({ reviewerId: c.reviewerId, proposalId: c.submissionId })),
      preferences: bids.map((b) => ({ reviewerId: b.reviewerId, proposalId: b.submissionId, preference: PREFERENCE[b.preference] })),
      existing,
    });
    const created = await ctx.db.$transaction(async (tx) => {
      const rows = result.assignments.map((a) => ({ submissionId: a.proposalId, reviewerId: a.reviewerId, source: 'AUTOMATIC' as const }));
      return rows.length ? (await createReviewAssignments(tx, rows)).count : 0;
    });
    const byId = new Map(proposals.map((p) => [p.id, p]));
    return {
      created,
      proposals: proposals.length,
      reviewers: members.length,
      loads: { min: result.stats.minLoad, max: result.stats.maxLoad },
      preferenceWant: result.stats.preferenceWant,
      preferenceAvoid: result.stats.preferenceAvoid,
      unfilled: result.unfilled.map((u) => ({ code: byId.get(u.proposalId)!.code, title: byId.get(u.proposalId)!.title, missing: u.missing, reason: u.reason })),
    };
  });
