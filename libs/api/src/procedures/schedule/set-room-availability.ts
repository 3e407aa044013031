import { findRoomOfConference, listRoomAvailability, replaceRoomAvailability } from '@podium/db';
import { DomainError, windowsFromLocal } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule } from './editor-state.ts';
import { setRoomAvailabilityInput, setRoomAvailabilityOutput } from './set-room-availability.schema.ts';

const windowsJson = (ws: { start: Date; end: Date }[]) => ws.map((w) => ({ start: w.start.toISOString(), end: w.end.toISOString() }));

/** Replaces when a room can be used; sessions outside get room_unavailable conflicts. */
export const setRoomAvailabilityProcedure = organizerProcedure
  .input(setRoomAvailabilityInput)
  .output(setRoomAvailabilityOutput)
  .mutation(async ({ ctx, input }) => {
    const room = await findRoomOfConference(ctx.db, ctx.conference.id, input.roomId);
    if (!room) throw new DomainError('INVALID', 'There is no such room in this conference.', { roomId: 'Choose a room of this conference.' });
    const windows = windowsFromLocal(input.windows, ctx.conference.timeZone);
    return changeSchedule(ctx, null, async (tx) => {
      const before = await listRoomAvailability(tx, room.id);
      await replaceRoomAvailability(tx, room.id, windows);
      return {
        result: {},
        audit: { action: 'schedule.room-availability', entity: 'Room', entityId: room.id, before: windowsJson(before), after: windowsJson(windows) },
      };
    });
  });
