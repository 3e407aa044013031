import { findBlock, updateBlock } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { blockJson, blockOut, readBlock } from './block-input.ts';
import { blockOutput, updateBlockInput } from './block.schema.ts';
import { changeSchedule } from './editor-state.ts';

export const updateBlockProcedure = organizerProcedure
  .input(updateBlockInput)
  .output(blockOutput)
  .mutation(async ({ ctx, input }) => {
    const data = await readBlock(ctx.db, ctx.conference.id, input);
    return changeSchedule(ctx, input.expectedRevision, async (tx, version) => {
      const before = await findBlock(tx, version.id, input.id);
      if (!before) throw notFound('This break');
      const block = await updateBlock(tx, before.id, data);
      return {
        result: { block: blockOut(block) },
        audit: { action: 'schedule.block.update', entity: 'ScheduleBlock', entityId: block.id, before: blockJson(before), after: blockJson(block) },
      };
    });
  });
