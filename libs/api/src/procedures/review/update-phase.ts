import { findReviewPhase, listReviewPhases, updateReviewPhase } from '@podium/db';
import { notFound, validateReviewPhase } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { readLocalDateTime } from './access.ts';
import { mapPhases } from './mappers.ts';
import { savePhaseOutput, updatePhaseInput } from './save-phase.schema.ts';

/** Changes a review phase's name, window and rules (organizers). */
export const updatePhaseProcedure = organizerProcedure
  .input(updatePhaseInput)
  .output(savePhaseOutput)
  .mutation(async ({ ctx, input }) => {
    const current = await findReviewPhase(ctx.db, ctx.conference.id, input.id);
    if (!current) throw notFound('The review phase');
    const tz = ctx.conference.timeZone;
    const startsAt = readLocalDateTime(input.startsAt, tz, 'startsAt');
    const endsAt = readLocalDateTime(input.endsAt, tz, 'endsAt');
    validateReviewPhase({ name: input.name, startsAt, endsAt });
    const { slug: _slug, id, ...flags } = input;
    await updateReviewPhase(ctx.db, id, { ...flags, name: input.name.trim(), startsAt, endsAt, position: current.position });
    const phases = mapPhases(await listReviewPhases(ctx.db, ctx.conference.id), tz);
    return { phase: phases.find((p) => p.id === id)! };
  });
