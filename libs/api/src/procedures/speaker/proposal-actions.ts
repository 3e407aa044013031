import { canTransition, type SubmissionState } from '@podium/domain';

/** Proposals in these states can no longer gain co-speakers. */
export const CLOSED_STATES: readonly SubmissionState[] = ['WITHDRAWN', 'REJECTED', 'CANCELED'];

/** What the portal offers for a proposal in `state` (the procedures check the same rules again when called). */
export function availableActions(state: SubmissionState, editable: boolean) {
  return {
    saveDraft: state === 'DRAFT' && editable,
    submit: state === 'DRAFT' && editable,
    update: state === 'SUBMITTED' && editable,
    withdraw: canTransition(state, 'withdraw', 'speaker'),
    confirm: canTransition(state, 'confirm', 'speaker'),
    decline: canTransition(state, 'decline', 'speaker'),
    invite: !CLOSED_STATES.includes(state),
  };
}
