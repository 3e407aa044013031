import { z } from 'zod';
import { SOLVER_TIME_LIMIT_SECONDS } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';
import { solverModeSchema, solverRunSchema } from './solve-common.schema.ts';

const limitMessage = `A time limit of ${SOLVER_TIME_LIMIT_SECONDS.min} to ${SOLVER_TIME_LIMIT_SECONDS.max} whole seconds.`;

export const solveStartInput = conferenceInput.extend({
  mode: solverModeSchema,
  timeLimitSeconds: z
    .number({ message: limitMessage })
    .int({ message: limitMessage })
    .min(SOLVER_TIME_LIMIT_SECONDS.min, { message: limitMessage })
    .max(SOLVER_TIME_LIMIT_SECONDS.max, { message: limitMessage }),
});

/** The new run (RUNNING), as solve.status answers it. */
export const solveStartOutput = solverRunSchema;
