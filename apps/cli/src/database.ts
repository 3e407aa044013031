// The database a CLI command works on: DATABASE_URL when set, else the embedded store under .data/ (shared with a
// running `npm start`, or opened by this command for as long as it runs).

import path from 'node:path';
import { openEmbeddedDatabase } from '@podium/db';

export const workspaceRoot = path.resolve(import.meta.dirname, '../../..');

export function dataDir(): string {
  return path.resolve(workspaceRoot, process.env.PODIUM_DATA_DIR ?? '.data');
}

export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const embedded = await openEmbeddedDatabase(dataDir(), Number(process.env.PODIUM_DB_PORT ?? 54329));
  try {
    return await fn(embedded.url);
  } finally {
    await embedded.stop();
  }
}
