// `podium export`: writes exactly the bytes the public URLs serve, and says clearly what is wrong otherwise.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleFeed } from '@podium/api';
import { createDb, type Db } from '@podium/db';
import { createTestDatabase, makeConference, type TestDatabase } from '@podium/db/testing';
import { seedDemoConference } from '@podium/seeds';
import { exportCommand, runExport } from './export.ts';

let testDb: TestDatabase;
let db: Db;
const dir = mkdtempSync(path.join(tmpdir(), 'podium-export-'));

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDb(testDb.url, { max: 2 });
  await seedDemoConference(db, { demoAccounts: false });
}, 180_000);
afterAll(async () => {
  await db?.$disconnect();
  await testDb?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function run(values: Record<string, string>) {
  let out = '';
  let err = '';
  const code = await runExport(values, { out: (t) => (out += t), err: (t) => (err += t) }, (fn) => fn(db));
  return { code, out, err };
}

describe('podium export', () => {
  it.each(['xml', 'json', 'ics'] as const)('--format %s --output writes the bytes the URL serves', async (format) => {
    const file = path.join(dir, `kvm.${format}`);
    const result = await run({ conference: 'kvm-forum-2012', format, output: file });
    const served = await scheduleFeed(db, 'kvm-forum-2012', { kind: 'schedule', format });
    expect([result.code, result.out]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toBe(served.body);
    expect(result.err).toBe(`Wrote kvm-forum-2012 release 1.0 (2012-10-24T10:00:00.000Z) as ${format}: ${new TextEncoder().encode(served.body).length} bytes to ${file}.\n`);
  });

  it('without --output writes the export to stdout', async () => {
    const result = await run({ conference: 'kvm-forum-2012', format: 'ics' });
    expect([result.code, result.out, result.err]).toEqual([0, (await scheduleFeed(db, 'kvm-forum-2012', { kind: 'schedule', format: 'ics' })).body, '']);
  });

  it.each([
    [{ format: 'xml' }, '--conference <slug> is required.'],
    [{ conference: 'kvm-forum-2012' }, '--format is required (xml, json, ics).'],
    [{ conference: 'kvm-forum-2012', format: 'pdf' }, '--format must be one of xml, json, ics, got "pdf".'],
    [{ conference: 'kvm-forum-2012', format: 'xml', output: ' ' }, '--output needs a file name.'],
  ])('%j is refused with exit code 2 and the usage', async (values, message) => {
    const result = await run(values as Record<string, string>);
    expect([result.code, result.out, result.err]).toEqual([2, '', `podium export: ${message}\n\n${exportCommand.usage}\n`]);
  });

  it('an unknown conference exits 1 with its name', async () => {
    const result = await run({ conference: 'no-such-conf', format: 'xml' });
    expect([result.code, result.out, result.err]).toEqual([1, '', 'podium export: No conference "no-such-conf".\n']);
  });

  it('a conference without a release exits 1 and writes no file', async () => {
    const conference = await makeConference(db, { name: 'Draft Conf' });
    const file = path.join(dir, 'draft.xml');
    const result = await run({ conference: conference.slug, format: 'xml', output: file });
    expect([result.code, result.err]).toEqual([1, 'podium export: Draft Conf has no published schedule yet.\n']);
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
  });
});
