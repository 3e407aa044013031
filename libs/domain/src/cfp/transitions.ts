// Who may move a submission from which state to which (pretalx's SubmissionStates, plus a waitlist).
// One table for the whole lifecycle, so the speaker portal, the review and the API cannot disagree.

import { DomainError } from '../errors.ts';
import { STATE_LABELS, type SubmissionState } from './states.ts';

export type SubmissionAction =
  | 'submit' // speaker: draft -> submitted
  | 'withdraw' // speaker: a proposal they no longer want considered
  | 'accept' // organizer
  | 'reject' // organizer
  | 'waitlist' // organizer
  | 'confirm' // speaker: accepted -> confirmed
  | 'decline' // speaker: accepted -> withdrawn
  | 'cancel' // organizer: an accepted or confirmed session is called off
  | 'restore' // organizer: a cancelled session is back in the program (accepted: its speakers confirm again)
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
  restore: { actor: 'organizer', from: ['CANCELED'], to: 'ACCEPTED' },
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
  restore: 'restored',
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

/**
 * The state after organizers cancel a session (pretalx's `cancel`): only an accepted or confirmed one can be, and the
 * refusal says which state it is in. Cancelling takes the session out of the schedule: the next release no longer
 * publishes it, so its changelog lists it as cancelled.
 */
export function cancelSessionState(state: SubmissionState): SubmissionState {
  if (state === 'CANCELED') throw new DomainError('CONFLICT', 'This session is already cancelled.');
  if (!canTransition(state, 'cancel', 'organizer')) {
    throw new DomainError('CONFLICT', `Only accepted or confirmed sessions can be cancelled; this one is ${STATE_LABELS[state].toLowerCase()}.`);
  }
  return nextState(state, 'cancel', 'organizer');
}

/**
 * The state after organizers restore a cancelled session (pretalx lets organizers accept a cancelled submission again;
 * speakers cannot): accepted, so its speakers confirm again, and off the grid until someone places it.
 */
export function restoreSessionState(state: SubmissionState): SubmissionState {
  if (!canTransition(state, 'restore', 'organizer')) {
    throw new DomainError('CONFLICT', `Only a cancelled session can be restored; this one is ${STATE_LABELS[state].toLowerCase()}.`);
  }
  return nextState(state, 'restore', 'organizer');
}

/** Decisions organizers take from the ranking (also in bulk). */
export const DECISIONS = ['accept', 'reject', 'waitlist'] as const satisfies readonly SubmissionAction[];
export type Decision = (typeof DECISIONS)[number];
