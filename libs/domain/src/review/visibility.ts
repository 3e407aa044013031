// Who on the program committee sees which proposal, and how much of it (pretalx's review rules):
//   - nobody reviews their own proposals; a reviewer's own proposals are hidden from them;
//   - a reviewer who declared a conflict of interest no longer sees that proposal;
//   - reviewers limited to tracks see only proposals in those tracks (and proposals without a track);
//   - drafts are nobody's business but the speakers';
//   - in a blind phase reviewers see no speaker identity (organizers always do);
//   - reviewers see other reviews only when the phase allows it and after writing their own.
// Hidden proposals are reported as "not found" by the API, so a reviewer cannot even learn that they exist.

import type { SubmissionState } from '../cfp/states.ts';

export type HiddenReason = 'draft' | 'own' | 'conflict' | 'track';

/** States a proposal is in while the committee looks at it: under review or decided. */
export const REVIEW_LIST_STATES = ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'WAITLISTED', 'CONFIRMED'] as const satisfies readonly SubmissionState[];
/** Only submitted proposals take new reviews or review changes. */
export const REVIEWABLE_STATES: readonly SubmissionState[] = ['SUBMITTED'];

export interface ReviewerScope {
  userId: string;
  /** Organizers see every proposal that is not a draft. */
  isOrganizer: boolean;
  /** The reviewer's track limits; empty = all tracks. */
  trackIds: readonly string[];
  /** Proposals the person declared a conflict with. */
  conflictIds: ReadonlySet<string>;
}

export interface ProposalScope {
  id: string;
  state: SubmissionState;
  trackId: string | null;
  speakerUserIds: readonly string[];
}

export function isOwnProposal(scope: Pick<ReviewerScope, 'userId'>, proposal: Pick<ProposalScope, 'speakerUserIds'>): boolean {
  return proposal.speakerUserIds.includes(scope.userId);
}

/** Why a proposal is hidden from this person, or null when they may see it. */
export function hiddenReason(scope: ReviewerScope, proposal: ProposalScope): HiddenReason | null {
  if (proposal.state === 'DRAFT') return 'draft';
  if (scope.isOrganizer) return null;
  // Withdrawn or cancelled ones (a withdrawn draft included) are not the committee's business any more.
  if (!(REVIEW_LIST_STATES as readonly SubmissionState[]).includes(proposal.state)) return 'draft';
  if (isOwnProposal(scope, proposal)) return 'own';
  if (scope.conflictIds.has(proposal.id)) return 'conflict';
  if (proposal.trackId !== null && scope.trackIds.length > 0 && !scope.trackIds.includes(proposal.trackId)) return 'track';
  return null;
}

export function maySeeProposal(scope: ReviewerScope, proposal: ProposalScope): boolean {
  return hiddenReason(scope, proposal) === null;
}

/**
 * Why this person may not write (or change) a review of a proposal they can see, or null when they may. Organizers
 * may review too, but never their own proposals nor ones they declared a conflict with.
 */
export function reviewRefusal(scope: ReviewerScope, proposal: ProposalScope): { kind: 'FORBIDDEN' | 'CONFLICT'; message: string } | null {
  if (isOwnProposal(scope, proposal)) return { kind: 'FORBIDDEN', message: 'You cannot review your own proposal.' };
  if (scope.conflictIds.has(proposal.id)) return { kind: 'FORBIDDEN', message: 'You declared a conflict of interest with this proposal.' };
  if (!REVIEWABLE_STATES.includes(proposal.state)) {
    return { kind: 'CONFLICT', message: `This proposal is ${proposal.state.toLowerCase()}: it is no longer under review.` };
  }
  return null;
}

/** Whether speaker identities (names, emails, bios, speaker answers) are hidden from this person. */
export function speakersHidden(scope: Pick<ReviewerScope, 'isOrganizer'>, blindPhase: boolean): boolean {
  return blindPhase && !scope.isOrganizer;
}

/** Whether this person sees the other reviews of a proposal. */
export function othersReviewsVisible(scope: Pick<ReviewerScope, 'isOrganizer'>, opts: { reviewersSeeOtherReviews: boolean; hasOwnReview: boolean }): boolean {
  return scope.isOrganizer || (opts.reviewersSeeOtherReviews && opts.hasOwnReview);
}

/**
 * The blind view of a proposal: every field that names or describes its speakers is dropped, not blanked, so
 * nothing of it reaches the page or the API payload.
 */
export function redactSpeakers<T extends { speakers: unknown[] | null; notes?: string | null }>(
  proposal: T,
  hidden: boolean,
): T & { speakersHidden: boolean } {
  if (!hidden) return { ...proposal, speakersHidden: false };
  return { ...proposal, speakers: null, ...('notes' in proposal ? { notes: null } : {}), speakersHidden: true };
}

export type ReviewStatus = 'reviewed' | 'not-reviewed';

/** The reviewer's queue: assigned and not yet reviewed first, then other assigned, then the rest; each by title. */
export function orderReviewQueue<T extends { assigned: boolean; status: ReviewStatus; title: string; code: string }>(items: readonly T[]): T[] {
  const rank = (x: T) => (x.assigned ? 0 : 2) + (x.status === 'not-reviewed' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'en') || a.code.localeCompare(b.code));
}
