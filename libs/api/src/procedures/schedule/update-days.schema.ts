import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';

export const updateDaysInput = conferenceInput.extend({
  /** Local hours per conference date; dates left out keep theirs. */
  days: z.array(z.object({ date: z.string().max(10), start: z.string().max(5), end: z.string().max(5) })).min(1, 'Give at least one day.').max(60),
});
export const updateDaysOutput = z.object({ revision: z.number().int() });
