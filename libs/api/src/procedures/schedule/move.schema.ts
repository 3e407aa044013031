import { z } from 'zod';
import { codeSchema, conflictSchema, idSchema, instantSchema, placedSlotSchema, scheduleChangeInput } from './schedule-common.schema.ts';

export const moveInput = scheduleChangeInput.extend({
  code: codeSchema,
  roomId: idSchema,
  start: instantSchema,
  /** Given when the card was resized; else the session keeps its length. */
  end: instantSchema.optional(),
});

export const moveOutput = z.object({
  revision: z.number().int(),
  slot: placedSlotSchema,
  /** The moved slot's conflicts after the move (warnings; blocking ones refuse the move). */
  conflicts: z.array(conflictSchema),
});
