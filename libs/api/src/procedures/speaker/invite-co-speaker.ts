import { createCoSpeakerInvite, deleteOpenInvites } from '@podium/db';
import { DomainError } from '@podium/domain';
import { hashInviteToken, newInviteToken } from '../../services/invite-token.ts';
import { queueMail } from '../../services/mail.ts';
import { inviteCoSpeakerInput, inviteCoSpeakerOutput } from './invite-co-speaker.schema.ts';
import { CLOSED_STATES } from './proposal-actions.ts';
import { ownProposalProcedure, publicUrl } from './support.ts';

export const INVITE_VALID_DAYS = 14;

/** Only the hash of an invitation token is stored: the database alone cannot be used to join a proposal. */
export { hashInviteToken };

/**
 * Invites a co-speaker by email: a random link (32 bytes), valid 14 days, single use, mailed through the outbox.
 * A new invitation to the same address replaces an open one.
 */
export const inviteCoSpeakerProcedure = ownProposalProcedure
  .input(inviteCoSpeakerInput)
  .output(inviteCoSpeakerOutput)
  .mutation(async ({ ctx, input }) => {
    const p = ctx.proposal;
    if (CLOSED_STATES.includes(p.state)) throw new DomainError('CONFLICT', 'This proposal is closed: it cannot get new co-speakers.');
    if (p.speakers.some((s) => s.speakerProfile.user.email === input.email)) {
      throw new DomainError('INVALID', 'This person is already a speaker of the proposal.', { email: 'This person is already a speaker of this proposal.' });
    }
    const token = newInviteToken();
    const expiresAt = new Date(Date.now() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000);
    return ctx.db.$transaction(async (tx) => {
      await deleteOpenInvites(tx, p.id, input.email);
      const invite = await createCoSpeakerInvite(tx, { submissionId: p.id, email: input.email, tokenHash: hashInviteToken(token), invitedById: ctx.user.id, expiresAt });
      await queueMail(tx, {
        conferenceId: ctx.conference.id,
        key: 'CO_SPEAKER_INVITE',
        to: input.email,
        submissionId: p.id,
        values: { conference: ctx.conference.name, inviter: ctx.user.name, title: p.title, url: publicUrl(`/invites/${token}`) },
      });
      return { email: invite.email, expiresAt: invite.expiresAt };
    });
  });
