// Importing schedules from other tools (frab/pretalx, pentabarf, Sessionize): preview and import into a conference
// (organizers), or create a conference from a file (administrators).
import { router } from '../trpc.ts';
import { previewImportProcedure } from '../procedures/import/preview.ts';
import { runImportProcedure } from '../procedures/import/run.ts';
import { createConferenceProcedure, previewNewConferenceProcedure } from '../procedures/import/new-conference.ts';

export const importRouter = router({
  preview: previewImportProcedure,
  run: runImportProcedure,
  previewNewConference: previewNewConferenceProcedure,
  createConference: createConferenceProcedure,
});
