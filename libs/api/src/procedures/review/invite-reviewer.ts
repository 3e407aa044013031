import { createAuditEntry, createTeamInvite, deleteOpenTeamInvites, findReviewerMembership, findUserRefByEmail, listReviewTracks } from '@podium/db';
import { DomainError, teamInviteExpiry, teamInviteMailValues } from '@podium/domain';
import { hashInviteToken, newInviteToken } from '../../services/invite-token.ts';
import { organizerUrl, queueMail, teamInvitePath } from '../../services/mail.ts';
import { organizerProcedure } from '../../trpc.ts';
import { inviteReviewerInput, inviteReviewerOutput } from './invite-reviewer.schema.ts';
import { checkTrackIds } from './reviewer-tracks.ts';

/**
 * Invites someone to the program committee by email (organizers). It grants nothing by itself: it stores an invitation
 * (only the hash of its random link, valid 14 days, single use) and queues the mail with the link in the outbox,
 * worded by the conference's TEAM_INVITE template (or the default). The person becomes a reviewer when they accept it
 * signed in with that very address, so registering a committee member's address first gains nobody anything. A new
 * invitation to the same address replaces an open one.
 */
export const inviteReviewerProcedure = organizerProcedure
  .input(inviteReviewerInput)
  .output(inviteReviewerOutput)
  .mutation(async ({ ctx, input }) => {
    const existing = await findUserRefByEmail(ctx.db, input.email);
    if (existing && (await findReviewerMembership(ctx.db, ctx.conference.id, existing.id))) {
      throw new DomainError('INVALID', 'Please correct the marked fields.', { email: `${existing.name} is already a reviewer.` });
    }
    const trackIds = await checkTrackIds(ctx.db, ctx.conference.id, input.trackIds);
    const trackName = new Map((await listReviewTracks(ctx.db, ctx.conference.id)).map((t) => [t.id, t.name]));
    const token = newInviteToken();
    const expiresAt = teamInviteExpiry(new Date());
    const values = teamInviteMailValues({
      conference: ctx.conference.name,
      timeZone: ctx.conference.timeZone,
      inviter: ctx.user.name,
      role: 'REVIEWER',
      trackNames: trackIds.map((id) => trackName.get(id) ?? id),
      url: organizerUrl(teamInvitePath(token)),
      expiresAt,
    });
    return ctx.db.$transaction(async (tx) => {
      const replaced = await deleteOpenTeamInvites(tx, ctx.conference.id, input.email, 'REVIEWER');
      const invite = await createTeamInvite(tx, {
        conferenceId: ctx.conference.id,
        email: input.email,
        role: 'REVIEWER',
        trackIds,
        tokenHash: hashInviteToken(token),
        invitedById: ctx.user.id,
        expiresAt,
      });
      await queueMail(tx, { conferenceId: ctx.conference.id, key: 'TEAM_INVITE', to: input.email, values });
      await createAuditEntry(tx, {
        conferenceId: ctx.conference.id,
        userId: ctx.user.id,
        action: 'team.invite',
        entity: 'TeamInvite',
        entityId: invite.id,
        before: replaced.length ? { replacedInviteIds: replaced.map((r) => r.id) } : null,
        after: { email: invite.email, role: invite.role, trackIds: invite.trackIds, expiresAt: invite.expiresAt.toISOString() },
      });
      return { email: invite.email, expiresAt: invite.expiresAt, replaced: replaced.length };
    });
  });
