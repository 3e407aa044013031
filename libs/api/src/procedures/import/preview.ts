import { importScheduleFile } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { importFileInput, importReportSchema } from './import.schema.ts';

/** What importing the file would do to the conference: the report, nothing written (a mutation: the file is large). */
export const previewImportProcedure = organizerProcedure
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
      dryRun: true,
    }),
  );
