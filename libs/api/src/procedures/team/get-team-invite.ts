import { findAccountByEmail, findUserNames, listReviewTracks } from '@podium/db';
import { sameEmailAddress, teamInviteStatus } from '@podium/domain';
import { publicProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { findInviteByToken } from './team-invite-access.ts';
import { getTeamInviteOutput, teamInviteTokenInput } from './team-invite.schema.ts';

/** What an invitation link is about, for the page it opens (anyone holding the link may look; nobody gains anything). */
export const getTeamInviteProcedure = publicProcedure
  .input(teamInviteTokenInput)
  .output(getTeamInviteOutput)
  .query(async ({ ctx, input }) => {
    const invite = await findInviteByToken(ctx.db, input.token);
    const status = teamInviteStatus(invite, new Date());
    const acceptedIt = !!ctx.user && invite.acceptedById === ctx.user.id;
    const reveal = status !== 'accepted' || acceptedIt;
    const [tracks, names, account] = await Promise.all([
      listReviewTracks(ctx.db, invite.conference.id),
      findUserNames(ctx.db, invite.invitedById ? [invite.invitedById] : []),
      status === 'accepted' ? null : findAccountByEmail(ctx.db, invite.email),
    ]);
    const trackName = new Map(tracks.map((t) => [t.id, t.name]));
    return {
      conference: toConferenceSummary(invite.conference),
      role: invite.role,
      status,
      email: reveal ? invite.email : null,
      trackNames: reveal ? invite.trackIds.flatMap((id) => trackName.get(id) ?? []) : [],
      inviter: reveal && invite.invitedById ? (names.get(invite.invitedById) ?? null) : null,
      expiresAt: invite.expiresAt,
      accountExists: status === 'accepted' ? null : !!account,
      viewer: ctx.user ? { email: ctx.user.email, isInvitee: sameEmailAddress(ctx.user.email, invite.email), acceptedIt } : null,
    };
  });
