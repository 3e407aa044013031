// tRPC context in two layers: the inner one takes plain values (tests build it directly), the request-bound one
// (in each app) reads the next-auth session and calls createContextInner with the user id.

import { findUserById, getDb, type Db } from '@podium/db';

export interface ContextUser {
  id: string;
  email: string | null;
  name: string;
  isAdmin: boolean;
}

export interface Context {
  db: Db;
  user: ContextUser | null;
}

export async function createContextInner(opts: { db?: Db; userId: string | null }): Promise<Context> {
  const db = opts.db ?? getDb();
  // Load the user on every request: a deleted account or revoked admin flag takes effect at once.
  const user = opts.userId ? await findUserById(db, opts.userId) : null;
  return { db, user };
}
