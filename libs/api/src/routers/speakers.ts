// The organizers' Speakers area (one file each under procedures/speakers/): bios, photos and links approved by staff
// before they go public. This file only wires them.
import { router } from '../trpc.ts';
import { listSpeakersProcedure } from '../procedures/speakers/list.ts';
import { getSpeakerProcedure } from '../procedures/speakers/get.ts';
import { approveSpeakerProcedure } from '../procedures/speakers/approve.ts';
import { updateSpeakerProcedure } from '../procedures/speakers/update.ts';

export const speakersRouter = router({
  list: listSpeakersProcedure,
  get: getSpeakerProcedure,
  approve: approveSpeakerProcedure,
  update: updateSpeakerProcedure,
});
