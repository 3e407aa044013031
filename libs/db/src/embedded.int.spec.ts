import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createDb } from './client.ts';
import { openEmbeddedDatabase, startEmbeddedDatabase } from './embedded.ts';
import { defaultMigrationsDir, migrate } from './migrate.ts';

// The embedded store is what `npm start` uses with no DATABASE_URL: its data must survive a restart, and a second
// process must share the running server instead of opening the same files.
describe('embedded database', () => {
  it('keeps data across a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'podium-embedded-'));
    const first = await openEmbeddedDatabase(dir, 0);
    await migrate(first.url, defaultMigrationsDir());
    const db = createDb(first.url, { max: 1 });
    await db.conference.create({ data: { slug: 'kept', name: 'Kept', timeZone: 'UTC', startDate: new Date('2030-01-01'), endDate: new Date('2030-01-02') } });
    await db.$disconnect();
    await first.stop();

    const second = await openEmbeddedDatabase(dir, 0);
    expect(second.owned).toBe(true);
    const again = createDb(second.url, { max: 1 });
    expect((await again.conference.findMany()).map((c) => c.slug)).toEqual(['kept']);
    expect(await migrate(second.url, defaultMigrationsDir())).toMatchObject({ applied: [] });
    await again.$disconnect();
    await second.stop();
  });

  it('shares a running server instead of opening its files twice, and ignores a stale lease', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'podium-embedded-'));
    const owner = await openEmbeddedDatabase(dir, 0);
    const guest = await openEmbeddedDatabase(dir, 0);
    expect([guest.owned, guest.url]).toEqual([false, owner.url]);
    await guest.stop(); // a guest's stop leaves the server running
    const db = createDb(owner.url, { max: 1 });
    expect(await db.$queryRawUnsafe('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await db.$disconnect();
    await owner.stop();

    writeFileSync(path.join(dir, 'embedded-server.json'), JSON.stringify({ pid: process.pid, port: 1, url: 'postgresql://postgres@127.0.0.1:1/postgres' }));
    const fresh = await openEmbeddedDatabase(dir, 0);
    expect(fresh.owned).toBe(true);
    await fresh.stop();
  });

  // Many connections share one PGlite backend. Each extended-protocol query (Parse, Bind, Execute, Sync) and each
  // transaction must run as a unit, as on a real server: interleaving gave `portal "" does not exist` and statements
  // running inside another connection's transaction.
  it('keeps each connection\'s queries and transactions whole under concurrency', async () => {
    const server = await startEmbeddedDatabase({ dataDir: null });
    const pool = new pg.Pool({ connectionString: server.url, max: 8 });
    try {
      await pool.query('CREATE TABLE t (id serial PRIMARY KEY, k int NOT NULL)');
      const failures: string[] = [];
      await Promise.all(
        Array.from({ length: 240 }, async (_, i) => {
          try {
            if (i % 3 === 0) {
              const client = await pool.connect();
              try {
                await client.query('BEGIN');
                await client.query('INSERT INTO t (k) VALUES ($1), ($1)', [i]);
                const seen = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE k = $1', [i]);
                if (seen.rows[0]?.n !== 2) failures.push(`transaction ${i} saw ${seen.rows[0]?.n} of its 2 rows`);
                await client.query(i % 2 === 0 ? 'COMMIT' : 'ROLLBACK');
              } finally {
                client.release();
              }
            } else {
              const r = await pool.query<{ x: number }>('SELECT $1::int + 1 AS x', [i]);
              if (r.rows[0]?.x !== i + 1) failures.push(`query ${i} answered ${r.rows[0]?.x}`);
            }
          } catch (err) {
            failures.push(`${i}: ${(err as Error).message}`);
          }
        }),
      );
      expect(failures).toEqual([]);
      // 80 transactions, the 40 even ones committed with two rows each; no rolled-back row leaked.
      expect((await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM t')).rows[0]?.n).toBe(80);
    } finally {
      await pool.end();
      await server.stop();
    }
  });

  it('rolls back what a vanished connection left open and lets the others go on', async () => {
    const server = await startEmbeddedDatabase({ dataDir: null });
    const pool = new pg.Pool({ connectionString: server.url, max: 4 });
    try {
      await pool.query('CREATE TABLE t (k int NOT NULL)');
      const quitter = new pg.Client({ connectionString: server.url });
      quitter.on('error', () => undefined);
      await quitter.connect();
      await quitter.query('BEGIN');
      await quitter.query('INSERT INTO t VALUES (1)');
      const waiting = pool.query('INSERT INTO t VALUES (2)'); // waits: the backend is inside quitter's transaction
      await quitter.end(); // gone without COMMIT
      await waiting;
      expect((await pool.query<{ k: number }>('SELECT k FROM t')).rows).toEqual([{ k: 2 }]);
    } finally {
      await pool.end();
      await server.stop();
    }
  });
});
