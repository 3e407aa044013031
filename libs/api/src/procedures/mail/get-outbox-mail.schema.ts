import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { mailIdSchema, outboxMailSchema } from './shared.schema.ts';

export const getOutboxMailInput = conferenceInput.extend({ id: mailIdSchema });
export const getOutboxMailOutput = z.object({ mail: outboxMailSchema });
