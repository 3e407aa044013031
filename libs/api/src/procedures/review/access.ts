// Loading what the review rules need about the caller, once per request: their committee scope (track limits,
// conflicts, organizer or not) and the running phase. Proposals a person may not see are NOT_FOUND, never FORBIDDEN,
// so a conflicted reviewer cannot even learn that a code exists.

import { canManageReview, type Principal } from '@podium/auth';
import { findProposalForReview, findReviewerMembership, listConflictIdsOfReviewer, listReviewPhases, type Db } from '@podium/db';
import {
  DomainError,
  formatLocalDateTimeInput,
  hiddenReason,
  notFound,
  parseLocalDateTime,
  phaseRules,
  type PhaseRules,
  type ProposalScope,
  type ReviewerScope,
  type ReviewPhaseRule,
  type SubmissionState,
} from '@podium/domain';
import { toGate } from './review-common.schema.ts';

export interface ReviewContext {
  scope: ReviewerScope;
  rules: PhaseRules<ReviewPhaseRule>;
}

export async function loadReviewContext(db: Db, conferenceId: string, principal: Principal, now = new Date()): Promise<ReviewContext> {
  const [membership, conflictIds, phases] = await Promise.all([
    findReviewerMembership(db, conferenceId, principal.userId),
    listConflictIdsOfReviewer(db, conferenceId, principal.userId),
    listReviewPhases(db, conferenceId),
  ]);
  return {
    scope: { userId: principal.userId, isOrganizer: canManageReview(principal), trackIds: membership?.trackIds ?? [], conflictIds: new Set(conflictIds) },
    rules: phaseRules(phases, now),
  };
}

export function toPhaseStatus(rules: PhaseRules<ReviewPhaseRule>, scope: Pick<ReviewerScope, 'isOrganizer'>) {
  return {
    name: rules.phase?.name ?? null,
    phased: rules.phased,
    // Organizers always see speakers; "blind" tells them the committee does not.
    blind: rules.blind,
    review: toGate(rules.review),
    decide: toGate(scope.isOrganizer ? rules.decide : { ok: false, reason: 'Only organizers decide.' }),
  };
}

export function proposalScope(p: { id: string; state: SubmissionState; trackId: string | null; speakers: { speakerProfile: { userId: string } }[] }): ProposalScope {
  return { id: p.id, state: p.state, trackId: p.trackId, speakerUserIds: p.speakers.map((s) => s.speakerProfile.userId) };
}

/** The proposal if this person may see it; NOT_FOUND otherwise (also for drafts, own and conflicted proposals). */
export async function findVisibleProposal(db: Db, conferenceId: string, scope: ReviewerScope, code: string) {
  const p = await findProposalForReview(db, conferenceId, code);
  if (!p || hiddenReason(scope, proposalScope(p)) !== null) throw notFound(`Proposal ${code}`);
  return p;
}

/** A datetime-local form value in the conference zone, or INVALID naming the field. */
export function readLocalDateTime(value: string, timeZone: string, field: string): Date | null {
  try {
    return parseLocalDateTime(value, timeZone);
  } catch {
    throw new DomainError('INVALID', 'Please correct the marked fields.', { [field]: 'Enter a date and time like 2030-05-06 09:30.' });
  }
}

export const toLocalInput = (d: Date | null, timeZone: string) => (d ? formatLocalDateTimeInput(d, timeZone) : '');
