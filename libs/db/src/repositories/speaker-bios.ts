// Queries of the organizers' Speakers area: speaker profiles with both copies of their public part (the speaker's
// working copy and the approved copy the public sees), approving a working copy and publishing an organizer's edit.
// No rules here: what is pending and who may approve is decided in libs/domain and libs/api.

import type { Prisma } from '../generated/prisma/client.ts';
import { SubmissionState } from '../generated/prisma/enums.ts';
import type { DbOrTx } from './mail.ts';

const reviewSelect = {
  id: true,
  code: true,
  bio: true,
  avatarId: true,
  links: true,
  approvedBio: true,
  approvedAvatarId: true,
  approvedLinks: true,
  bioChangedAt: true,
  bioApprovedAt: true,
  bioApprovedById: true,
  avatar: { select: { id: true, width: true, height: true } },
  approvedAvatar: { select: { id: true, width: true, height: true } },
  user: { select: { name: true, email: true } },
  submissions: {
    where: { submission: { state: { not: SubmissionState.DRAFT } } },
    orderBy: { submission: { title: 'asc' } },
    select: { submission: { select: { code: true, title: true, state: true } } },
  },
} as const satisfies Prisma.SpeakerProfileSelect;

/** Speakers of a conference who proposed something (drafts do not count), by name, with both copies of their profile. */
export function listSpeakerProfilesForReview(db: DbOrTx, conferenceId: string) {
  return db.speakerProfile.findMany({
    where: { conferenceId, submissions: { some: { submission: { state: { not: SubmissionState.DRAFT } } } } },
    orderBy: [{ user: { name: 'asc' } }, { code: 'asc' }],
    select: reviewSelect,
  });
}

/** One speaker profile of a conference by its public code, with both copies (any profile, also without proposals). */
export function findSpeakerProfileForReview(db: DbOrTx, conferenceId: string, code: string) {
  return db.speakerProfile.findUnique({ where: { conferenceId_code: { conferenceId, code } }, select: reviewSelect });
}

export type SpeakerProfileForReview = NonNullable<Awaited<ReturnType<typeof findSpeakerProfileForReview>>>;

/** Codes of the speakers that the latest released schedule of a conference shows (the public speaker pages). */
export async function listPublishedSpeakerCodes(db: DbOrTx, conferenceId: string): Promise<Set<string>> {
  const release = await db.scheduleVersion.findFirst({ where: { conferenceId, releasedAt: { not: null } }, orderBy: { releasedAt: 'desc' }, select: { id: true } });
  if (!release) return new Set();
  const rows = await db.speakerProfile.findMany({
    where: {
      conferenceId,
      submissions: { some: { submission: { slots: { some: { versionId: release.id, start: { not: null }, end: { not: null }, roomId: { not: null } } } } } },
    },
    select: { code: true },
  });
  return new Set(rows.map((r) => r.code));
}

/** Names of users by id (who approved a bio). */
export async function findApproverNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** The working copy a caller saw, to write only if it is still the same (compare-and-set). */
export interface SeenWorkingCopy {
  bio: string;
  avatarId: string | null;
  links: string[];
  bioChangedAt: Date | null;
}

const stillSeen = (id: string, seen: SeenWorkingCopy) =>
  ({ id, bio: seen.bio, avatarId: seen.avatarId, links: { equals: seen.links }, bioChangedAt: seen.bioChangedAt }) satisfies Prisma.SpeakerProfileWhereInput;

/**
 * Copies the working copy `seen` to the approved copy, stamped with who and when; false (nothing written) when the
 * working copy is no longer `seen` (the speaker changed it meanwhile).
 */
export async function approveSpeakerBio(db: DbOrTx, profileId: string, seen: SeenWorkingCopy, by: { userId: string; at: Date }): Promise<boolean> {
  const r = await db.speakerProfile.updateMany({
    where: stillSeen(profileId, seen),
    data: { approvedBio: seen.bio, approvedAvatarId: seen.avatarId, approvedLinks: seen.links, bioApprovedAt: by.at, bioApprovedById: by.userId },
  });
  return r.count === 1;
}

/**
 * An organizer's edit of bio and links, published at once: written to both copies (the photo is left as it is).
 * `approvedBy` stamps the approval when nothing else stays pending. False (nothing written) when the working copy is
 * no longer `seen`.
 */
export async function publishSpeakerBio(
  db: DbOrTx,
  profileId: string,
  seen: SeenWorkingCopy,
  data: { bio: string; links: string[] },
  approvedBy: { userId: string; at: Date } | null,
): Promise<boolean> {
  const r = await db.speakerProfile.updateMany({
    where: stillSeen(profileId, seen),
    data: {
      bio: data.bio,
      links: data.links,
      approvedBio: data.bio,
      approvedLinks: data.links,
      ...(approvedBy && { bioApprovedAt: approvedBy.at, bioApprovedById: approvedBy.userId }),
    },
  });
  return r.count === 1;
}

/** The photo `avatarId` if it is one of the two copies of the profile `code` of the conference (for staff), or null. */
export function findAvatarOfSpeakerProfile(db: DbOrTx, conferenceId: string, code: string, avatarId: string) {
  return db.avatar.findFirst({
    where: { id: avatarId, OR: [{ profiles: { some: { conferenceId, code } } }, { approvedFor: { some: { conferenceId, code } } }] },
    select: { id: true, data: true, contentType: true, size: true, createdAt: true },
  });
}
