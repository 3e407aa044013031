import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './schedule-common.schema.ts';

export const setRoomAvailabilityInput = conferenceInput.extend({
  roomId: idSchema,
  /** Local windows; an empty list makes the room available whenever the conference runs. */
  windows: z.array(z.object({ date: z.string().max(10), start: z.string().max(5), end: z.string().max(5) })).max(200),
});
export const setRoomAvailabilityOutput = z.object({ revision: z.number().int() });
