import { z } from 'zod';
import { DECISIONS } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';
import { codeSchema, stateSchema } from './review-common.schema.ts';

export const decideInput = conferenceInput.extend({
  codes: z.array(codeSchema).min(1, 'Select at least one proposal.').max(500, 'Decide on at most 500 proposals at once.'),
  decision: z.enum(DECISIONS),
});

export const decideOutput = z.object({
  /** One entry per requested code, in the order asked. */
  results: z.array(z.object({ code: z.string(), ok: z.boolean(), state: stateSchema.nullable(), message: z.string().nullable() })),
  decided: z.number().int(),
  failed: z.number().int(),
  /** Mails queued in the outbox (one per speaker with an email address). */
  mails: z.number().int(),
});
