import { listProposalsForReview, listReviewerMemberships, listReviewTracks } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { listAssignmentsOutput } from './list-assignments.schema.ts';

/** The assignment matrix of the proposals under review (organizers). */
export const listAssignmentsProcedure = organizerProcedure.output(listAssignmentsOutput).query(async ({ ctx }) => {
  const [proposals, members, tracks] = await Promise.all([
    listProposalsForReview(ctx.db, ctx.conference.id, ['SUBMITTED']),
    listReviewerMemberships(ctx.db, ctx.conference.id),
    listReviewTracks(ctx.db, ctx.conference.id),
  ]);
  const nameOf = new Map(members.map((m) => [m.userId, m.user.name]));
  const trackName = new Map(tracks.map((t) => [t.id, t.name]));
  const load = new Map<string, number>();
  const reviewed = new Map<string, number>();
  for (const p of proposals) {
    for (const a of p.assignments) load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);
    for (const r of p.reviews) reviewed.set(r.reviewerId, (reviewed.get(r.reviewerId) ?? 0) + 1);
  }
  return {
    reviewers: members.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      trackNames: m.trackIds.map((id) => trackName.get(id) ?? '?'),
      load: load.get(m.userId) ?? 0,
      reviewed: reviewed.get(m.userId) ?? 0,
    })),
    proposals: proposals.map((p) => ({
      code: p.code,
      title: p.title,
      track: p.track,
      reviewers: p.assignments.map((a) => ({
        userId: a.reviewerId,
        name: nameOf.get(a.reviewerId) ?? 'Former reviewer',
        source: a.source,
        reviewed: p.reviews.some((r) => r.reviewerId === a.reviewerId),
      })),
      reviews: p.reviews.length,
    })),
  };
});
