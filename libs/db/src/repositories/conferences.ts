import type { Db } from '../client.ts';

export function listConferences(db: Db) {
  return db.conference.findMany({ orderBy: [{ startDate: 'desc' }, { name: 'asc' }] });
}

export function findConferenceBySlug(db: Db, slug: string) {
  return db.conference.findUnique({ where: { slug } });
}

export function findRooms(db: Db, conferenceId: string) {
  return db.room.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { name: 'asc' }] });
}

/** Conferences a staff member may open in the organizer app, with their roles there. Admins see every conference. */
export async function listConferencesForStaff(db: Db, user: { id: string; isAdmin: boolean }) {
  const conferences = await db.conference.findMany({
    where: user.isAdmin ? {} : { memberships: { some: { userId: user.id } } },
    orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
    include: { memberships: { where: { userId: user.id }, select: { role: true } } },
  });
  return conferences.map(({ memberships, ...c }) => ({ ...c, roles: memberships.map((m) => m.role) }));
}

/** Numbers for the organizer overview: everything counted in the database, in one round trip per table. */
export async function conferenceCounts(db: Db, conferenceId: string) {
  const [byState, rooms, tracks, sessionTypes, speakers, wip, latestRelease, releases] = await Promise.all([
    db.submission.groupBy({ by: ['state'], where: { conferenceId }, _count: { _all: true } }),
    db.room.count({ where: { conferenceId } }),
    db.track.count({ where: { conferenceId } }),
    db.sessionType.count({ where: { conferenceId } }),
    db.speakerProfile.count({ where: { conferenceId } }),
    db.scheduleVersion.findFirst({
      where: { conferenceId, releasedAt: null },
      select: { id: true, revision: true, _count: { select: { slots: { where: { start: { not: null }, roomId: { not: null } } } } } },
    }),
    db.scheduleVersion.findFirst({ where: { conferenceId, releasedAt: { not: null } }, orderBy: { releasedAt: 'desc' } }),
    db.scheduleVersion.count({ where: { conferenceId, releasedAt: { not: null } } }),
  ]);
  return {
    submissionsByState: Object.fromEntries(byState.map((g) => [g.state, g._count._all])) as Record<string, number>,
    rooms,
    tracks,
    sessionTypes,
    speakers,
    scheduledInWorkInProgress: wip?._count.slots ?? 0,
    latestRelease: latestRelease ? { name: latestRelease.name ?? '', releasedAt: latestRelease.releasedAt! } : null,
    releases,
  };
}
