// Queries of the speaker portal (public app): accounts, speaker profiles, a speaker's own proposals, answers,
// co-speaker invitations, avatars and availability. Small functions, no rules: who may see or change what is decided
// in libs/api and libs/domain.

import type { Db } from '../client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { SubmissionState } from '../generated/prisma/enums.ts';
import type { DbOrTx } from './mail.ts';

/** True for a unique-constraint violation (Prisma P2002), e.g. a public code or an email already taken. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}

// --- Accounts ------------------------------------------------------------------------------------------------------

export function createPasswordAccount(db: DbOrTx, data: { email: string; name: string; passwordHash: string }) {
  return db.user.create({ data, select: { id: true, email: true, name: true } });
}

export function findAccountByEmail(db: DbOrTx, email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
}

export function updateUserName(db: DbOrTx, userId: string, name: string) {
  return db.user.update({ where: { id: userId }, data: { name } });
}

// --- CFP facts a speaker needs -------------------------------------------------------------------------------------

export function listCfpSessionTypes(db: DbOrTx, conferenceId: string) {
  return db.sessionType.findMany({
    where: { conferenceId },
    orderBy: [{ defaultDurationMinutes: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, description: true, defaultDurationMinutes: true, cfpClosesAt: true },
  });
}

export function listCfpTracks(db: DbOrTx, conferenceId: string) {
  return db.track.findMany({
    where: { conferenceId },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, description: true, color: true },
  });
}

export function listActiveQuestions(db: DbOrTx, conferenceId: string) {
  return db.question.findMany({
    where: { conferenceId, active: true },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, target: true, kind: true, label: true, helpText: true, required: true, options: true, position: true, trackId: true, sessionTypeId: true, active: true },
  });
}

export function listSpeakerPortalPhases(db: DbOrTx, conferenceId: string) {
  return db.reviewPhase.findMany({
    where: { conferenceId },
    orderBy: { position: 'asc' },
    select: { id: true, position: true, startsAt: true, endsAt: true, speakersCanEdit: true },
  });
}

// --- Speaker profiles ----------------------------------------------------------------------------------------------

export function findOwnSpeakerProfile(db: DbOrTx, conferenceId: string, userId: string) {
  return db.speakerProfile.findUnique({
    where: { conferenceId_userId: { conferenceId, userId } },
    select: {
      id: true,
      code: true,
      bio: true,
      links: true,
      avatarId: true,
      avatarUrl: true,
      updatedAt: true,
      approvedBio: true,
      approvedAvatarId: true,
      approvedLinks: true,
      bioChangedAt: true,
      bioApprovedAt: true,
      avatar: { select: { id: true, width: true, height: true, contentType: true, size: true } },
      approvedAvatar: { select: { id: true, width: true, height: true } },
      user: { select: { id: true, name: true, email: true } },
      answers: { select: { questionId: true, value: true } },
      availability: { orderBy: { start: 'asc' }, select: { start: true, end: true } },
    },
  });
}

export function createSpeakerProfile(db: DbOrTx, data: { conferenceId: string; userId: string; code: string }) {
  return db.speakerProfile.create({ data, select: { id: true, code: true } });
}

/**
 * Writes the speaker's working copy of bio and links (the public sees the approved copy only). `changedAt` is given
 * when the working copy changed, and marks it for the organizers' approval.
 */
export function updateSpeakerProfileFields(db: DbOrTx, profileId: string, data: { bio: string; links: string[]; changedAt: Date | null }) {
  const { changedAt, ...fields } = data;
  return db.speakerProfile.update({ where: { id: profileId }, data: { ...fields, ...(changedAt && { bioChangedAt: changedAt }) } });
}

/** Track and type of the profile's proposals (those not withdrawn or cancelled), for speaker questions limited to them. */
export async function listProposalScopesOfProfile(db: DbOrTx, profileId: string) {
  const rows = await db.submission.findMany({
    where: { speakers: { some: { speakerProfileId: profileId } }, state: { notIn: [SubmissionState.WITHDRAWN, SubmissionState.CANCELED] } },
    select: { trackId: true, sessionTypeId: true },
  });
  return rows;
}

export async function replaceAvailability(db: DbOrTx, profileId: string, windows: readonly { start: Date; end: Date }[]) {
  await db.availability.deleteMany({ where: { speakerProfileId: profileId } });
  if (windows.length) await db.availability.createMany({ data: windows.map((w) => ({ speakerProfileId: profileId, start: w.start, end: w.end })) });
}

// --- Answers -------------------------------------------------------------------------------------------------------

type Owner = { submissionId: string } | { speakerProfileId: string };
/** What an answer holds (the domain normalises it). */
export type StoredAnswerValue = string | number | boolean | string[];

/**
 * Stores answers by question id: a value is written, null removes the answer. Answers of the owner to other active
 * questions than `keepQuestionIds` are removed (they no longer apply, e.g. after a change of track); answers to
 * questions organizers switched off are kept, should they switch them on again.
 */
export async function saveAnswers(
  db: DbOrTx,
  owner: Owner,
  values: Readonly<Record<string, StoredAnswerValue | null>>,
  keepQuestionIds: readonly string[],
) {
  await db.answer.deleteMany({ where: { ...owner, questionId: { notIn: [...keepQuestionIds] }, question: { active: true } } });
  for (const [questionId, value] of Object.entries(values)) {
    if (value === null) {
      await db.answer.deleteMany({ where: { ...owner, questionId } });
      continue;
    }
    const existing = await db.answer.findFirst({ where: { ...owner, questionId }, select: { id: true } });
    if (existing) await db.answer.update({ where: { id: existing.id }, data: { value } });
    else await db.answer.create({ data: { ...owner, questionId, value } });
  }
}

// --- Proposals -----------------------------------------------------------------------------------------------------

const proposalSelect = {
  id: true,
  code: true,
  title: true,
  abstract: true,
  description: true,
  notes: true,
  state: true,
  submittedAt: true,
  confirmedAt: true,
  createdAt: true,
  updatedAt: true,
  sessionType: { select: { id: true, name: true, cfpClosesAt: true } },
  track: { select: { id: true, name: true, color: true } },
  speakers: {
    orderBy: { position: 'asc' },
    select: { position: true, speakerProfile: { select: { id: true, code: true, user: { select: { id: true, name: true, email: true } } } } },
  },
  answers: { select: { questionId: true, value: true } },
  invites: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true, invitedBy: { select: { name: true } } },
  },
} as const satisfies Prisma.SubmissionSelect;

/** One proposal of a conference by its code, with everything the speaker portal shows (ownership is checked by the caller). */
export function findPortalProposal(db: DbOrTx, conferenceId: string, code: string) {
  return db.submission.findUnique({ where: { conferenceId_code: { conferenceId, code } }, select: proposalSelect });
}

/** The proposals one user is a speaker of in a conference, newest first. */
export function listProposalsOfUser(db: DbOrTx, conferenceId: string, userId: string) {
  return db.submission.findMany({
    where: { conferenceId, speakers: { some: { speakerProfile: { userId } } } },
    orderBy: [{ createdAt: 'desc' }],
    select: {
      code: true,
      title: true,
      state: true,
      submittedAt: true,
      updatedAt: true,
      sessionType: { select: { id: true, name: true, cfpClosesAt: true } },
      track: { select: { name: true, color: true } },
      speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { user: { select: { name: true } } } } } },
    },
  });
}

export interface ProposalContent {
  title: string;
  abstract: string;
  description: string;
  notes: string;
  sessionTypeId: string;
  trackId: string | null;
}

export function createProposal(db: DbOrTx, data: ProposalContent & { conferenceId: string; code: string; speakerProfileId: string }) {
  const { speakerProfileId, ...rest } = data;
  return db.submission.create({
    data: { ...rest, state: SubmissionState.DRAFT, speakers: { create: { speakerProfileId, position: 0 } } },
    select: { id: true, code: true },
  });
}

/** Writes content only while the proposal is still in `expectedState`; false when someone changed its state meanwhile. */
export async function updateProposalContent(db: DbOrTx, id: string, expectedState: SubmissionState, data: ProposalContent): Promise<boolean> {
  const r = await db.submission.updateMany({ where: { id, state: expectedState }, data });
  return r.count === 1;
}

/** Moves a proposal from one state to another (compare-and-set); false when it was no longer in `from`. */
export async function setProposalState(
  db: DbOrTx,
  id: string,
  from: SubmissionState,
  to: SubmissionState,
  extra: { submittedAt?: Date; confirmedAt?: Date } = {},
): Promise<boolean> {
  const r = await db.submission.updateMany({ where: { id, state: from }, data: { state: to, ...extra } });
  return r.count === 1;
}

export async function addCoSpeaker(db: DbOrTx, submissionId: string, speakerProfileId: string) {
  const last = await db.submissionSpeaker.findFirst({ where: { submissionId }, orderBy: { position: 'desc' }, select: { position: true } });
  return db.submissionSpeaker.create({ data: { submissionId, speakerProfileId, position: (last?.position ?? -1) + 1 } });
}

// --- Co-speaker invitations ----------------------------------------------------------------------------------------

export function createCoSpeakerInvite(db: DbOrTx, data: { submissionId: string; email: string; tokenHash: string; invitedById: string; expiresAt: Date }) {
  return db.coSpeakerInvite.create({ data, select: { id: true, email: true, expiresAt: true } });
}

/** Open invitations to the same address are replaced by a new one. */
export function deleteOpenInvites(db: DbOrTx, submissionId: string, email: string) {
  return db.coSpeakerInvite.deleteMany({ where: { submissionId, email, acceptedAt: null } });
}

export function findInviteByTokenHash(db: DbOrTx, tokenHash: string) {
  return db.coSpeakerInvite.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      invitedBy: { select: { name: true } },
      submission: {
        select: {
          id: true,
          code: true,
          title: true,
          state: true,
          conference: { select: { id: true, slug: true, name: true, location: true, description: true, timeZone: true, startDate: true, endDate: true } },
          speakers: { select: { speakerProfile: { select: { userId: true } } } },
        },
      },
    },
  });
}

/** Marks an invitation used, once: false when it was already used (two people racing for one link). */
export async function markInviteAccepted(db: DbOrTx, id: string, at: Date): Promise<boolean> {
  const r = await db.coSpeakerInvite.updateMany({ where: { id, acceptedAt: null }, data: { acceptedAt: at } });
  return r.count === 1;
}

// --- Avatars -------------------------------------------------------------------------------------------------------

export function createAvatar(db: DbOrTx, data: { data: Uint8Array<ArrayBuffer>; contentType: string; size: number; width: number; height: number }) {
  return db.avatar.create({ data, select: { id: true } });
}

/** Sets the speaker's working-copy photo (public once approved), marking the working copy as changed at `at`. */
export function setProfileAvatar(db: DbOrTx, profileId: string, avatarId: string, at: Date) {
  return db.speakerProfile.update({ where: { id: profileId }, data: { avatarId, bioChangedAt: at } });
}

/** Deletes an avatar no profile uses any more, neither as its working copy nor as its approved (public) photo. */
export async function deleteAvatarIfUnused(db: DbOrTx, avatarId: string) {
  const users = await db.speakerProfile.count({ where: { OR: [{ avatarId }, { approvedAvatarId: avatarId }] } });
  if (users === 0) await db.avatar.deleteMany({ where: { id: avatarId } });
}

/**
 * A stored photo for serving, with who may see it: everyone when it is the approved photo of some profile; else only
 * `viewerUserId` when it is one of their own profiles' photos (their preview of a photo waiting for approval). Null
 * when the viewer may not see it or it does not exist.
 */
export async function findAvatarImage(db: Db, id: string, viewerUserId: string | null) {
  const row = await db.avatar.findUnique({
    where: { id },
    select: {
      id: true,
      data: true,
      contentType: true,
      size: true,
      createdAt: true,
      _count: { select: { approvedFor: true } },
      ...(viewerUserId && { profiles: { where: { userId: viewerUserId }, select: { id: true }, take: 1 } }),
    },
  });
  if (!row) return null;
  const { _count, profiles, ...image } = row as typeof row & { profiles?: { id: string }[] };
  if (_count.approvedFor > 0) return { ...image, visibility: 'public' as const };
  if (profiles?.length) return { ...image, visibility: 'own' as const };
  return null;
}
