import { updateCfpWindow } from '@podium/db';
import { validateCfpWindow } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { okOutput, updateCfpWindowInput } from './cfp.schema.ts';
import { readLocalDateTime } from './local-time.ts';

export const updateCfpWindowProcedure = organizerProcedure
  .input(updateCfpWindowInput)
  .output(okOutput)
  .mutation(async ({ ctx, input }) => {
    const tz = ctx.conference.timeZone;
    const cfpOpensAt = readLocalDateTime(input.cfpOpensAt, tz, 'cfpOpensAt');
    const cfpClosesAt = readLocalDateTime(input.cfpClosesAt, tz, 'cfpClosesAt');
    validateCfpWindow(cfpOpensAt, cfpClosesAt);
    await updateCfpWindow(ctx.db, ctx.conference.id, { cfpOpensAt, cfpClosesAt, cfpText: input.cfpText, collectAvailability: input.collectAvailability });
    return { ok: true as const };
  });
