import { importScheduleFile } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { importFileInput, importReportSchema } from './import.schema.ts';

/** Imports the file into the conference in one transaction (re-imports update); returns the report. */
export const runImportProcedure = organizerProcedure
  .input(importFileInput)
  .output(importReportSchema)
  .mutation(({ ctx, input }) =>
    importScheduleFile(ctx.db, {
      slug: ctx.conference.slug,
      createIfMissing: false,
      text: input.content,
      fileName: input.fileName,
      ...(input.timeZone && { timeZone: input.timeZone }),
      userId: ctx.user.id,
    }),
  );
