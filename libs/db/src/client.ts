// The only place that constructs Prisma. Prisma 7 runs without a native engine: the pg driver adapter plus the
// wasm query compiler, against PostgreSQL or the embedded PGlite server (both speak the Postgres wire protocol).

import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = InstanceType<typeof PrismaClient>;

export function createDb(connectionString: string, options: { max?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __podiumDb?: { url: string; db: Db } };

/** The process-wide client for DATABASE_URL (kept on globalThis so dev-server reloads reuse the pool). */
export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set. Start Podium with `npm start` (embedded database) or set DATABASE_URL=postgresql://…');
  }
  if (globalForDb.__podiumDb?.url !== url) globalForDb.__podiumDb = { url, db: createDb(url) };
  return globalForDb.__podiumDb.db;
}
