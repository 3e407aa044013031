import { findScheduleEditorSetup, listRoomsForSettings } from '@podium/db';
import { editorDays, formatDateKey, localDateKey, localTimeOfDay } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { listRoomsOutput } from './rooms.schema.ts';

/** Rooms with capacity, order and availability, and the conference days' hours, as the rooms page shows them. */
export const listRoomsProcedure = organizerProcedure.output(listRoomsOutput).query(async ({ ctx }) => {
  const tz = ctx.conference.timeZone;
  const [rooms, setup] = await Promise.all([listRoomsForSettings(ctx.db, ctx.conference.id), findScheduleEditorSetup(ctx.db, ctx.conference.id)]);
  const local = (w: { start: Date; end: Date }) => ({ date: localDateKey(w.start, tz), start: localTimeOfDay(w.start, tz), end: localTimeOfDay(w.end, tz) });
  return {
    timeZone: tz,
    days: editorDays(setup.scheduleDays, setup).map((d) => ({ date: d.date, label: formatDateKey(d.date), start: localTimeOfDay(d.start, tz), end: localTimeOfDay(d.end, tz) })),
    rooms: rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, description: r.description, availability: r.availability.map(local), slots: r._count.slots })),
  };
});
