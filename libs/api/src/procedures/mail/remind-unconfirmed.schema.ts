import { z } from 'zod';

export const remindUnconfirmedOutput = z.object({
  /** Accepted proposals still waiting for their speakers' confirmation. */
  proposals: z.number().int(),
  /** Reminders written to the outbox now (speakers already reminded and not yet sent to are skipped). */
  queued: z.number().int(),
  message: z.string(),
});
