import { deleteReviewPhase, findReviewPhase } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { deletePhaseInput, deletePhaseOutput } from './delete-phase.schema.ts';

/** Removes a review phase (organizers). */
export const deletePhaseProcedure = organizerProcedure
  .input(deletePhaseInput)
  .output(deletePhaseOutput)
  .mutation(async ({ ctx, input }) => {
    const phase = await findReviewPhase(ctx.db, ctx.conference.id, input.id);
    if (!phase) throw notFound('The review phase');
    await deleteReviewPhase(ctx.db, phase.id);
    return { ok: true as const };
  });
