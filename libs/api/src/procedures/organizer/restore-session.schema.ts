import { z } from 'zod';
import { SUBMISSION_STATES } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';
import { codeSchema } from '../schedule/schedule-common.schema.ts';

export const restoreSessionInput = conferenceInput.extend({ code: codeSchema });

export const restoreSessionOutput = z.object({
  code: z.string(),
  title: z.string(),
  state: z.enum(SUBMISSION_STATES),
  /** The work-in-progress schedule's revision after the change (open grids and release pages reload). */
  revision: z.number().int(),
});
