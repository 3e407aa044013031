import { z } from 'zod';
import { SUBMISSION_STATES } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';
import { codeSchema } from '../schedule/schedule-common.schema.ts';

export const cancelSessionInput = conferenceInput.extend({ code: codeSchema });

export const cancelSessionOutput = z.object({
  code: z.string(),
  title: z.string(),
  state: z.enum(SUBMISSION_STATES),
  /** Where the session was on the work-in-progress grid before it was taken off; null when it was not placed. */
  unscheduled: z.object({ roomId: z.string(), start: z.date(), end: z.date() }).nullable(),
  /** The work-in-progress schedule's revision after the change (open grids and release pages reload). */
  revision: z.number().int(),
});
