// The review area's procedures (one file each under procedures/review/); this file only wires them.
import { router } from '../trpc.ts';
import { listPhasesProcedure } from '../procedures/review/list-phases.ts';
import { createPhaseProcedure } from '../procedures/review/create-phase.ts';
import { updatePhaseProcedure } from '../procedures/review/update-phase.ts';
import { deletePhaseProcedure } from '../procedures/review/delete-phase.ts';
import { listCategoriesProcedure } from '../procedures/review/list-categories.ts';
import { createCategoryProcedure } from '../procedures/review/create-category.ts';
import { updateCategoryProcedure } from '../procedures/review/update-category.ts';
import { deleteCategoryProcedure } from '../procedures/review/delete-category.ts';
import { listReviewersProcedure } from '../procedures/review/list-reviewers.ts';
import { inviteReviewerProcedure } from '../procedures/review/invite-reviewer.ts';
import { listInvitesProcedure } from '../procedures/review/list-invites.ts';
import { revokeInviteProcedure } from '../procedures/review/revoke-invite.ts';
import { setReviewerTracksProcedure } from '../procedures/review/set-reviewer-tracks.ts';
import { removeReviewerProcedure } from '../procedures/review/remove-reviewer.ts';
import { listProposalsProcedure } from '../procedures/review/list-proposals.ts';
import { getProposalProcedure } from '../procedures/review/get-proposal.ts';
import { saveReviewProcedure } from '../procedures/review/save-review.ts';
import { declareConflictProcedure } from '../procedures/review/declare-conflict.ts';
import { removeConflictProcedure } from '../procedures/review/remove-conflict.ts';
import { bidProcedure } from '../procedures/review/bid.ts';
import { listAssignmentsProcedure } from '../procedures/review/list-assignments.ts';
import { assignProcedure } from '../procedures/review/assign.ts';
import { unassignProcedure } from '../procedures/review/unassign.ts';
import { autoAssignProcedure } from '../procedures/review/auto-assign.ts';
import { rankingProcedure } from '../procedures/review/ranking.ts';
import { decideProcedure } from '../procedures/review/decide.ts';

export const reviewRouter = router({
  // Settings (organizers)
  phases: listPhasesProcedure,
  createPhase: createPhaseProcedure,
  updatePhase: updatePhaseProcedure,
  deletePhase: deletePhaseProcedure,
  categories: listCategoriesProcedure,
  createCategory: createCategoryProcedure,
  updateCategory: updateCategoryProcedure,
  deleteCategory: deleteCategoryProcedure,
  reviewers: listReviewersProcedure,
  /** Reviewers join by accepting an emailed invitation (team.acceptInvite); nobody is added by address alone. */
  inviteReviewer: inviteReviewerProcedure,
  invites: listInvitesProcedure,
  revokeInvite: revokeInviteProcedure,
  setReviewerTracks: setReviewerTracksProcedure,
  removeReviewer: removeReviewerProcedure,
  // The committee (organizers and reviewers)
  proposals: listProposalsProcedure,
  proposal: getProposalProcedure,
  save: saveReviewProcedure,
  declareConflict: declareConflictProcedure,
  removeConflict: removeConflictProcedure,
  bid: bidProcedure,
  // Assignment and decisions (organizers)
  assignments: listAssignmentsProcedure,
  assign: assignProcedure,
  unassign: unassignProcedure,
  autoAssign: autoAssignProcedure,
  ranking: rankingProcedure,
  decide: decideProcedure,
});
