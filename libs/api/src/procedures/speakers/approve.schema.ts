import { z } from 'zod';
import { bioStateSchema } from '../speaker/get-profile.schema.ts';
import { expectedChangedAtSchema, speakerCodeInput } from './shared.schema.ts';

export const approveSpeakerInput = speakerCodeInput.extend({ expectedChangedAt: expectedChangedAtSchema });

export const approveSpeakerOutput = z.object({ state: bioStateSchema, approvedAt: z.date() });
