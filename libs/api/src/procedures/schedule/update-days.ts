import { findScheduleEditorSetup, upsertScheduleDays } from '@podium/db';
import { dayHoursFromLocal, editorDays } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule } from './editor-state.ts';
import { updateDaysInput, updateDaysOutput } from './update-days.schema.ts';

const localDays = (days: ReturnType<typeof editorDays>) => days.map((d) => ({ date: d.date, start: d.localStart, end: d.localEnd }));

/** Sets the schedulable hours of conference days (local HH:MM); sessions now outside get outside_conference_hours. */
export const updateDaysProcedure = organizerProcedure
  .input(updateDaysInput)
  .output(updateDaysOutput)
  .mutation(async ({ ctx, input }) => {
    const setup = await findScheduleEditorSetup(ctx.db, ctx.conference.id);
    const days = dayHoursFromLocal(input.days, setup);
    return changeSchedule(ctx, null, async (tx) => {
      const before = editorDays((await findScheduleEditorSetup(tx, ctx.conference.id)).scheduleDays, setup);
      await upsertScheduleDays(tx, ctx.conference.id, days);
      const after = editorDays((await findScheduleEditorSetup(tx, ctx.conference.id)).scheduleDays, setup);
      return { result: {}, audit: { action: 'schedule.days', entity: 'Conference', entityId: ctx.conference.id, before: localDays(before), after: localDays(after) } };
    });
  });
