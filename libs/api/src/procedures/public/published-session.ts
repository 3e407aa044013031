import { formatDateKey, formatLocalRange, localDateKey } from '@podium/domain';
import type { findPlacedSessionByCode } from '@podium/db';
import type { PublishedSession } from './get-session.schema.ts';

type PlacedSlot = NonNullable<Awaited<ReturnType<typeof findPlacedSessionByCode>>>;

/** Maps a placed slot of a released version to what the public sees of it, in the conference's local time. */
export function toPublishedSession(slot: PlacedSlot, timeZone: string): PublishedSession {
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
    room: { id: slot.room!.id, name: slot.room!.name },
    start,
    end,
    date,
    dateLabel: formatDateKey(date),
    timeRange: range,
    offset,
    speakers: s.speakers.map((sp) => ({ code: sp.speakerProfile.code, name: sp.speakerProfile.user.name, bio: sp.speakerProfile.bio })),
  };
}
