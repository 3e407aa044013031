import { z } from 'zod';
import { RANKING_COLUMNS } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';
import { gateSchema, idSchema, scoreAggregateSchema, stateSchema, trackRefSchema, typeRefSchema } from './review-common.schema.ts';

export const rankingInput = conferenceInput.extend({
  sort: z.enum(RANKING_COLUMNS).default('mean'),
  /** Default: best first for numbers, A–Z for words. */
  dir: z.enum(['asc', 'desc']).nullish(),
  trackId: idSchema.nullish(),
  sessionTypeId: idSchema.nullish(),
  state: stateSchema.nullish(),
});

export const rankingOutput = z.object({
  sort: z.enum(RANKING_COLUMNS),
  dir: z.enum(['asc', 'desc']),
  /** Whether decisions may be taken now, and why not. */
  decide: gateSchema,
  phaseName: z.string().nullable(),
  rows: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      state: stateSchema,
      track: trackRefSchema.nullable(),
      sessionType: typeRefSchema,
      speakers: z.array(z.string()),
      assigned: z.number().int(),
      scores: scoreAggregateSchema,
    }),
  ),
  /** Before filtering. */
  total: z.number().int(),
  tracks: z.array(trackRefSchema),
  sessionTypes: z.array(typeRefSchema),
  states: z.array(stateSchema),
});
