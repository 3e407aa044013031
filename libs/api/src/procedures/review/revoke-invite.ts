import { createAuditEntry, deleteOpenTeamInvite, findOpenTeamInvite } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { revokeInviteInput, revokeInviteOutput } from './revoke-invite.schema.ts';

/** Withdraws an invitation that has not been accepted: its link stops working at once (organizers). */
export const revokeInviteProcedure = organizerProcedure
  .input(revokeInviteInput)
  .output(revokeInviteOutput)
  .mutation(async ({ ctx, input }) => {
    return ctx.db.$transaction(async (tx) => {
      const invite = await findOpenTeamInvite(tx, ctx.conference.id, input.id);
      // NOT_FOUND also when it was accepted meanwhile: the new reviewer is then removed like any other (removeReviewer).
      if (!invite || !(await deleteOpenTeamInvite(tx, ctx.conference.id, invite.id))) throw notFound('The invitation');
      await createAuditEntry(tx, {
        conferenceId: ctx.conference.id,
        userId: ctx.user.id,
        action: 'team.invite-revoke',
        entity: 'TeamInvite',
        entityId: invite.id,
        before: { email: invite.email, role: invite.role, trackIds: invite.trackIds, expiresAt: invite.expiresAt.toISOString() },
        after: null,
      });
      return { email: invite.email };
    });
  });
