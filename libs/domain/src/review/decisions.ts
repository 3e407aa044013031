// Decisions on proposals (accept / reject / waitlist), one or many at once. Each proposal is planned on its own with
// the lifecycle table of cfp/transitions.ts: the valid ones go ahead, the others are reported with the reason.

import { DomainError } from '../errors.ts';
import type { SubmissionState } from '../cfp/states.ts';
import { nextState, type Decision } from '../cfp/transitions.ts';
import type { MailTemplateKey } from '../mail/templates.ts';

export const DECISION_MAIL: Record<Decision, Extract<MailTemplateKey, 'ACCEPTED' | 'REJECTED' | 'WAITLISTED'>> = {
  accept: 'ACCEPTED',
  reject: 'REJECTED',
  waitlist: 'WAITLISTED',
};

export const DECISION_LABELS: Record<Decision, string> = { accept: 'Accept', reject: 'Reject', waitlist: 'Waitlist' };

export type DecisionPlan<P> = { ok: true; proposal: P; from: SubmissionState; to: SubmissionState } | { ok: false; proposal: P; message: string };

export function planDecisions<P extends { state: SubmissionState }>(proposals: readonly P[], decision: Decision): DecisionPlan<P>[] {
  return proposals.map((proposal) => {
    try {
      return { ok: true as const, proposal, from: proposal.state, to: nextState(proposal.state, decision, 'organizer') };
    } catch (err) {
      if (err instanceof DomainError) return { ok: false as const, proposal, message: err.message };
      throw err;
    }
  });
}
