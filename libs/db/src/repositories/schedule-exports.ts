// What the schedule exports (frab XML/JSON, iCalendar, the public JSON API) read of one released schedule version:
// its placed sessions with the approved copy of each speaker's public profile, its breaks, the conference's rooms and
// tracks. The latest release itself is found with findLatestRelease (schedule.ts).

import type { Db } from '../client.ts';

/** The placed slots of a schedule version, with everything an export shows (approved bios only). */
export function findExportSlots(db: Db, versionId: string) {
  return db.scheduleSlot.findMany({
    where: { versionId, start: { not: null }, end: { not: null }, roomId: { not: null } },
    orderBy: [{ start: 'asc' }],
    select: {
      start: true,
      end: true,
      roomId: true,
      submission: {
        select: {
          code: true,
          title: true,
          abstract: true,
          description: true,
          externalId: true,
          sessionType: { select: { name: true } },
          track: { select: { name: true, color: true } },
          speakers: {
            orderBy: { position: 'asc' },
            select: {
              speakerProfile: {
                select: {
                  code: true,
                  externalId: true,
                  approvedBio: true,
                  approvedAvatarId: true,
                  approvedLinks: true,
                  user: { select: { name: true } },
                },
              },
            },
          },
        },
      },
    },
  });
}

/** The breaks and blocks of a schedule version, by start. */
export function findExportBlocks(db: Db, versionId: string) {
  return db.scheduleBlock.findMany({
    where: { versionId },
    orderBy: [{ start: 'asc' }],
    select: { title: true, start: true, end: true, allRooms: true, roomIds: true },
  });
}

/** The conference's rooms (with their imported guid) and tracks, in display order. */
export async function findExportRoomsAndTracks(db: Db, conferenceId: string) {
  const [rooms, tracks] = await Promise.all([
    db.room.findMany({
      where: { conferenceId },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, position: true, capacity: true, description: true, externalId: true },
    }),
    db.track.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { name: true, color: true } }),
  ]);
  return { rooms, tracks };
}
