import { createReviewPhase, listReviewPhases } from '@podium/db';
import { validateReviewPhase } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { readLocalDateTime } from './access.ts';
import { mapPhases } from './mappers.ts';
import { createPhaseInput, savePhaseOutput } from './save-phase.schema.ts';

/** Adds a review phase after the existing ones (organizers). Times are local to the conference. */
export const createPhaseProcedure = organizerProcedure
  .input(createPhaseInput)
  .output(savePhaseOutput)
  .mutation(async ({ ctx, input }) => {
    const tz = ctx.conference.timeZone;
    const startsAt = readLocalDateTime(input.startsAt, tz, 'startsAt');
    const endsAt = readLocalDateTime(input.endsAt, tz, 'endsAt');
    validateReviewPhase({ name: input.name, startsAt, endsAt });
    const existing = await listReviewPhases(ctx.db, ctx.conference.id);
    const position = existing.reduce((max, p) => Math.max(max, p.position + 1), 0);
    const { slug: _slug, ...flags } = input;
    const phase = await createReviewPhase(ctx.db, ctx.conference.id, { ...flags, name: input.name.trim(), startsAt, endsAt, position });
    const mapped = mapPhases([...existing, phase], tz).find((p) => p.id === phase.id)!;
    return { phase: mapped };
  });
