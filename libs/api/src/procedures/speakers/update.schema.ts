import { z } from 'zod';
import { bioStateSchema } from '../speaker/get-profile.schema.ts';
import { expectedChangedAtSchema, speakerCodeInput } from './shared.schema.ts';

export const updateSpeakerInput = speakerCodeInput.extend({
  bio: z.string().max(50_000),
  links: z.array(z.string().max(2000)).max(50).default([]),
  expectedChangedAt: expectedChangedAtSchema,
});

export const updateSpeakerOutput = z.object({ state: bioStateSchema });
