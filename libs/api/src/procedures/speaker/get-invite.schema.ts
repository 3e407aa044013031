import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';

export const inviteTokenInput = z.object({ token: z.string().trim().min(16).max(200) });

export const getInviteOutput = z.object({
  conference: conferenceSummarySchema,
  status: z.enum(['open', 'accepted', 'expired', 'closed']),
  /** The proposal's title and the inviter: shown while the link can be used (or to its speakers); hidden once used. */
  title: z.string().nullable(),
  inviter: z.string().nullable(),
  expiresAt: z.date(),
  /** The signed-in viewer is already a speaker of the proposal (then `code` links to it). */
  viewerIsSpeaker: z.boolean(),
  code: z.string().nullable(),
});
