import { addCoSpeaker, findInviteByTokenHash, markInviteAccepted } from '@podium/db';
import { canJoinAsCoSpeaker } from '@podium/auth';
import { DomainError, localDateKey, formatDateKey } from '@podium/domain';
import { authedProcedure } from '../../trpc.ts';
import { acceptInviteInput, acceptInviteOutput } from './accept-invite.schema.ts';
import { invalidInvite } from './get-invite.ts';
import { hashInviteToken } from './invite-co-speaker.ts';
import { CLOSED_STATES } from './proposal-actions.ts';
import { ensureSpeakerProfile } from './support.ts';

const usedAlready = () => new DomainError('CONFLICT', 'This invitation has already been used. Ask the speaker to invite you again if you need to.');

/**
 * Joins a proposal as co-speaker through an invitation link: signed in, link unused and not expired. The link is used
 * up (once, even when two people race for it); the person gets a speaker profile in the conference if needed.
 */
export const acceptInviteProcedure = authedProcedure
  .input(acceptInviteInput)
  .output(acceptInviteOutput)
  .mutation(async ({ ctx, input }) => {
    const invite = await findInviteByTokenHash(ctx.db, hashInviteToken(input.token));
    if (!invite) throw invalidInvite();
    const s = invite.submission;
    const speakerUserIds = s.speakers.map((sp) => sp.speakerProfile.userId);
    const done = { slug: s.conference.slug, code: s.code };
    if (invite.acceptedAt) {
      // The person who used it, following the link again, simply gets to the proposal.
      if (speakerUserIds.includes(ctx.user.id)) return done;
      throw usedAlready();
    }
    if (CLOSED_STATES.includes(s.state)) throw new DomainError('CONFLICT', 'This proposal is closed: the invitation no longer applies.');
    if (invite.expiresAt <= new Date()) {
      const day = formatDateKey(localDateKey(invite.expiresAt, s.conference.timeZone));
      throw new DomainError('CONFLICT', `This invitation expired on ${day}. Ask ${invite.invitedBy.name} to invite you again.`);
    }
    if (!canJoinAsCoSpeaker({ userId: ctx.user.id }, { speakerUserIds })) {
      throw new DomainError('CONFLICT', 'You are already a speaker of this proposal.');
    }
    // The link travels by mail and sits in the outbox: only the account with the invited address may use it.
    if ((ctx.user.email ?? '').toLowerCase() !== invite.email.toLowerCase()) {
      throw new DomainError('FORBIDDEN', `This invitation is for ${invite.email}. Sign in with that address (or create an account with it) to join.`);
    }
    const profile = await ensureSpeakerProfile(ctx.db, s.conference.id, ctx.user.id);
    await ctx.db.$transaction(async (tx) => {
      if (!(await markInviteAccepted(tx, invite.id, new Date()))) throw usedAlready();
      await addCoSpeaker(tx, s.id, profile.id);
    });
    return done;
  });
