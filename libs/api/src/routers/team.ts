// Joining a conference's team through an emailed invitation (organizer app): the invitation's page, creating the
// account for the invited address, and accepting. Sending and withdrawing invitations are review procedures.
import { router } from '../trpc.ts';
import { getTeamInviteProcedure } from '../procedures/team/get-team-invite.ts';
import { signUpFromInviteProcedure } from '../procedures/team/sign-up-from-invite.ts';
import { acceptTeamInviteProcedure } from '../procedures/team/accept-team-invite.ts';

export const teamRouter = router({
  invite: getTeamInviteProcedure,
  signUp: signUpFromInviteProcedure,
  acceptInvite: acceptTeamInviteProcedure,
});
