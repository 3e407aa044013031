import { findInviteByTokenHash } from '@podium/db';
import { DomainError } from '@podium/domain';
import { publicProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getInviteOutput, inviteTokenInput } from './get-invite.schema.ts';
import { hashInviteToken } from './invite-co-speaker.ts';
import { CLOSED_STATES } from './proposal-actions.ts';

export const invalidInvite = () => new DomainError('NOT_FOUND', 'This invitation link is not valid. Check that you copied all of it.');

/** What an invitation link is about, for the page it opens (anyone holding the link may look). */
export const getInviteProcedure = publicProcedure
  .input(inviteTokenInput)
  .output(getInviteOutput)
  .query(async ({ ctx, input }) => {
    const invite = await findInviteByTokenHash(ctx.db, hashInviteToken(input.token));
    if (!invite) throw invalidInvite();
    const s = invite.submission;
    const viewerIsSpeaker = !!ctx.user && s.speakers.some((sp) => sp.speakerProfile.userId === ctx.user!.id);
    const status = invite.acceptedAt ? 'accepted' : CLOSED_STATES.includes(s.state) ? 'closed' : invite.expiresAt <= new Date() ? 'expired' : 'open';
    const reveal = status !== 'accepted' || viewerIsSpeaker;
    return {
      conference: toConferenceSummary(s.conference),
      status,
      title: reveal ? s.title : null,
      inviter: reveal ? invite.invitedBy.name : null,
      expiresAt: invite.expiresAt,
      viewerIsSpeaker,
      code: viewerIsSpeaker ? s.code : null,
    };
  });
