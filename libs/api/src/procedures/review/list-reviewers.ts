import { listReviewerMemberships, listReviewTracks } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { listReviewersOutput } from './list-reviewers.schema.ts';

/** The program committee with track limits and load (organizers). */
export const listReviewersProcedure = organizerProcedure.output(listReviewersOutput).query(async ({ ctx }) => {
  const [members, tracks] = await Promise.all([listReviewerMemberships(ctx.db, ctx.conference.id), listReviewTracks(ctx.db, ctx.conference.id)]);
  return {
    reviewers: members.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      trackIds: m.trackIds,
      assigned: m.user._count.assignments,
      reviewed: m.user._count.reviews,
    })),
    tracks,
  };
});
