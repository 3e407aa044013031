// The speaker area's procedures (one file each under procedures/speaker/); this file only wires them.
import { router } from '../trpc.ts';
import { signUpProcedure } from '../procedures/speaker/sign-up.ts';
import { getCfpProcedure } from '../procedures/speaker/get-cfp.ts';
import { listMyProposalsProcedure } from '../procedures/speaker/list-my-proposals.ts';
import { getProposalProcedure } from '../procedures/speaker/get-proposal.ts';
import { saveDraftProcedure } from '../procedures/speaker/save-draft.ts';
import { submitProcedure } from '../procedures/speaker/submit.ts';
import { updateProcedure } from '../procedures/speaker/update.ts';
import { withdrawProcedure } from '../procedures/speaker/withdraw.ts';
import { confirmProcedure } from '../procedures/speaker/confirm.ts';
import { declineProcedure } from '../procedures/speaker/decline.ts';
import { inviteCoSpeakerProcedure } from '../procedures/speaker/invite-co-speaker.ts';
import { getInviteProcedure } from '../procedures/speaker/get-invite.ts';
import { acceptInviteProcedure } from '../procedures/speaker/accept-invite.ts';
import { getProfileProcedure } from '../procedures/speaker/get-profile.ts';
import { updateProfileProcedure } from '../procedures/speaker/update-profile.ts';

export const speakerRouter = router({
  signUp: signUpProcedure,
  cfp: getCfpProcedure,
  myProposals: listMyProposalsProcedure,
  proposal: getProposalProcedure,
  saveDraft: saveDraftProcedure,
  submit: submitProcedure,
  update: updateProcedure,
  withdraw: withdrawProcedure,
  confirm: confirmProcedure,
  decline: declineProcedure,
  inviteCoSpeaker: inviteCoSpeakerProcedure,
  invite: getInviteProcedure,
  acceptInvite: acceptInviteProcedure,
  profile: getProfileProcedure,
  updateProfile: updateProfileProcedure,
});
