import { createTrack, findTrack, listTrackNames, updateTrack } from '@podium/db';
import { notFound, validateTrack } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { saveTrackInput, savedOutput } from './cfp.schema.ts';

export const saveTrackProcedure = organizerProcedure
  .input(saveTrackInput)
  .output(savedOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    if (input.id && !(await findTrack(ctx.db, conferenceId, input.id))) throw notFound('This track');
    const data = { name: input.name.trim(), color: input.color.trim().toLowerCase(), description: input.description.trim() };
    validateTrack(data, await listTrackNames(ctx.db, conferenceId, input.id));
    const saved = input.id ? await updateTrack(ctx.db, input.id, data) : await createTrack(ctx.db, { conferenceId, ...data });
    return { id: saved.id };
  });
