import { z } from 'zod';
import { codeSchema, scheduleChangeInput } from './schedule-common.schema.ts';

export const pinInput = scheduleChangeInput.extend({ code: codeSchema, pinned: z.boolean() });
export const pinOutput = z.object({ revision: z.number().int(), slotId: z.string(), pinned: z.boolean() });
