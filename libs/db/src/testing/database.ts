// Real databases for tests: the embedded PGlite server by default, or a fresh database on the PostgreSQL server
// named by TEST_DATABASE_URL when PODIUM_TEST_DB=postgres. Every call gets its own empty, migrated database.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase } from '../embedded.ts';
import { defaultMigrationsDir, migrate } from '../migrate.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase {
  kind: TestDatabaseKind;
  url: string;
  stop(): Promise<void>;
}

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.PODIUM_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** A new PostgreSQL database on the server of `serverUrl`, dropped again by `stop`. */
export async function createPostgresDatabase(serverUrl: string, prefix = 'podium_test'): Promise<{ url: string; stop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  let url: string;
  let stop: () => Promise<void>;
  if (kind === 'postgres') {
    const server = process.env.TEST_DATABASE_URL;
    if (!server) throw new Error('PODIUM_TEST_DB=postgres needs TEST_DATABASE_URL=postgresql://… (a server where we may create databases).');
    ({ url, stop } = await createPostgresDatabase(server));
  } else {
    ({ url, stop } = await startEmbeddedDatabase({ dataDir: null, port: 0 }));
  }
  await migrate(url, defaultMigrationsDir());
  return { kind, url, stop };
}
