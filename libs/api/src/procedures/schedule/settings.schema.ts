import { z } from 'zod';
import { CONFLICT_KINDS, CONFLICT_SEVERITIES } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';

export const getSettingsOutput = z.object({
  /** One row per conflict kind, in the checker's order. */
  severities: z.array(z.object({ kind: z.enum(CONFLICT_KINDS), severity: z.enum(CONFLICT_SEVERITIES), default: z.enum(CONFLICT_SEVERITIES) })),
  travelBufferMinutes: z.number().int(),
});

export const updateSettingsInput = conferenceInput.extend({
  /** kind -> block | warn | ignore; kinds left out use the defaults. Unknown kinds and values are refused. */
  severities: z.record(z.string().max(60), z.string().max(20)),
  travelBufferMinutes: z.number(),
});

export const updateSettingsOutput = z.object({ revision: z.number().int() });
