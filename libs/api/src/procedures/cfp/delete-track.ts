import { deleteTrack, findTrack } from '@podium/db';
import { DomainError, notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { byIdInput, okOutput } from './cfp.schema.ts';

/** Deletes an unused track; proposals would silently lose their track otherwise. */
export const deleteTrackProcedure = organizerProcedure
  .input(byIdInput)
  .output(okOutput)
  .mutation(async ({ ctx, input }) => {
    const track = await findTrack(ctx.db, ctx.conference.id, input.id);
    if (!track) throw notFound('This track');
    if (track._count.submissions > 0) {
      throw new DomainError('CONFLICT', `"${track.name}" has ${track._count.submissions} proposal(s); move them to another track first.`);
    }
    await deleteTrack(ctx.db, track.id);
    return { ok: true as const };
  });
