import { createReviewAssignments, findProposalForReview, findReviewerMembership, findUserById, listConflictIdsOfReviewer } from '@podium/db';
import { DomainError, hiddenReason, notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { proposalScope } from './access.ts';
import { assignInput, assignOutput } from './assign.schema.ts';

const WHY: Record<'own' | 'conflict' | 'track', (name: string) => string> = {
  own: (name) => `${name} is a speaker of this proposal.`,
  conflict: (name) => `${name} declared a conflict of interest with this proposal.`,
  track: (name) => `${name} reviews only other tracks.`,
};

/** Assigns a proposal under review to a reviewer by hand (organizers); the same rules as the automatic one. */
export const assignProcedure = organizerProcedure
  .input(assignInput)
  .output(assignOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const membership = await findReviewerMembership(ctx.db, conferenceId, input.userId);
    if (!membership) throw new DomainError('INVALID', 'Please correct the marked fields.', { userId: 'Pick a reviewer of this conference.' });
    const p = await findProposalForReview(ctx.db, conferenceId, input.code);
    if (!p) throw notFound(`Proposal ${input.code}`);
    if (p.state !== 'SUBMITTED') throw new DomainError('CONFLICT', `Only submitted proposals are assigned for review; this one is ${p.state.toLowerCase()}.`);
    const conflictIds = new Set(await listConflictIdsOfReviewer(ctx.db, conferenceId, input.userId));
    const reason = hiddenReason({ userId: input.userId, isOrganizer: false, trackIds: membership.trackIds, conflictIds }, proposalScope(p));
    if (reason && reason !== 'draft') {
      const user = await findUserById(ctx.db, input.userId);
      throw new DomainError('CONFLICT', WHY[reason](user?.name ?? 'This reviewer'));
    }
    await createReviewAssignments(ctx.db, [{ submissionId: p.id, reviewerId: input.userId, source: 'MANUAL' }]);
    return { ok: true as const };
  });
