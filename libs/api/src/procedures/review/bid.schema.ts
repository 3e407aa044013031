import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { codeSchema, preferenceSchema } from './review-common.schema.ts';

export const bidInput = conferenceInput.extend({ code: codeSchema, preference: preferenceSchema });
export const bidOutput = z.object({ preference: preferenceSchema });
