import { findReviewerMembership, setReviewerTrackIds } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { checkTrackIds } from './reviewer-tracks.ts';
import { setReviewerTracksInput, setReviewerTracksOutput } from './set-reviewer-tracks.schema.ts';

/** Limits a reviewer to some tracks; no track = all tracks (organizers). */
export const setReviewerTracksProcedure = organizerProcedure
  .input(setReviewerTracksInput)
  .output(setReviewerTracksOutput)
  .mutation(async ({ ctx, input }) => {
    const membership = await findReviewerMembership(ctx.db, ctx.conference.id, input.userId);
    if (!membership) throw notFound('The reviewer');
    const trackIds = await checkTrackIds(ctx.db, ctx.conference.id, input.trackIds);
    const saved = await setReviewerTrackIds(ctx.db, membership.id, trackIds);
    return { trackIds: saved.trackIds };
  });
