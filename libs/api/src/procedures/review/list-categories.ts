import { listReviewTracks, listScoreCategories } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { listCategoriesOutput } from './list-categories.schema.ts';

/** The score categories with their scales and weights (organizers). */
export const listCategoriesProcedure = organizerProcedure.output(listCategoriesOutput).query(async ({ ctx }) => {
  const [categories, tracks] = await Promise.all([listScoreCategories(ctx.db, ctx.conference.id), listReviewTracks(ctx.db, ctx.conference.id)]);
  const trackName = new Map(tracks.map((t) => [t.id, t.name]));
  return { categories: categories.map((c) => ({ ...c, trackName: c.trackId ? (trackName.get(c.trackId) ?? null) : null })), tracks };
});
