import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './schedule-common.schema.ts';

export const listRoomsOutput = z.object({
  timeZone: z.string(),
  days: z.array(z.object({ date: z.string(), label: z.string(), start: z.string(), end: z.string() })),
  rooms: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      capacity: z.number().int().nullable(),
      description: z.string(),
      /** Local windows; empty: available whenever the conference runs. */
      availability: z.array(z.object({ date: z.string(), start: z.string(), end: z.string() })),
      slots: z.number().int(),
    }),
  ),
});

export const saveRoomInput = conferenceInput.extend({
  id: idSchema.optional(),
  name: z.string().max(300),
  capacity: z.number().nullable(),
  description: z.string().max(5000),
});
export const roomIdInput = conferenceInput.extend({ id: idSchema });
export const moveRoomInput = roomIdInput.extend({ direction: z.enum(['up', 'down']) });
export const roomChangeOutput = z.object({ revision: z.number().int(), id: z.string().optional() });
