// Invitation links (co-speakers, team members): a random token travels in the mail; only its SHA-256 is stored, so the
// database alone cannot be used to accept an invitation.
import { createHash, randomBytes } from 'node:crypto';

/** A new link token: 32 random bytes, URL-safe. */
export const newInviteToken = () => randomBytes(32).toString('base64url');

/** What is stored of a token. */
export const hashInviteToken = (token: string) => createHash('sha256').update(token).digest('hex');
