// Program-committee review: phases, score categories, the committee, reviews, assignments, conflicts, bids and
// decisions. Small query functions only; the rules (who sees what, what a valid review is) live in @podium/domain.
// Queries that reviewers' views are built from never select speaker names, emails or bios: those come from
// findReviewSpeakers, which callers use only when the viewer may see speaker identities.

import type { Db } from '../client.ts';
import type { AssignmentSource, ReviewPreference, SubmissionState } from '../generated/prisma/enums.ts';
import type { DbOrTx } from './mail.ts';

// ---------------------------------------------------------------- phases

const phaseSelect = {
  id: true,
  name: true,
  startsAt: true,
  endsAt: true,
  position: true,
  reviewersCanReview: true,
  blind: true,
  reviewersSeeOtherReviews: true,
  speakersCanEdit: true,
  organizersCanDecide: true,
} as const;

export function listReviewPhases(db: DbOrTx, conferenceId: string) {
  return db.reviewPhase.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { startsAt: 'asc' }], select: phaseSelect });
}

export function findReviewPhase(db: DbOrTx, conferenceId: string, id: string) {
  return db.reviewPhase.findFirst({ where: { id, conferenceId }, select: phaseSelect });
}

export interface ReviewPhaseData {
  name: string;
  startsAt: Date | null;
  endsAt: Date | null;
  position: number;
  reviewersCanReview: boolean;
  blind: boolean;
  reviewersSeeOtherReviews: boolean;
  speakersCanEdit: boolean;
  organizersCanDecide: boolean;
}

export function createReviewPhase(db: DbOrTx, conferenceId: string, data: ReviewPhaseData) {
  return db.reviewPhase.create({ data: { conferenceId, ...data }, select: phaseSelect });
}

export function updateReviewPhase(db: DbOrTx, id: string, data: ReviewPhaseData) {
  return db.reviewPhase.update({ where: { id }, data, select: phaseSelect });
}

export function deleteReviewPhase(db: DbOrTx, id: string) {
  return db.reviewPhase.delete({ where: { id } });
}

// ---------------------------------------------------------------- score categories

const categorySelect = {
  id: true,
  name: true,
  description: true,
  weight: true,
  minScore: true,
  maxScore: true,
  required: true,
  position: true,
  active: true,
  trackId: true,
} as const;

export function listScoreCategories(db: DbOrTx, conferenceId: string) {
  return db.scoreCategory.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: categorySelect });
}

export function findScoreCategory(db: DbOrTx, conferenceId: string, id: string) {
  return db.scoreCategory.findFirst({ where: { id, conferenceId }, select: { ...categorySelect, _count: { select: { scores: true } } } });
}

export interface ScoreCategoryData {
  name: string;
  description: string;
  weight: number;
  minScore: number;
  maxScore: number;
  required: boolean;
  position: number;
  active: boolean;
  trackId: string | null;
}

export function createScoreCategory(db: DbOrTx, conferenceId: string, data: ScoreCategoryData) {
  return db.scoreCategory.create({ data: { conferenceId, ...data }, select: categorySelect });
}

export function updateScoreCategory(db: DbOrTx, id: string, data: ScoreCategoryData) {
  return db.scoreCategory.update({ where: { id }, data, select: categorySelect });
}

/** The lowest and highest score given in a category (nulls when unused). */
export async function scoreRangeOfCategory(db: DbOrTx, categoryId: string) {
  const r = await db.reviewScore.aggregate({ where: { categoryId }, _min: { value: true }, _max: { value: true }, _count: { _all: true } });
  return { count: r._count._all, min: r._min.value, max: r._max.value };
}

export function deleteScoreCategory(db: DbOrTx, id: string) {
  return db.scoreCategory.delete({ where: { id } });
}

// ---------------------------------------------------------------- tracks and types (for forms and filters)

export function listReviewTracks(db: DbOrTx, conferenceId: string) {
  return db.track.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, color: true } });
}

export function listReviewSessionTypes(db: DbOrTx, conferenceId: string) {
  return db.sessionType.findMany({ where: { conferenceId }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

// ---------------------------------------------------------------- the committee

/** The conference's reviewers with their track limits, assignments and reviews there. */
export function listReviewerMemberships(db: DbOrTx, conferenceId: string) {
  return db.membership.findMany({
    where: { conferenceId, role: 'REVIEWER' },
    orderBy: [{ user: { name: 'asc' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      userId: true,
      trackIds: true,
      user: {
        select: {
          name: true,
          email: true,
          _count: {
            select: {
              assignments: { where: { submission: { conferenceId } } },
              reviews: { where: { submission: { conferenceId } } },
            },
          },
        },
      },
    },
  });
}

/** A person's reviewer membership in a conference (null when they are not a reviewer there). */
export function findReviewerMembership(db: DbOrTx, conferenceId: string, userId: string) {
  return db.membership.findUnique({
    where: { userId_conferenceId_role: { userId, conferenceId, role: 'REVIEWER' } },
    select: { id: true, userId: true, trackIds: true },
  });
}

export function setReviewerTrackIds(db: DbOrTx, membershipId: string, trackIds: string[]) {
  return db.membership.update({ where: { id: membershipId }, data: { trackIds }, select: { id: true, userId: true, trackIds: true } });
}

export function deleteReviewerMembership(db: DbOrTx, membershipId: string) {
  return db.membership.delete({ where: { id: membershipId } });
}

/** A user's pending assignments in a conference (removed with their membership; their reviews stay). */
export function deleteReviewerAssignments(db: DbOrTx, conferenceId: string, reviewerId: string) {
  return db.reviewAssignment.deleteMany({ where: { reviewerId, submission: { conferenceId } } });
}

// ---------------------------------------------------------------- proposals as the committee sees them

/** Proposal fields without any speaker identity: speakers appear as user ids only (for own-proposal checks). */
const anonymousProposalSelect = {
  id: true,
  code: true,
  title: true,
  state: true,
  trackId: true,
  submittedAt: true,
  decidedAt: true,
  track: { select: { id: true, name: true, color: true } },
  sessionType: { select: { id: true, name: true } },
  speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { userId: true } } } },
} as const;

const reviewScoresSelect = { reviewerId: true, updatedAt: true, scores: { select: { categoryId: true, value: true } } } as const;

/** Proposals in the given states with their reviews (scores only) and assignments; no speaker identity. */
export function listProposalsForReview(db: DbOrTx, conferenceId: string, states: readonly SubmissionState[]) {
  return db.submission.findMany({
    where: { conferenceId, state: { in: [...states] } },
    orderBy: [{ title: 'asc' }, { code: 'asc' }],
    select: {
      ...anonymousProposalSelect,
      reviews: { select: reviewScoresSelect },
      assignments: { select: { reviewerId: true, source: true } },
    },
  });
}

/** One proposal for the review page, with its answers to proposal questions; no speaker identity. */
export function findProposalForReview(db: DbOrTx, conferenceId: string, code: string) {
  return db.submission.findUnique({
    where: { conferenceId_code: { conferenceId, code } },
    select: {
      ...anonymousProposalSelect,
      abstract: true,
      description: true,
      notes: true,
      durationMinutes: true,
      sessionType: { select: { id: true, name: true, defaultDurationMinutes: true } },
      answers: {
        where: { question: { target: 'PROPOSAL' } },
        orderBy: { question: { position: 'asc' } },
        select: { value: true, question: { select: { id: true, label: true } } },
      },
    },
  });
}

/** The speakers of a proposal with bios and answers to speaker questions. Only for viewers who may see them. */
export function findReviewSpeakers(db: DbOrTx, submissionId: string) {
  return db.submissionSpeaker.findMany({
    where: { submissionId },
    orderBy: { position: 'asc' },
    select: {
      speakerProfile: {
        select: {
          code: true,
          bio: true,
          links: true,
          user: { select: { name: true } },
          answers: {
            where: { question: { target: 'SPEAKER' } },
            orderBy: { question: { position: 'asc' } },
            select: { value: true, question: { select: { id: true, label: true } } },
          },
        },
      },
    },
  });
}

/** Every review of a proposal with its reviewer's name. */
export function listReviewsOfProposal(db: DbOrTx, submissionId: string) {
  return db.review.findMany({
    where: { submissionId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, reviewerId: true, text: true, updatedAt: true, reviewer: { select: { name: true } }, scores: { select: { categoryId: true, value: true } } },
  });
}

/** The ranking: proposals in the given states with speaker names, reviews (scores) and assignment counts. */
export function listProposalsForRanking(db: DbOrTx, conferenceId: string, states: readonly SubmissionState[]) {
  return db.submission.findMany({
    where: { conferenceId, state: { in: [...states] } },
    orderBy: [{ title: 'asc' }, { code: 'asc' }],
    select: {
      ...anonymousProposalSelect,
      speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { userId: true, user: { select: { name: true } } } } } },
      reviews: { select: reviewScoresSelect },
      _count: { select: { assignments: true } },
    },
  });
}

// ---------------------------------------------------------------- reviews

export async function upsertReview(db: DbOrTx, submissionId: string, reviewerId: string, data: { text: string; scores: { categoryId: string; value: number }[] }) {
  const review = await db.review.upsert({
    where: { submissionId_reviewerId: { submissionId, reviewerId } },
    create: { submissionId, reviewerId, text: data.text },
    update: { text: data.text },
    select: { id: true },
  });
  await db.reviewScore.deleteMany({ where: { reviewId: review.id } });
  if (data.scores.length) await db.reviewScore.createMany({ data: data.scores.map((s) => ({ reviewId: review.id, ...s })) });
  return review;
}

// ---------------------------------------------------------------- conflicts and bids

export function listConflictIdsOfReviewer(db: DbOrTx, conferenceId: string, reviewerId: string) {
  return db.reviewConflict
    .findMany({ where: { reviewerId, submission: { conferenceId } }, select: { submissionId: true } })
    .then((rows) => rows.map((r) => r.submissionId));
}

/** The proposals a person declared a conflict with (they declared it, so they may still see the title). */
export function listConflictsOfReviewer(db: DbOrTx, conferenceId: string, reviewerId: string) {
  return db.reviewConflict.findMany({
    where: { reviewerId, submission: { conferenceId } },
    orderBy: { createdAt: 'asc' },
    select: { submission: { select: { code: true, title: true } } },
  });
}

export function createReviewConflict(db: DbOrTx, submissionId: string, reviewerId: string) {
  return db.reviewConflict.upsert({
    where: { submissionId_reviewerId: { submissionId, reviewerId } },
    create: { submissionId, reviewerId },
    update: {},
  });
}

export function deleteReviewConflict(db: DbOrTx, submissionId: string, reviewerId: string) {
  return db.reviewConflict.deleteMany({ where: { submissionId, reviewerId } });
}

export function listConferenceConflicts(db: DbOrTx, conferenceId: string) {
  return db.reviewConflict.findMany({ where: { submission: { conferenceId } }, select: { submissionId: true, reviewerId: true } });
}

export function listBidsOfReviewer(db: DbOrTx, conferenceId: string, reviewerId: string) {
  return db.reviewBid.findMany({ where: { reviewerId, submission: { conferenceId } }, select: { submissionId: true, preference: true } });
}

export function upsertReviewBid(db: DbOrTx, submissionId: string, reviewerId: string, preference: ReviewPreference) {
  return db.reviewBid.upsert({
    where: { submissionId_reviewerId: { submissionId, reviewerId } },
    create: { submissionId, reviewerId, preference },
    update: { preference },
  });
}

export function listConferenceBids(db: DbOrTx, conferenceId: string) {
  return db.reviewBid.findMany({ where: { submission: { conferenceId } }, select: { submissionId: true, reviewerId: true, preference: true } });
}

// ---------------------------------------------------------------- assignments

export function listConferenceAssignments(db: DbOrTx, conferenceId: string) {
  return db.reviewAssignment.findMany({
    where: { submission: { conferenceId } },
    orderBy: { createdAt: 'asc' },
    select: { submissionId: true, reviewerId: true, source: true },
  });
}

export function findReviewAssignment(db: DbOrTx, submissionId: string, reviewerId: string) {
  return db.reviewAssignment.findUnique({ where: { submissionId_reviewerId: { submissionId, reviewerId } }, select: { id: true, source: true } });
}

export function createReviewAssignments(db: DbOrTx, rows: { submissionId: string; reviewerId: string; source: AssignmentSource }[]) {
  return db.reviewAssignment.createMany({ data: rows, skipDuplicates: true });
}

export function deleteReviewAssignment(db: DbOrTx, submissionId: string, reviewerId: string) {
  return db.reviewAssignment.deleteMany({ where: { submissionId, reviewerId } });
}

// ---------------------------------------------------------------- decisions

/** Proposals by code with what a decision mail needs. */
export function findProposalsForDecision(db: DbOrTx, conferenceId: string, codes: readonly string[]) {
  return db.submission.findMany({
    where: { conferenceId, code: { in: [...codes] } },
    select: {
      id: true,
      code: true,
      title: true,
      state: true,
      speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { user: { select: { name: true, email: true } } } } } },
    },
  });
}

/** Moves a proposal from `from` to `to` only if it is still in `from`; returns whether it did. */
export async function applySubmissionDecision(db: DbOrTx, id: string, from: SubmissionState, to: SubmissionState, decidedAt: Date): Promise<boolean> {
  const { count } = await db.submission.updateMany({ where: { id, state: from }, data: { state: to, decidedAt } });
  return count === 1;
}

/** Finds proposals of a conference by code (ids and states only). */
export function findProposalRefs(db: DbOrTx, conferenceId: string, codes: readonly string[]) {
  return db.submission.findMany({ where: { conferenceId, code: { in: [...codes] } }, select: { id: true, code: true, title: true, state: true } });
}

export function findUserRefByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, name: true, email: true } });
}
