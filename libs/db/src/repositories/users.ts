import type { Db } from '../client.ts';
import type { DbOrTx } from './mail.ts';

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

/** Users' names by id (who invited someone, who started a solver run); unknown ids are left out. */
export async function findUserNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
