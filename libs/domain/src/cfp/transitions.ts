// Who may move a submission from which state to which (pretalx's SubmissionStates, plus a waitlist).
// One table for the whole lifecycle, so the speaker portal, the review and the API cannot disagree.

import { DomainError } from '../errors.ts';
import type { SubmissionState } from './states.ts';

export type SubmissionAction =
  | 'submit' // speaker: draft -> submitted
  | 'withdraw' // speaker: a proposal they no longer want considered
  | 'accept' // organizer
  | 'reject' // organizer
  | 'waitlist' // organizer
  | 'confirm' // speaker: accepted -> confirmed
  | 'decline' // speaker: accepted -> withdrawn
  | 'cancel' // organizer: an accepted or confirmed session is called off
  | 'reopen'; // organizer: back to submitted (undo a decision)

export type Actor = 'speaker' | 'organizer';

const RULES: Record<SubmissionAction, { actor: Actor; from: readonly SubmissionState[]; to: SubmissionState }> = {
  submit: { actor: 'speaker', from: ['DRAFT'], to: 'SUBMITTED' },
  withdraw: { actor: 'speaker', from: ['DRAFT', 'SUBMITTED', 'WAITLISTED'], to: 'WITHDRAWN' },
  accept: { actor: 'organizer', from: ['SUBMITTED', 'REJECTED', 'WAITLISTED'], to: 'ACCEPTED' },
  reject: { actor: 'organizer', from: ['SUBMITTED', 'ACCEPTED', 'WAITLISTED'], to: 'REJECTED' },
  waitlist: { actor: 'organizer', from: ['SUBMITTED', 'ACCEPTED', 'REJECTED'], to: 'WAITLISTED' },
  confirm: { actor: 'speaker', from: ['ACCEPTED'], to: 'CONFIRMED' },
  decline: { actor: 'speaker', from: ['ACCEPTED'], to: 'WITHDRAWN' },
  cancel: { actor: 'organizer', from: ['ACCEPTED', 'CONFIRMED'], to: 'CANCELED' },
  reopen: { actor: 'organizer', from: ['ACCEPTED', 'REJECTED', 'WAITLISTED'], to: 'SUBMITTED' },
};

const VERB: Record<SubmissionAction, string> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  accept: 'accepted',
  reject: 'rejected',
  waitlist: 'put on the waitlist',
  confirm: 'confirmed',
  decline: 'declined',
  cancel: 'cancelled',
  reopen: 'reopened',
};

export function canTransition(state: SubmissionState, action: SubmissionAction, actor: Actor): boolean {
  const rule = RULES[action];
  return rule.actor === actor && rule.from.includes(state);
}

/** The state after `action`, or a CONFLICT error that says why not in words a person understands. */
export function nextState(state: SubmissionState, action: SubmissionAction, actor: Actor): SubmissionState {
  const rule = RULES[action];
  if (rule.actor !== actor) throw new DomainError('FORBIDDEN', `Only ${rule.actor}s can do this.`);
  if (!rule.from.includes(state)) {
    const adjective = state.toLowerCase();
    throw new DomainError('CONFLICT', `${/^[aeiou]/.test(adjective) ? 'An' : 'A'} ${adjective} proposal cannot be ${VERB[action]}.`);
  }
  return rule.to;
}

/** Decisions organizers take from the ranking (also in bulk). */
export const DECISIONS = ['accept', 'reject', 'waitlist'] as const satisfies readonly SubmissionAction[];
export type Decision = (typeof DECISIONS)[number];
