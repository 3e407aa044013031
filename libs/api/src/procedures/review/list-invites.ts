import { findUserNames, listOpenTeamInvites } from '@podium/db';
import { teamInviteStatus } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { listInvitesOutput } from './list-invites.schema.ts';

/** Pending invitations to the program committee (organizers). */
export const listInvitesProcedure = organizerProcedure.output(listInvitesOutput).query(async ({ ctx }) => {
  const invites = await listOpenTeamInvites(ctx.db, ctx.conference.id, 'REVIEWER');
  const names = await findUserNames(ctx.db, invites.flatMap((i) => (i.invitedById ? [i.invitedById] : [])));
  const now = new Date();
  return {
    invites: invites.map((i) => ({
      id: i.id,
      email: i.email,
      trackIds: i.trackIds,
      invitedBy: i.invitedById ? (names.get(i.invitedById) ?? null) : null,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      expired: teamInviteStatus(i, now) === 'expired',
    })),
  };
});
