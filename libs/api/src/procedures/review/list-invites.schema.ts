import { z } from 'zod';

export const listInvitesOutput = z.object({
  /** Invitations to the committee not accepted yet, newest first (expired ones too, flagged). */
  invites: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      /** Track limits the reviewer will get; empty = all tracks. */
      trackIds: z.array(z.string()),
      invitedBy: z.string().nullable(),
      createdAt: z.date(),
      expiresAt: z.date(),
      expired: z.boolean(),
    }),
  ),
});
