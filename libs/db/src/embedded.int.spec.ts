import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from './client.ts';
import { openEmbeddedDatabase } from './embedded.ts';
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
});
