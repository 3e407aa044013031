// Submission states (pretalx's lifecycle) and what each means for the program.

export const SUBMISSION_STATES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WAITLISTED', 'CONFIRMED', 'WITHDRAWN', 'CANCELED'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** States whose sessions belong in a schedule (accepted ones may be scheduled before the speaker confirms). */
export const SCHEDULABLE_STATES: readonly SubmissionState[] = ['ACCEPTED', 'CONFIRMED'];

export function isSchedulable(state: SubmissionState): boolean {
  return SCHEDULABLE_STATES.includes(state);
}

export const STATE_LABELS: Record<SubmissionState, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  WAITLISTED: 'Waitlisted',
  CONFIRMED: 'Confirmed',
  WITHDRAWN: 'Withdrawn',
  CANCELED: 'Cancelled',
};
