import { TRPCError } from '@trpc/server';
import { canCreateConference } from '@podium/auth';
import { findConferenceBySlug, importScheduleFile } from '@podium/db';
import { authedProcedure } from '../../trpc.ts';
import { importNewConferenceInput, importReportSchema } from './import.schema.ts';

/** Only administrators create conferences; the slug must be free (an existing conference imports from its own page). */
const newConferenceProcedure = authedProcedure.input(importNewConferenceInput).use(async ({ ctx, input, next }) => {
  if (!canCreateConference({ userId: ctx.user.id, isAdmin: ctx.user.isAdmin, teamRoles: [] })) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only administrators may create a conference.' });
  }
  if (await findConferenceBySlug(ctx.db, input.slug)) {
    throw new TRPCError({ code: 'CONFLICT', message: `A conference "${input.slug}" exists already: import into it from its Import page.` });
  }
  return next();
});

const options = (input: { slug: string; name?: string | undefined; content: string; fileName: string; timeZone?: string | undefined }, userId: string) => ({
  slug: input.slug,
  ...(input.name && { name: input.name }),
  text: input.content,
  fileName: input.fileName,
  ...(input.timeZone && { timeZone: input.timeZone }),
  userId,
});

/** What creating a conference from the file would give: the report, nothing written. */
export const previewNewConferenceProcedure = newConferenceProcedure
  .output(importReportSchema)
  .mutation(({ ctx, input }) => importScheduleFile(ctx.db, { ...options(input, ctx.user.id), dryRun: true }));

/** Creates a conference from the file (title, dates, time zone) with everything in it; the caller organizes it. */
export const createConferenceProcedure = newConferenceProcedure
  .output(importReportSchema)
  .mutation(({ ctx, input }) => importScheduleFile(ctx.db, options(input, ctx.user.id)));
