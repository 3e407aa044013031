import { formatDateKey, formatLocalRange, localDateKey } from '@podium/domain';
import type { findPlacedSessionByCode } from '@podium/db';
import { avatarPath } from '../../services/avatar-path.ts';
import type { PublishedSession } from './get-session.schema.ts';

type PlacedSlot = NonNullable<Awaited<ReturnType<typeof findPlacedSessionByCode>>>;

/**
 * Maps a placed slot of a released version to what the public sees of it, in the conference's local time. `roomKeys`
 * (room id → public key, from roomKeys of all the conference's rooms) names the room's page; without it, the id.
 */
export function toPublishedSession(slot: PlacedSlot, timeZone: string, roomKeys?: ReadonlyMap<string, string>): PublishedSession {
  const start = slot.start!;
  const end = slot.end!;
  const { range, offset } = formatLocalRange(start, end, timeZone);
  const date = localDateKey(start, timeZone);
  const s = slot.submission;
  return {
    code: s.code,
    title: s.title,
    abstract: s.abstract,
    description: s.description,
    track: s.track,
    sessionType: s.sessionType.name,
    room: { id: slot.room!.id, key: roomKeys?.get(slot.room!.id) ?? slot.room!.id, name: slot.room!.name },
    start,
    end,
    date,
    dateLabel: formatDateKey(date),
    timeRange: range,
    offset,
    // The approved bio and photo only (see libs/db schedule.ts): the speaker's working copy is not public.
    speakers: s.speakers.map(({ speakerProfile: sp }) => ({
      code: sp.code,
      name: sp.user.name,
      bio: sp.approvedBio,
      avatarUrl: sp.approvedAvatarId ? avatarPath(sp.approvedAvatarId) : null,
    })),
  };
}
