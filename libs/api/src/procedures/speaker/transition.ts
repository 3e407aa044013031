// The speaker's state changes (withdraw, confirm, decline): the lifecycle table decides, the write is a
// compare-and-set so two clicks (or a speaker and an organizer) cannot both win.

import { setProposalState } from '@podium/db';
import { DomainError, nextState, type SubmissionAction } from '@podium/domain';
import type { Db } from '@podium/db';
import type { PortalProposalRow } from './support.ts';

export async function applySpeakerAction(db: Db, proposal: PortalProposalRow, action: Extract<SubmissionAction, 'withdraw' | 'confirm' | 'decline'>) {
  const to = nextState(proposal.state, action, 'speaker');
  const done = await setProposalState(db, proposal.id, proposal.state, to, action === 'confirm' ? { confirmedAt: new Date() } : {});
  if (!done) throw new DomainError('CONFLICT', 'This proposal was changed meanwhile: reload the page and try again.');
  return { code: proposal.code, state: to };
}
