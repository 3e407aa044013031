import { createSessionType, findSessionType, listSessionTypeNames, updateSessionType } from '@podium/db';
import { notFound, validateSessionType } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { saveSessionTypeInput, savedOutput } from './cfp.schema.ts';
import { readLocalDateTime } from './local-time.ts';

/** Creates a session type, or updates one of this conference when `id` is given. */
export const saveSessionTypeProcedure = organizerProcedure
  .input(saveSessionTypeInput)
  .output(savedOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    if (input.id && !(await findSessionType(ctx.db, conferenceId, input.id))) throw notFound('This session type');
    const cfpClosesAt = readLocalDateTime(input.cfpClosesAt, ctx.conference.timeZone, 'cfpClosesAt');
    const data = { name: input.name.trim(), defaultDurationMinutes: input.defaultDurationMinutes, description: input.description.trim(), cfpClosesAt };
    validateSessionType(data, await listSessionTypeNames(ctx.db, conferenceId, input.id));
    const saved = input.id ? await updateSessionType(ctx.db, input.id, data) : await createSessionType(ctx.db, { conferenceId, ...data });
    return { id: saved.id };
  });
