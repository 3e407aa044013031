import { createAuditEntry, ensureTeamMembership, markTeamInviteAccepted } from '@podium/db';
import { DomainError, sameEmailAddress, teamInviteStatus } from '@podium/domain';
import { authedProcedure } from '../../trpc.ts';
import { findInviteByToken, inviteExpired, inviteUsed } from './team-invite-access.ts';
import { acceptTeamInviteInput, acceptTeamInviteOutput } from './team-invite.schema.ts';

/**
 * Joins a conference's team through an invitation link: signed in with the invited address, link unused and not
 * expired. The membership gets the invitation's role and track limits; the link is used up once, even when two tabs
 * race for it (a conditional update inside the transaction); the acceptance is audited.
 */
export const acceptTeamInviteProcedure = authedProcedure
  .input(acceptTeamInviteInput)
  .output(acceptTeamInviteOutput)
  .mutation(async ({ ctx, input }) => {
    const invite = await findInviteByToken(ctx.db, input.token);
    const done = { slug: invite.conference.slug, role: invite.role };
    const now = new Date();
    const status = teamInviteStatus(invite, now);
    if (status === 'accepted') {
      // The person who used it, following the link again, simply gets to the conference.
      if (invite.acceptedById === ctx.user.id) return done;
      throw inviteUsed();
    }
    if (status === 'expired') throw inviteExpired(invite);
    // The link travels by mail and sits in the outbox: only the account with the invited address may use it.
    if (!sameEmailAddress(ctx.user.email, invite.email)) {
      throw new DomainError('FORBIDDEN', `This invitation is for ${invite.email}. Sign in with that address (or create an account with it) to accept it.`);
    }
    const accepted = await ctx.db.$transaction(async (tx) => {
      if (!(await markTeamInviteAccepted(tx, invite.id, ctx.user.id, now))) return false;
      const membership = await ensureTeamMembership(tx, { conferenceId: invite.conference.id, userId: ctx.user.id, role: invite.role, trackIds: invite.trackIds });
      await createAuditEntry(tx, {
        conferenceId: invite.conference.id,
        userId: ctx.user.id,
        action: 'team.invite-accept',
        entity: 'TeamInvite',
        entityId: invite.id,
        before: null,
        after: { email: invite.email, role: invite.role, trackIds: invite.trackIds, membershipId: membership.id },
      });
      return true;
    });
    if (!accepted) {
      // Someone got there first: the same person in another tab (fine, they are in), or the link was withdrawn
      // (NOT_FOUND from findInviteByToken), or another account used it.
      const latest = await findInviteByToken(ctx.db, input.token);
      if (latest.acceptedById !== ctx.user.id) throw inviteUsed();
    }
    return done;
  });
