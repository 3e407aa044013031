// Team invitations (pretalx's team invites): an organizer names an email address and a role; the person who can read
// that mailbox follows the link, signs in (or creates the account) with that very address and accepts. Nothing is
// granted by the invitation itself, and an account that merely claims the address grants itself nothing either.

import { formatDateKey, formatUtcOffset, localDateKey, localTimeOfDay, utcOffsetMinutes } from '../time/zoned.ts';

export type TeamInviteRole = 'ORGANIZER' | 'REVIEWER';
export type TeamInviteStatus = 'open' | 'accepted' | 'expired';

/** How long an invitation link can be used. */
export const TEAM_INVITE_VALID_DAYS = 14;

export const TEAM_ROLE_LABEL: Record<TeamInviteRole, string> = { ORGANIZER: 'organizer', REVIEWER: 'reviewer' };

/** When an invitation sent at `now` stops working. */
export function teamInviteExpiry(now: Date): Date {
  return new Date(now.getTime() + TEAM_INVITE_VALID_DAYS * 24 * 60 * 60 * 1000);
}

/** Used once accepted (even if it would have expired since); expired from its expiry instant on. */
export function teamInviteStatus(invite: { acceptedAt: Date | null; expiresAt: Date }, now: Date): TeamInviteStatus {
  if (invite.acceptedAt) return 'accepted';
  return invite.expiresAt <= now ? 'expired' : 'open';
}

/** Email addresses compare without case and surrounding spaces (accounts store them lowercased). */
export function sameEmailAddress(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export interface TeamInviteMailInput {
  conference: string;
  timeZone: string;
  inviter: string;
  role: TeamInviteRole;
  /** Names of the tracks a reviewer is limited to (empty: all tracks). */
  trackNames: readonly string[];
  url: string;
  expiresAt: Date;
}

/** "Wednesday, 21 November 2012, 00:30 (UTC+01:00)": an instant in the conference's local time with its offset. */
function localInstant(instant: Date, timeZone: string): string {
  return `${formatDateKey(localDateKey(instant, timeZone))}, ${localTimeOfDay(instant, timeZone)} (${formatUtcOffset(utcOffsetMinutes(instant, timeZone))})`;
}

/** The placeholder values of the invitation mail (template TEAM_INVITE, see MAIL_PLACEHOLDERS). */
export function teamInviteMailValues(m: TeamInviteMailInput): Record<string, string> {
  const tracks = m.role === 'REVIEWER' && m.trackNames.length ? ` for the track${m.trackNames.length > 1 ? 's' : ''} ${m.trackNames.join(', ')}` : '';
  return {
    conference: m.conference,
    inviter: m.inviter,
    role: TEAM_ROLE_LABEL[m.role],
    tracks,
    url: m.url,
    expires: localInstant(m.expiresAt, m.timeZone),
  };
}
