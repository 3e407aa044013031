// CFP settings (organizers only): the window and text, session types, tracks and custom questions.
import { router } from '../trpc.ts';
import { getCfpSettingsProcedure } from '../procedures/cfp/get-settings.ts';
import { updateCfpWindowProcedure } from '../procedures/cfp/update-window.ts';
import { saveSessionTypeProcedure } from '../procedures/cfp/save-session-type.ts';
import { deleteSessionTypeProcedure } from '../procedures/cfp/delete-session-type.ts';
import { saveTrackProcedure } from '../procedures/cfp/save-track.ts';
import { deleteTrackProcedure } from '../procedures/cfp/delete-track.ts';
import { saveQuestionProcedure } from '../procedures/cfp/save-question.ts';
import { deleteQuestionProcedure } from '../procedures/cfp/delete-question.ts';
import { moveQuestionProcedure } from '../procedures/cfp/move-question.ts';

export const cfpRouter = router({
  settings: getCfpSettingsProcedure,
  updateWindow: updateCfpWindowProcedure,
  saveSessionType: saveSessionTypeProcedure,
  deleteSessionType: deleteSessionTypeProcedure,
  saveTrack: saveTrackProcedure,
  deleteTrack: deleteTrackProcedure,
  saveQuestion: saveQuestionProcedure,
  deleteQuestion: deleteQuestionProcedure,
  moveQuestion: moveQuestionProcedure,
});
