// Track limits name tracks of the conference at hand, each once.
import { listReviewTracks, type Db } from '@podium/db';
import { DomainError } from '@podium/domain';

export async function checkTrackIds(db: Db, conferenceId: string, trackIds: readonly string[]): Promise<string[]> {
  const tracks = await listReviewTracks(db, conferenceId);
  const known = new Set(tracks.map((t) => t.id));
  if (trackIds.some((id) => !known.has(id))) {
    throw new DomainError('INVALID', 'Please correct the marked fields.', { trackIds: 'Pick tracks of this conference.' });
  }
  // In the conference's track order, without repeats.
  return tracks.filter((t) => trackIds.includes(t.id)).map((t) => t.id);
}
