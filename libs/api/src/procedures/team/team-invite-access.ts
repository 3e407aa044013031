// What the invitee's procedures share: finding an invitation by its link, and the messages for links that no longer work.
import { findTeamInviteByTokenHash, type DbOrTx } from '@podium/db';
import { DomainError, formatDateKey, localDateKey } from '@podium/domain';
import { hashInviteToken } from '../../services/invite-token.ts';

export type TeamInviteRow = NonNullable<Awaited<ReturnType<typeof findTeamInviteByTokenHash>>>;

/** The invitation behind a link; NOT_FOUND for links that never existed, were withdrawn or replaced by a newer one. */
export async function findInviteByToken(db: DbOrTx, token: string): Promise<TeamInviteRow> {
  const invite = await findTeamInviteByTokenHash(db, hashInviteToken(token));
  if (!invite) {
    throw new DomainError('NOT_FOUND', 'This invitation link is not valid: it may have been withdrawn or replaced by a newer invitation. Ask the organizers to invite you again.');
  }
  return invite;
}

export const inviteUsed = () => new DomainError('CONFLICT', 'This invitation has already been used. Ask the organizers to invite you again if you need to.');

export const inviteExpired = (invite: TeamInviteRow) =>
  new DomainError(
    'CONFLICT',
    `This invitation expired on ${formatDateKey(localDateKey(invite.expiresAt, invite.conference.timeZone))}. Ask the organizers of ${invite.conference.name} to invite you again.`,
  );
