import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';

export const listConferencesInput = z.void();
export const listConferencesOutput = z.array(conferenceSummarySchema);
