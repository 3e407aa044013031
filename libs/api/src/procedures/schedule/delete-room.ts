import { deleteRoom, findRoomWithUse } from '@podium/db';
import { DomainError, notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule } from './editor-state.ts';
import { roomChangeOutput, roomIdInput } from './rooms.schema.ts';

/** Deletes a room no schedule version uses: released schedules keep their rooms, so a used room is refused. */
export const deleteRoomProcedure = organizerProcedure
  .input(roomIdInput)
  .output(roomChangeOutput)
  .mutation(async ({ ctx, input }) => {
    const room = await findRoomWithUse(ctx.db, ctx.conference.id, input.id);
    if (!room) throw notFound('This room');
    if (room._count.slots > 0) {
      throw new DomainError('CONFLICT', `"${room.name}" is used by ${room._count.slots} slot(s) in the schedule or its releases; move those sessions first.`);
    }
    return changeSchedule(ctx, null, async (tx) => {
      await deleteRoom(tx, room.id);
      return { result: {}, audit: { action: 'schedule.room-delete', entity: 'Room', entityId: room.id, before: { name: room.name, capacity: room.capacity }, after: null } };
    });
  });
