// Factories for the program-committee review: proposals with speakers who have emails, reviewers with track limits,
// phases and score categories. Real rows, sensible defaults; a test names only what it is about.

import { randomBytes } from 'node:crypto';
import type { Db } from '../client.ts';
import { SubmissionState, TeamRole } from '../generated/prisma/enums.ts';
import { makeUser } from './factories.ts';

const uniq = () => randomBytes(4).toString('hex');

export async function makeConferenceTrack(db: Db, conferenceId: string, overrides: Partial<{ name: string; color: string }> = {}) {
  return db.track.create({ data: { conferenceId, name: overrides.name ?? `Track ${uniq()}`, color: overrides.color ?? '#2563eb' } });
}

/** A speaker: an account with an email, and a speaker profile with a bio in the conference. */
export async function makeSpeakerAccount(db: Db, conferenceId: string, overrides: Partial<{ name: string; email: string; bio: string; userId: string }> = {}) {
  const u = uniq();
  const user = overrides.userId
    ? await db.user.findUniqueOrThrow({ where: { id: overrides.userId } })
    : await makeUser(db, { name: overrides.name ?? `Speaker ${u}`, email: overrides.email ?? `speaker-${u}@example.test` });
  const profile = await db.speakerProfile.create({
    data: { conferenceId, userId: user.id, code: `S${u}`.toUpperCase(), bio: overrides.bio ?? `Bio of ${user.name}, kernel hacker ${u}` },
  });
  return { user, profile };
}

/**
 * A proposal, SUBMITTED by default, with one new speaker (name, email, bio) unless `speakers` names existing speaker
 * profiles. Its session type is the conference's first one (created when there is none).
 */
export async function makeSubmittedProposal(
  db: Db,
  conferenceId: string,
  overrides: Partial<{
    title: string;
    abstract: string;
    state: keyof typeof SubmissionState;
    trackId: string | null;
    sessionTypeId: string;
    speakerProfileIds: string[];
    speakerName: string;
    speakerEmail: string;
    speakerBio: string;
  }> = {},
) {
  const u = uniq();
  const typeId =
    overrides.sessionTypeId ??
    (
      (await db.sessionType.findFirst({ where: { conferenceId }, orderBy: { name: 'asc' } })) ??
      (await db.sessionType.create({ data: { conferenceId, name: 'Talk', defaultDurationMinutes: 30 } }))
    ).id;
  const profileIds =
    overrides.speakerProfileIds ??
    [(await makeSpeakerAccount(db, conferenceId, { name: overrides.speakerName, email: overrides.speakerEmail, bio: overrides.speakerBio })).profile.id];
  const state = SubmissionState[overrides.state ?? 'SUBMITTED'];
  return db.submission.create({
    data: {
      conferenceId,
      code: `P${u}`.toUpperCase(),
      title: overrides.title ?? `Proposal ${u}`,
      abstract: overrides.abstract ?? `Abstract ${u}`,
      description: `Description ${u}`,
      state,
      sessionTypeId: typeId,
      trackId: overrides.trackId ?? null,
      submittedAt: state === 'DRAFT' ? null : new Date(),
      speakers: { create: profileIds.map((speakerProfileId, position) => ({ speakerProfileId, position })) },
    },
    include: { speakers: { include: { speakerProfile: { include: { user: true } } } } },
  });
}

/** A reviewer of the conference, optionally limited to tracks. */
export async function makeReviewer(db: Db, conferenceId: string, overrides: Partial<{ name: string; email: string; trackIds: string[] }> = {}) {
  const user = await makeUser(db, { name: overrides.name, email: overrides.email });
  await db.membership.create({ data: { userId: user.id, conferenceId, role: TeamRole.REVIEWER, trackIds: overrides.trackIds ?? [] } });
  return user;
}

export async function makeReviewPhase(
  db: Db,
  conferenceId: string,
  overrides: Partial<{
    name: string;
    startsAt: Date | null;
    endsAt: Date | null;
    position: number;
    reviewersCanReview: boolean;
    blind: boolean;
    reviewersSeeOtherReviews: boolean;
    speakersCanEdit: boolean;
    organizersCanDecide: boolean;
  }> = {},
) {
  return db.reviewPhase.create({ data: { conferenceId, name: overrides.name ?? `Phase ${uniq()}`, ...overrides } });
}

export async function makeScoreCategory(
  db: Db,
  conferenceId: string,
  overrides: Partial<{ name: string; weight: number; minScore: number; maxScore: number; required: boolean; active: boolean; trackId: string | null; position: number }> = {},
) {
  return db.scoreCategory.create({ data: { conferenceId, name: overrides.name ?? `Category ${uniq()}`, ...overrides } });
}
