import { createBlock } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { blockJson, blockOut, readBlock } from './block-input.ts';
import { blockOutput, createBlockInput } from './block.schema.ts';
import { changeSchedule } from './editor-state.ts';

/** Adds a break or block in one, several or all rooms. Sessions it overlaps get break_overlap conflicts. */
export const createBlockProcedure = organizerProcedure
  .input(createBlockInput)
  .output(blockOutput)
  .mutation(async ({ ctx, input }) => {
    const data = await readBlock(ctx.db, ctx.conference.id, input);
    return changeSchedule(ctx, input.expectedRevision, async (tx, version) => {
      const block = await createBlock(tx, version.id, data);
      return { result: { block: blockOut(block) }, audit: { action: 'schedule.block.create', entity: 'ScheduleBlock', entityId: block.id, before: null, after: blockJson(block) } };
    });
  });
