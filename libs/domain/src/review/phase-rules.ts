// What the running review phase allows. With no phase configured at all the review is not phased: reviewing and
// deciding are allowed and nothing is blind. Once phases exist, outside every phase nobody reviews and nobody decides
// (see activePhase in phases.ts).

import { DomainError } from '../errors.ts';
import { activePhase, type PhaseLike } from './phases.ts';

export interface ReviewPhaseRule extends PhaseLike {
  name: string;
  reviewersCanReview: boolean;
  blind: boolean;
  reviewersSeeOtherReviews: boolean;
  speakersCanEdit: boolean;
  organizersCanDecide: boolean;
}

export type ReviewGate = { ok: true } | { ok: false; reason: string };

export interface PhaseRules<P extends ReviewPhaseRule> {
  /** The running phase; null when none runs (or none is configured). */
  phase: P | null;
  /** Whether any phase is configured. */
  phased: boolean;
  review: ReviewGate;
  decide: ReviewGate;
  /** Speaker names and profiles are hidden from reviewers (not from organizers). */
  blind: boolean;
  /** Reviewers see the other reviews of a proposal once they reviewed it themselves. */
  reviewersSeeOtherReviews: boolean;
}

export function phaseRules<P extends ReviewPhaseRule>(phases: readonly P[], now: Date): PhaseRules<P> {
  const OK: ReviewGate = { ok: true };
  if (phases.length === 0) return { phase: null, phased: false, review: OK, decide: OK, blind: false, reviewersSeeOtherReviews: false };
  const phase = activePhase(phases, now);
  if (!phase) {
    const closed: ReviewGate = { ok: false, reason: 'No review phase is running now.' };
    // Between phases anonymity fails closed: a blind review must not be undone by opening a proposal before it starts.
    return { phase: null, phased: true, review: closed, decide: closed, blind: phases.some((p) => p.blind), reviewersSeeOtherReviews: false };
  }
  return {
    phase,
    phased: true,
    review: phase.reviewersCanReview ? OK : { ok: false, reason: `Reviews cannot be written or changed during “${phase.name}”.` },
    decide: phase.organizersCanDecide ? OK : { ok: false, reason: `Decisions cannot be taken during “${phase.name}”.` },
    blind: phase.blind,
    reviewersSeeOtherReviews: phase.reviewersSeeOtherReviews,
  };
}

/** Throws FORBIDDEN with the gate's reason when it is closed. */
export function assertReviewGate(gate: ReviewGate): void {
  if (!gate.ok) throw new DomainError('FORBIDDEN', gate.reason);
}

/** Checks a review phase an organizer entered; throws INVALID with per-field messages. */
export function validateReviewPhase(input: { name: string; startsAt: Date | null; endsAt: Date | null }): void {
  const fields: Record<string, string> = {};
  const name = input.name.trim();
  if (!name) fields.name = 'A name is required.';
  else if (name.length > 100) fields.name = 'Keep the name under 100 characters.';
  if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt) fields.endsAt = 'The end must be after the start.';
  if (Object.keys(fields).length) throw new DomainError('INVALID', 'The review phase has errors: see the marked fields.', fields);
}
