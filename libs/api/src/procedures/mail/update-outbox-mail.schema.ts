import { z } from 'zod';
import { MAX_BODY_LENGTH } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';
import { mailIdSchema, outboxMailSchema } from './shared.schema.ts';

// Generous transport limits only; the rules people see (address, one-line subject, lengths) are in the domain.
export const updateOutboxMailInput = conferenceInput.extend({
  id: mailIdSchema,
  to: z.string().max(1000, 'The address is too long.'),
  subject: z.string().max(5000, 'The subject is too long.'),
  body: z.string().max(MAX_BODY_LENGTH * 2, 'The message is too long.'),
});
export const updateOutboxMailOutput = z.object({ mail: outboxMailSchema });
