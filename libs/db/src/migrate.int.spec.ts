import { cpSync, mkdtempSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsDir, migrate, readMigrations } from './migrate.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

let testDb: TestDatabase | undefined;
afterEach(async () => {
  await testDb?.stop();
  testDb = undefined;
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

describe('migrate', () => {
  it('records every migration as Prisma does, and a second run applies nothing', async () => {
    testDb = await createTestDatabase(); // already migrated once
    const files = readMigrations(defaultMigrationsDir());
    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; finished: boolean }>(
      testDb.url,
      'SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum, applied_steps_count: 1, finished: true })));
    expect(await migrate(testDb.url, defaultMigrationsDir())).toEqual({ applied: [], alreadyApplied: files.map((f) => f.name) });
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    testDb = await createTestDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), 'podium-migrations-'));
    cpSync(defaultMigrationsDir(), dir, { recursive: true });
    const first = readMigrations(dir)[0]!;
    appendFileSync(path.join(dir, first.name, 'migration.sql'), '\n-- edited\n');
    await expect(migrate(testDb.url, dir)).rejects.toThrow(`Migration ${first.name} was edited after it was applied`);
  });

  it('rolls back a failing migration completely and says which one failed', async () => {
    testDb = await createTestDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), 'podium-migrations-'));
    cpSync(defaultMigrationsDir(), dir, { recursive: true });
    mkdirSync(path.join(dir, '99999999999999_broken'));
    writeFileSync(path.join(dir, '99999999999999_broken', 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n');
    await expect(migrate(testDb.url, dir)).rejects.toThrow('Migration 99999999999999_broken failed and was rolled back');
    const tables = await query<{ n: number }>(testDb.url, `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(tables).toEqual([{ n: 0 }]);
    const recorded = await query<{ n: number }>(testDb.url, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`);
    expect(recorded).toEqual([{ n: 0 }]);
  });
});
