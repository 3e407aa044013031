import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { speakerCodeInput, speakerReviewSchema } from './shared.schema.ts';

export const getSpeakerInput = speakerCodeInput;

export const getSpeakerOutput = z.object({ conference: conferenceSummarySchema, speaker: speakerReviewSchema });
