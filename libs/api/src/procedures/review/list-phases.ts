import { listReviewPhases } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { listPhasesOutput } from './list-phases.schema.ts';
import { mapPhases } from './mappers.ts';

/** The review phases in order, with the running one marked (organizers). */
export const listPhasesProcedure = organizerProcedure.output(listPhasesOutput).query(async ({ ctx }) => {
  const phases = await listReviewPhases(ctx.db, ctx.conference.id);
  return { timeZone: ctx.conference.timeZone, phases: mapPhases(phases, ctx.conference.timeZone) };
});
