import { z } from 'zod';
import { signUpInput } from '../speaker/sign-up.schema.ts';
import { conferenceSummarySchema } from '../shared.schema.ts';

export const teamInviteTokenInput = z.object({ token: z.string().trim().min(16).max(200) });

const roleSchema = z.enum(['ORGANIZER', 'REVIEWER']);

export const getTeamInviteOutput = z.object({
  conference: conferenceSummarySchema,
  role: roleSchema,
  status: z.enum(['open', 'accepted', 'expired']),
  /** The invited address; hidden once the link is used (except from the person who used it). */
  email: z.string().nullable(),
  /** Tracks a reviewer will be limited to (names; empty = all tracks). */
  trackNames: z.array(z.string()),
  inviter: z.string().nullable(),
  expiresAt: z.date(),
  /** Whether an account uses the invited address (sign in) or not (create it here); null once used. */
  accountExists: z.boolean().nullable(),
  /** The signed-in viewer, if any: whether their address is the invited one, and whether they used the link. */
  viewer: z.object({ email: z.string().nullable(), isInvitee: z.boolean(), acceptedIt: z.boolean() }).nullable(),
});

export const acceptTeamInviteInput = teamInviteTokenInput;
export const acceptTeamInviteOutput = z.object({ slug: z.string(), role: roleSchema });

/** A new account for the invited address: the link in the mailbox proves the address, so it is not typed again. */
export const signUpFromInviteInput = teamInviteTokenInput.extend(signUpInput.pick({ name: true, password: true }).shape);
export const signUpFromInviteOutput = z.object({ userId: z.string(), email: z.string(), name: z.string() });
