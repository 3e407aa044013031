// Team invitations: an email address invited to a conference's team with a role (and, for reviewers, track limits).
// Only the SHA-256 of the link's token is stored. Small queries only: who may invite and accept is decided in libs/api
// and libs/domain.

import type { TeamRole } from '../generated/prisma/enums.ts';
import type { DbOrTx } from './mail.ts';

const inviteSelect = { id: true, email: true, role: true, trackIds: true, invitedById: true, createdAt: true, expiresAt: true, acceptedAt: true, acceptedById: true } as const;

export function createTeamInvite(
  db: DbOrTx,
  data: { conferenceId: string; email: string; role: TeamRole; trackIds: string[]; tokenHash: string; invitedById: string; expiresAt: Date },
) {
  return db.teamInvite.create({ data, select: inviteSelect });
}

/** Deletes the not-yet-accepted invitations of an address to a role (a new invitation replaces them); returns them. */
export async function deleteOpenTeamInvites(db: DbOrTx, conferenceId: string, email: string, role: TeamRole) {
  const open = await db.teamInvite.findMany({ where: { conferenceId, email, role, acceptedAt: null }, select: { id: true } });
  if (open.length) await db.teamInvite.deleteMany({ where: { id: { in: open.map((i) => i.id) } } });
  return open;
}

/** A conference's not-yet-accepted invitations to a role (expired ones included), newest first. */
export function listOpenTeamInvites(db: DbOrTx, conferenceId: string, role: TeamRole) {
  return db.teamInvite.findMany({ where: { conferenceId, role, acceptedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], select: inviteSelect });
}

/** A not-yet-accepted invitation of the conference, or null. */
export function findOpenTeamInvite(db: DbOrTx, conferenceId: string, id: string) {
  return db.teamInvite.findFirst({ where: { id, conferenceId, acceptedAt: null }, select: inviteSelect });
}

/** Withdraws an invitation that has not been accepted; false when there was none (or it was accepted meanwhile). */
export async function deleteOpenTeamInvite(db: DbOrTx, conferenceId: string, id: string): Promise<boolean> {
  const r = await db.teamInvite.deleteMany({ where: { id, conferenceId, acceptedAt: null } });
  return r.count === 1;
}

/** An invitation by its token's hash, with what its page shows about the conference. */
export function findTeamInviteByTokenHash(db: DbOrTx, tokenHash: string) {
  return db.teamInvite.findUnique({
    where: { tokenHash },
    select: {
      ...inviteSelect,
      conference: { select: { id: true, slug: true, name: true, location: true, description: true, timeZone: true, startDate: true, endDate: true } },
    },
  });
}

/**
 * Marks an invitation accepted by `userId`, once and only while it is still valid at `at`: false when it was already
 * used (two people or two tabs racing for one link) or has expired meanwhile.
 */
export async function markTeamInviteAccepted(db: DbOrTx, id: string, userId: string, at: Date): Promise<boolean> {
  const r = await db.teamInvite.updateMany({ where: { id, acceptedAt: null, expiresAt: { gt: at } }, data: { acceptedAt: at, acceptedById: userId } });
  return r.count === 1;
}

/** Gives a user a team role in a conference; an existing membership in that role is kept as it is. */
export function ensureTeamMembership(db: DbOrTx, data: { conferenceId: string; userId: string; role: TeamRole; trackIds: string[] }) {
  return db.membership.upsert({
    where: { userId_conferenceId_role: { userId: data.userId, conferenceId: data.conferenceId, role: data.role } },
    create: data,
    update: {},
    select: { id: true, userId: true, role: true, trackIds: true },
  });
}

