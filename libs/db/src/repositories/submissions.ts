import type { Db } from '../client.ts';

/** All submissions of a conference with speakers, track, type and their slot in the work-in-progress schedule. */
export function listSubmissionsWithSpeakers(db: Db, conferenceId: string) {
  return db.submission.findMany({
    where: { conferenceId },
    orderBy: [{ title: 'asc' }],
    select: {
      id: true,
      code: true,
      title: true,
      state: true,
      durationMinutes: true,
      track: { select: { name: true, color: true } },
      sessionType: { select: { name: true, defaultDurationMinutes: true } },
      speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { code: true, user: { select: { name: true } } } } } },
      slots: {
        where: { version: { releasedAt: null } },
        select: { start: true, end: true, room: { select: { name: true } } },
      },
    },
  });
}
