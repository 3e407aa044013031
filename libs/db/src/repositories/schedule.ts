import type { Db } from '../client.ts';

const publicSubmissionSelect = {
  code: true,
  title: true,
  abstract: true,
  description: true,
  track: { select: { name: true, color: true } },
  sessionType: { select: { name: true } },
  speakers: {
    orderBy: { position: 'asc' },
    // The approved copy of the bio and photo only: a speaker's working copy is public once staff approve it.
    select: { speakerProfile: { select: { code: true, approvedBio: true, approvedAvatarId: true, user: { select: { name: true } } } } },
  },
} as const;

/** The newest released schedule version of a conference, or null before the first release. */
export function findLatestRelease(db: Db, conferenceId: string) {
  return db.scheduleVersion.findFirst({
    where: { conferenceId, releasedAt: { not: null } },
    orderBy: { releasedAt: 'desc' },
  });
}

/** The placed slots of one schedule version with what the public agenda shows of each session. */
export function findPlacedSlotsWithSessions(db: Db, versionId: string) {
  return db.scheduleSlot.findMany({
    where: { versionId, start: { not: null }, end: { not: null }, roomId: { not: null } },
    orderBy: [{ start: 'asc' }],
    select: {
      start: true,
      end: true,
      room: { select: { id: true, name: true, position: true } },
      submission: { select: publicSubmissionSelect },
    },
  });
}

export function findWorkInProgress(db: Db, conferenceId: string) {
  return db.scheduleVersion.findFirst({ where: { conferenceId, releasedAt: null } });
}

const placed = { start: { not: null }, end: { not: null }, roomId: { not: null } } as const;

/** One session as placed in a schedule version, or null when the version does not place it. */
export function findPlacedSessionByCode(db: Db, versionId: string, code: string) {
  return db.scheduleSlot.findFirst({
    where: { versionId, ...placed, submission: { code } },
    select: {
      start: true,
      end: true,
      room: { select: { id: true, name: true, position: true } },
      submission: { select: publicSubmissionSelect },
    },
  });
}

/** The sessions of one speaker that a schedule version places, in time order. */
export function findPlacedSessionsOfSpeaker(db: Db, versionId: string, speakerCode: string) {
  return db.scheduleSlot.findMany({
    where: { versionId, ...placed, submission: { speakers: { some: { speakerProfile: { code: speakerCode } } } } },
    orderBy: { start: 'asc' },
    select: {
      start: true,
      end: true,
      room: { select: { id: true, name: true, position: true } },
      submission: { select: publicSubmissionSelect },
    },
  });
}
