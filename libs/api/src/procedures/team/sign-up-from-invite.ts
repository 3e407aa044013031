import { createPasswordAccount, findAccountByEmail, isUniqueViolation } from '@podium/db';
import { hashPassword } from '@podium/auth';
import { DomainError, teamInviteStatus } from '@podium/domain';
import { publicProcedure } from '../../trpc.ts';
import { findInviteByToken, inviteExpired, inviteUsed } from './team-invite-access.ts';
import { signUpFromInviteInput, signUpFromInviteOutput } from './team-invite.schema.ts';

/**
 * Creates the account for an invited address that has none, from the invitation's page (the organizer app has no
 * sign-up of its own). Holding the link proves the address, which is why the email is taken from the invitation and
 * never typed. It does not accept the invitation: the person still sees what they join and accepts it.
 */
export const signUpFromInviteProcedure = publicProcedure
  .input(signUpFromInviteInput)
  .output(signUpFromInviteOutput)
  .mutation(async ({ ctx, input }) => {
    const invite = await findInviteByToken(ctx.db, input.token);
    const status = teamInviteStatus(invite, new Date());
    if (status === 'accepted') throw inviteUsed();
    if (status === 'expired') throw inviteExpired(invite);
    const taken = () => new DomainError('CONFLICT', `An account with ${invite.email} already exists: sign in with it to accept the invitation.`);
    if (await findAccountByEmail(ctx.db, invite.email)) throw taken();
    const passwordHash = await hashPassword(input.password);
    try {
      const user = await createPasswordAccount(ctx.db, { email: invite.email, name: input.name, passwordHash });
      return { userId: user.id, email: user.email!, name: user.name };
    } catch (err) {
      if (isUniqueViolation(err)) throw taken(); // the same address, signed up in parallel
      throw err;
    }
  });
