// `podium import` against a real database (DATABASE_URL points the command at a fresh test database).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@podium/db';
import { createTestDatabase, type TestDatabase } from '@podium/db/testing';
import { runImport } from './import.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'podium-import-cli-'));
let testDb: TestDatabase;
let db: Db;
const savedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDb(testDb.url, { max: 2 });
  process.env.DATABASE_URL = testDb.url;
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  await db?.$disconnect();
  await testDb?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function run(values: Record<string, string | boolean>) {
  let out = '';
  let err = '';
  const code = await runImport(values, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A small frab schedule.xml: two talks in two rooms on 7 November 2012, Madrid time; `overlap` puts both in Sala A. */
function frab(name: string, options: { overlap?: boolean; keynoteTitle?: string } = {}): string {
  const file = path.join(dir, name);
  const secondRoom = options.overlap ? 'Sala A' : 'Sala B';
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <version>1.0</version>
  <conference><acronym>minicon</acronym><title>MiniCon 2012</title><time_zone_name>Europe/Madrid</time_zone_name></conference>
  <day index="1" date="2012-11-07" start="2012-11-07T09:00:00+01:00" end="2012-11-07T18:00:00+01:00">
    <room name="Sala A" guid="8e5c2a4e-3c6d-4a59-9a55-7a1d1f0b0001">
      <event guid="6f1b1c8e-1f35-4b55-8a37-5c1f7e0a0001" id="101">
        <date>2012-11-07T10:00:00+01:00</date><start>10:00</start><duration>00:45</duration><room>Sala A</room>
        <title>${options.keynoteTitle ?? 'KVM keynote'}</title><type>Keynote</type><track>KVM</track>
        <persons><person id="7">Avi Kivity</person></persons>
      </event>
    </room>
    <room name="${secondRoom}">
      <event guid="6f1b1c8e-1f35-4b55-8a37-5c1f7e0a0002" id="102">
        <date>2012-11-07T10:15:00+01:00</date><start>10:15</start><duration>00:30</duration><room>${secondRoom}</room>
        <title>oVirt node</title><type>Talk</type><track>oVirt</track>
        <persons><person id="8">Mike Burns</person></persons>
      </event>
    </room>
  </day>
</schedule>
`,
  );
  return file;
}

const countsLine = (out: string, kind: string) => out.split('\n').find((l) => l.startsWith(kind))?.replace(/\s+/g, ' ').trim();

describe('podium import', () => {
  it('creates the conference from the file, prints the report, and a second run changes nothing', async () => {
    const input = frab('minicon.xml');
    const first = await run({ input, conference: 'minicon-2012' });
    expect([first.code, first.err]).toEqual([0, '']);
    expect(first.out.split('\n')[0]).toBe(
      'Imported 2 event(s) from a frab-xml file ("MiniCon 2012") into the new conference minicon-2012 ("MiniCon 2012", Europe/Madrid, 2012-11-07 to 2012-11-07).',
    );
    expect([countsLine(first.out, 'Sessions '), countsLine(first.out, 'Rooms'), countsLine(first.out, 'Speakers')]).toEqual(['Sessions 2 0 0', 'Rooms 2 0 0', 'Speakers 2 0 0']);
    expect(first.out).toMatch(/\nDone in \d+\.\d s\.\n$/);
    const conference = await db.conference.findUniqueOrThrow({ where: { slug: 'minicon-2012' } });
    expect([conference.name, conference.timeZone, await db.submission.count({ where: { conferenceId: conference.id, state: 'CONFIRMED' } })]).toEqual(['MiniCon 2012', 'Europe/Madrid', 2]);

    const second = await run({ input, conference: 'minicon-2012' });
    expect([second.code, countsLine(second.out, 'Sessions '), countsLine(second.out, 'Speakers')]).toEqual([0, 'Sessions 0 0 2', 'Speakers 0 0 2']);
    expect(second.out).not.toContain('Updated (');
  });

  it('--dry-run previews a change and writes nothing', async () => {
    await run({ input: frab('dry.xml'), conference: 'minicon-dry' });
    const preview = await run({ input: frab('dry-changed.xml', { keynoteTitle: 'KVM keynote, revised' }), conference: 'minicon-dry', 'dry-run': true });
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('Would update (1):\n  session 6f1b1c8e-1f35-4b55-8a37-5c1f7e0a0001 "KVM keynote, revised": title\n');
    expect(preview.out).toContain('\nPreview only: nothing was changed in ');
    expect(await db.submission.count({ where: { title: 'KVM keynote, revised' } })).toBe(0);
  });

  it('--release --name 1.0 releases the imported schedule', async () => {
    const r = await run({ input: frab('release.xml'), conference: 'minicon-release', release: true, name: '1.0' });
    expect([r.code, r.err, r.out.trimEnd().split('\n').at(-1)]).toEqual([0, '', 'Released version 1.0: 2 session(s) published.']);
    const versions = await db.scheduleVersion.findMany({ where: { conference: { slug: 'minicon-release' }, releasedAt: { not: null } }, include: { _count: { select: { slots: true } } } });
    expect(versions.map((v) => [v.name, v.comment, v._count.slots])).toEqual([['1.0', 'Imported from release.xml.', 2]]);
  });

  it('--release is refused when the imported schedule has a blocking conflict; the import stays (exit 1)', async () => {
    const r = await run({ input: frab('overlap.xml', { overlap: true }), conference: 'minicon-overlap', release: true });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^podium import: imported, but not released: /);
    expect(await db.submission.count({ where: { conference: { slug: 'minicon-overlap' } } })).toBe(2);
    expect(await db.scheduleVersion.count({ where: { conference: { slug: 'minicon-overlap' }, releasedAt: { not: null } } })).toBe(0);
  });

  it.each([
    [{ conference: 'x-conf' }, 'podium import: --input <file> is required.'],
    [{ input: 'a.xml' }, 'podium import: --conference <slug> is required (an existing conference, or the slug of a new one).'],
    [{ input: 'a.xml', conference: 'x-conf', name: '1.0' }, 'podium import: --name names the release: use it with --release.'],
    [{ input: 'a.xml', conference: 'x-conf', release: true, 'dry-run': true }, 'podium import: --release cannot be combined with --dry-run (a preview writes nothing to release).'],
  ])('refuses bad options %j with exit 2', async (values, message) => {
    const r = await run(values);
    expect([r.code, r.err.split('\n')[0], r.out]).toEqual([2, message, '']);
  });

  it('refuses a missing, unknown or invalid file with exit 2 and changes nothing', async () => {
    const before = [await db.conference.count(), await db.submission.count(), await db.user.count()];
    const missing = await run({ input: path.join(dir, 'nope.xml'), conference: 'minicon-bad' });
    expect([missing.code, missing.err]).toEqual([2, `podium import: cannot read ${path.join(dir, 'nope.xml')}: no such file.\n`]);
    const notes = path.join(dir, 'notes.txt');
    writeFileSync(notes, 'just some notes');
    const unknown = await run({ input: notes, conference: 'minicon-bad' });
    expect([unknown.code, unknown.err]).toEqual([
      2,
      'podium import: "notes.txt" is neither XML nor JSON; expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON. Nothing was changed.\n',
    ]);
    const zone = await run({ input: frab('zone.xml'), conference: 'minicon-bad', 'time-zone': 'Mars/Olympus' });
    expect([zone.code, zone.err]).toEqual([2, 'podium import: "Mars/Olympus" is not an IANA time zone (e.g. Europe/Brussels). Nothing was changed.\n']);
    const slug = await run({ input: frab('slug.xml'), conference: 'Bad Slug' });
    expect([slug.code, slug.err]).toEqual([
      2,
      'podium import: "Bad Slug" cannot be a conference\'s slug: use 2–64 lower-case letters, digits and single hyphens (e.g. fosdem-2021). Nothing was changed.\n',
    ]);
    expect([await db.conference.count(), await db.submission.count(), await db.user.count()]).toEqual(before);
  });
});
