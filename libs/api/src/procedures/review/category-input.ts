// Checks shared by creating and changing a score category: the domain's rules plus "the track is one of ours".
import { listReviewTracks, listScoreCategories, type Db } from '@podium/db';
import { DomainError, validateScoreCategory } from '@podium/domain';

export async function checkCategoryInput(
  db: Db,
  conferenceId: string,
  input: { name: string; description: string; weight: number; minScore: number; maxScore: number; trackId: string | null },
  exceptId?: string,
) {
  const [categories, tracks] = await Promise.all([listScoreCategories(db, conferenceId), listReviewTracks(db, conferenceId)]);
  const fields: Record<string, string> = {};
  try {
    validateScoreCategory(input, categories.filter((c) => c.id !== exceptId).map((c) => c.name));
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    Object.assign(fields, err.fields);
  }
  if (input.trackId && !tracks.some((t) => t.id === input.trackId)) fields.trackId = 'Pick a track of this conference.';
  if (Object.keys(fields).length) throw new DomainError('INVALID', 'The score category has errors: see the marked fields.', fields);
  return { nextPosition: categories.reduce((max, c) => Math.max(max, c.position + 1), 0) };
}
