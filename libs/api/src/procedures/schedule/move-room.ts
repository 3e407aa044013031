import { findRoomWithUse, moveRoom } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule } from './editor-state.ts';
import { moveRoomInput, roomChangeOutput } from './rooms.schema.ts';

/** Moves a room one column left ("up") or right ("down") in the grid. */
export const moveRoomProcedure = organizerProcedure
  .input(moveRoomInput)
  .output(roomChangeOutput)
  .mutation(async ({ ctx, input }) => {
    const room = await findRoomWithUse(ctx.db, ctx.conference.id, input.id);
    if (!room) throw notFound('This room');
    return changeSchedule(ctx, null, async (tx) => {
      await moveRoom(tx, ctx.conference.id, room.id, input.direction);
      return { result: {}, audit: { action: 'schedule.room-move', entity: 'Room', entityId: room.id, before: null, after: { direction: input.direction } } };
    });
  });
