import { deleteBlock, findBlock } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { blockJson } from './block-input.ts';
import { deleteBlockInput, deleteBlockOutput } from './block.schema.ts';
import { changeSchedule } from './editor-state.ts';

export const deleteBlockProcedure = organizerProcedure
  .input(deleteBlockInput)
  .output(deleteBlockOutput)
  .mutation(async ({ ctx, input }) => {
    return changeSchedule(ctx, input.expectedRevision, async (tx, version) => {
      const before = await findBlock(tx, version.id, input.id);
      if (!before) throw notFound('This break');
      await deleteBlock(tx, before.id);
      return { result: {}, audit: { action: 'schedule.block.delete', entity: 'ScheduleBlock', entityId: before.id, before: blockJson(before), after: null } };
    });
  });
