import type { Db } from '../client.ts';

export function findUserByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

export function findUserById(db: Db, id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, isAdmin: true } });
}

/** The staff roles a user holds in one conference. */
export async function findTeamRoles(db: Db, userId: string, conferenceId: string) {
  const rows = await db.membership.findMany({ where: { userId, conferenceId }, select: { role: true } });
  return rows.map((r) => r.role);
}
