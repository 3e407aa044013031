import { createRoom, findRoomWithUse, listRoomNames, updateRoom } from '@podium/db';
import { notFound, validateRoom } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule } from './editor-state.ts';
import { roomChangeOutput, saveRoomInput } from './rooms.schema.ts';

/** Adds a room (last in the order) or renames / re-sizes one; open grids refresh through the revision. */
export const saveRoomProcedure = organizerProcedure
  .input(saveRoomInput)
  .output(roomChangeOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const existing = input.id ? await findRoomWithUse(ctx.db, conferenceId, input.id) : null;
    if (input.id && !existing) throw notFound('This room');
    const data = { name: input.name.trim(), capacity: input.capacity, description: input.description.trim() };
    validateRoom(data, await listRoomNames(ctx.db, conferenceId, input.id));
    return changeSchedule(ctx, null, async (tx) => {
      const room = existing ? await updateRoom(tx, existing.id, data) : await createRoom(tx, { conferenceId, ...data });
      const before = existing ? { name: existing.name, capacity: existing.capacity, description: existing.description } : null;
      return { result: { id: room.id }, audit: { action: existing ? 'schedule.room-update' : 'schedule.room-create', entity: 'Room', entityId: room.id, before, after: data } };
    });
  });
