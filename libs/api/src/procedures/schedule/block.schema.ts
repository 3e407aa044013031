// Breaks and blocks across one, several or all rooms (lunch across 13 rooms is one block, one action).
import { z } from 'zod';
import { blockSchema, idSchema, instantSchema, scheduleChangeInput } from './schedule-common.schema.ts';

const blockFields = {
  title: z.string().max(200, 'At most 200 characters.'),
  start: instantSchema,
  end: instantSchema,
  allRooms: z.boolean(),
  /** The rooms when allRooms is false. */
  roomIds: z.array(idSchema).max(500),
};

export const createBlockInput = scheduleChangeInput.extend(blockFields);
export const updateBlockInput = scheduleChangeInput.extend({ id: idSchema, ...blockFields });
export const deleteBlockInput = scheduleChangeInput.extend({ id: idSchema });

export const blockOutput = z.object({ revision: z.number().int(), block: blockSchema });
export const deleteBlockOutput = z.object({ revision: z.number().int() });
