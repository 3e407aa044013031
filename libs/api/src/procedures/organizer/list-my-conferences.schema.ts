import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';

export const listMyConferencesOutput = z.object({
  user: z.object({ name: z.string(), email: z.string().nullable(), isAdmin: z.boolean() }),
  conferences: z.array(
    conferenceSummarySchema.extend({
      roles: z.array(z.enum(['ORGANIZER', 'REVIEWER'])),
      canManage: z.boolean(),
    }),
  ),
});
