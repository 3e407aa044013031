// The published-page cache on a real database and a real HTTP server: a page is rendered once and then served from
// memory (gzip and brotli of the same bytes, ETag, 304), many readers at once cause one render, and a release, a
// session edit or a room rename shows on the next request. Rendering stands in for Next: it builds the page from
// the public API, with the scripts Next would add, so what the cache strips is checked end to end.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, releaseSchedule, type Db } from '@podium/db';
import { createTestDatabase, type TestDatabase } from '@podium/db/testing';
import { seedDemoConference } from '@podium/seeds';
import { createCaller, createContextInner } from '../index.ts';
import { PublicPageCache, RENDER_HEADER, type RenderedPage } from './public-pages.ts';

let testDb: TestDatabase;
let db: Db;
let conferenceId = '';
let server: Server;
let port = 0;
let cache: PublicPageCache;
let renders: string[] = [];
let clock = Date.parse('2030-01-01T00:00:00Z'); // long after the seed conference: not "live"
const slug = 'kvm-forum-2012';

let addresses: Record<string, string>[] = [];
let streamNext = 0; // how many of the next renders come back with content streamed in later (as Next does at times)
async function render(path: string, address: Record<string, string>): Promise<RenderedPage> {
  renders.push(path);
  addresses.push(address);
  if (streamNext > 0) {
    streamNext--;
    const html = '<html><head></head><body><div hidden><template id="B:0"></template></div><div hidden id="S:0"><link rel="alternate"/></div><script>$RC("B:0","S:0")</script></body></html>';
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(html) };
  }
  const api = createCaller(await createContextInner({ db, userId: null }));
  if (path !== `/${slug}/schedule`) return { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from('<h1>Not found</h1>') };
  const agenda = await api.public.agenda({ slug });
  const titles = agenda.days.flatMap((d) => d.entries.map((e) => `<li>${e.title} (${agenda.rooms.find((r) => r.id === e.roomId)?.name ?? ''})</li>`));
  const html =
    `<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/chunks/app.js"/></head><body>` +
    `<h1>Version ${agenda.release?.name}</h1><ul>${titles.join('')}</ul>` +
    `<script src="/podium-agenda.js" defer="" data-podium-keep=""></script><script src="/_next/static/chunks/app.js" async=""></script>` +
    `<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'x-frame-options': 'SAMEORIGIN', 'cache-control': 'private, no-store' }, body: Buffer.from(html) };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDb(testDb.url, { max: 4 });
  conferenceId = (await seedDemoConference(db, { demoAccounts: false })).conferenceId;
  server = createServer((req, res) => {
    const served = cache.serve(req, res);
    const pass = () => {
      res.writeHead(418, { 'content-type': 'text/plain' }); // "Next" in this test: whatever the cache left alone
      res.end('next');
    };
    if (served === false) pass();
    else if (served !== true) void served.then((s) => s || pass());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
}, 180_000);
afterAll(async () => {
  server?.close();
  await db?.$disconnect();
  await testDb?.stop();
});
beforeEach(() => {
  renders = [];
  addresses = [];
  cache = new PublicPageCache({ db, render, checkMs: 0, now: () => clock });
});

describe('published pages from memory', () => {
  it('renders a page once, then serves the same bytes in every encoding, without Next\'s runtime', async () => {
    const first = await get(`/${slug}/schedule`, { 'accept-encoding': 'gzip' });
    expect([first.status, first.headers['x-podium-cache'], first.headers['content-encoding']]).toEqual([200, 'miss', 'gzip']);
    const html = gunzipSync(first.body).toString();
    expect(html).toContain('<h1>Version 1.0</h1>');
    expect(html).toContain('Keynote Address');
    expect(html).toContain('src="/podium-agenda.js"');
    expect(html).not.toContain('/_next/static/chunks/app.js');
    expect(html).not.toContain('__next_f');
    // Next's own headers that matter are kept; its "private, no-store" is replaced by revalidation.
    expect(first.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(first.headers.vary).toBe('Accept-Encoding');

    const br = await get(`/${slug}/schedule`, { 'accept-encoding': 'gzip, deflate, br' });
    const plain = await get(`/${slug}/schedule`);
    expect([br.headers['x-podium-cache'], br.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['hit', 'br', undefined]);
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(plain.body.toString()).toBe(html);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(renders).toEqual([`/${slug}/schedule`]);

    // Revalidation: the ETag of any encoding answers 304 with no body; HEAD has the headers only.
    const notModified = await get(`/${slug}/schedule`, { 'if-none-match': String(br.headers.etag), 'accept-encoding': 'gzip' });
    expect([notModified.status, notModified.body.length]).toEqual([304, 0]);
    const head = await get(`/${slug}/schedule`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, String(first.body.length)]);
    expect(renders).toHaveLength(1);
  });

  it('renders once for many readers arriving together', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => get(`/${slug}/schedule`, { 'accept-encoding': 'gzip' })));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((a) => a.body.toString('base64'))).size).toBe(1);
    expect(renders).toHaveLength(1);
  });

  it('leaves signed-in readers, searches and unknown conferences to Next, and does not keep a 404', async () => {
    await get(`/${slug}/schedule`);
    expect((await get(`/${slug}/schedule`, { cookie: 'podium-public.session-token=abc' })).status).toBe(418);
    expect((await get(`/${slug}/schedule?q=kvm`)).status).toBe(418);
    expect((await get('/no-such-conference/schedule')).status).toBe(418);
    const missing = await get(`/${slug}/sessions/NOPE42`);
    const again = await get(`/${slug}/sessions/NOPE42`);
    expect([missing.status, again.status, again.headers['x-podium-cache']]).toEqual([404, 404, undefined]);
    expect(renders).toEqual([`/${slug}/schedule`, `/${slug}/sessions/NOPE42`, `/${slug}/sessions/NOPE42`]);
  });

  it('shows a release, a session edit and a room rename on the next request', async () => {
    const text = async () => (await get(`/${slug}/schedule`)).body.toString();
    expect(await text()).toContain('Version 1.0');
    expect(await text()).toContain('Version 1.0');
    expect(renders).toHaveLength(1);

    // A new release: a session moved to another room, then released.
    const wip = await db.scheduleVersion.findFirstOrThrow({ where: { conferenceId, releasedAt: null } });
    const keynote = await db.submission.findFirstOrThrow({ where: { conferenceId, code: 'KVMKEY' } });
    const miro = await db.room.findFirstOrThrow({ where: { conferenceId, name: 'Sala Miró' } });
    await db.scheduleSlot.updateMany({ where: { versionId: wip.id, submissionId: keynote.id }, data: { roomId: miro.id } });
    const released = await releaseSchedule(db, { conferenceId, userId: null, notifySpeakers: false });
    const afterRelease = await text();
    expect(afterRelease).toContain(`Version ${released.name}`);
    expect(afterRelease).toContain('Keynote Address (Sala Miró)');
    expect(renders).toHaveLength(2);

    await db.submission.update({ where: { id: keynote.id }, data: { title: 'Keynote: KVM at ten' } });
    expect(await text()).toContain('Keynote: KVM at ten (Sala Miró)');
    await db.room.update({ where: { id: miro.id }, data: { name: 'Sala Joan Miró' } });
    expect(await text()).toContain('Keynote: KVM at ten (Sala Joan Miró)');
    expect(renders).toHaveLength(4);
    expect(await text()).toContain('Sala Joan Miró');
    expect(renders).toHaveLength(4);
  });

  it('while the conference runs, serves the page it has and renders a fresh one behind it', async () => {
    const conference = await db.conference.findUniqueOrThrow({ where: { id: conferenceId } });
    clock = conference.startDate.getTime() + 10 * 3_600_000;
    cache = new PublicPageCache({ db, render, checkMs: 0, liveTtlMs: 60_000, now: () => clock });
    try {
      expect((await get(`/${slug}/schedule`)).headers['x-podium-cache']).toBe('miss');
      clock += 30_000;
      expect((await get(`/${slug}/schedule`)).headers['x-podium-cache']).toBe('hit');
      clock += 60_000;
      expect((await get(`/${slug}/schedule`)).headers['x-podium-cache']).toBe('stale');
      // Requests during the background render still get the held page and start no second render.
      await expect.poll(async () => (await get(`/${slug}/schedule`)).headers['x-podium-cache']).toBe('hit');
      expect(renders).toHaveLength(2);
    } finally {
      clock = Date.parse('2030-01-01T00:00:00Z');
    }
  });
});

it('serves the page it holds when the database does not answer in time, and checks again after', async () => {
  cache = new PublicPageCache({ db, render, checkMs: 0, stampWaitMs: 300, now: () => clock });
  expect((await get(`/${slug}/schedule`)).headers['x-podium-cache']).toBe('miss');
  // Another transaction holds the conference table: the stamp query waits for it.
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('LOCK TABLE "Conference" IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const answer = await get(`/${slug}/schedule`);
      expect([answer.status, answer.headers['x-podium-cache']]).toEqual([200, 'stale']);
      expect(answer.body.toString()).toContain('Keynote');
      expect(Date.now() - started).toBeLessThan(5000);
    },
    { timeout: 20_000 },
  );
  await expect.poll(async () => (await get(`/${slug}/schedule`)).headers['x-podium-cache']).toBe('hit');
  expect(renders).toHaveLength(1);
});

it('keeps pages apart per address when they may carry it, so a Host header never reaches another reader', async () => {
  cache = new PublicPageCache({ db, render, checkMs: 0, addressSensitive: true, now: () => clock });
  await get(`/${slug}/schedule`, { host: 'podium.example.org' });
  await get(`/${slug}/schedule`, { host: 'evil.example' });
  expect((await get(`/${slug}/schedule`, { host: 'podium.example.org' })).headers['x-podium-cache']).toBe('hit');
  expect(addresses).toEqual([{ host: 'podium.example.org' }, { host: 'evil.example' }]);

  // With PODIUM_PUBLIC_URL set, pages do not depend on the address: one render for all.
  cache = new PublicPageCache({ db, render, checkMs: 0, addressSensitive: false, now: () => clock });
  await get(`/${slug}/schedule`, { host: 'podium.example.org' });
  expect((await get(`/${slug}/schedule`, { host: 'evil.example' })).headers['x-podium-cache']).toBe('hit');
  expect(addresses.slice(2)).toEqual([{}]);
});

it('renders again when Next streamed part of the page, and passes a page that stays streamed through unchanged', async () => {
  streamNext = 1;
  const first = await get(`/${slug}/schedule`);
  expect([first.headers['x-podium-cache'], renders.length]).toEqual(['miss', 2]);
  expect(first.body.toString()).toContain('<h1>Version');

  cache = new PublicPageCache({ db, render, checkMs: 0, now: () => clock });
  renders = [];
  streamNext = 3;
  const streamed = await get(`/${slug}/schedule`);
  expect([streamed.status, streamed.headers['x-podium-cache'], renders.length]).toEqual([200, undefined, 3]);
  expect(streamed.body.toString()).toContain('$RC("B:0","S:0")');
  expect((await get(`/${slug}/schedule`)).headers['x-podium-cache']).toBe('miss');
});

it('refuses a render request of its own, so a render always reaches Next', async () => {
  expect((await get(`/${slug}/schedule`, { [RENDER_HEADER]: '1' })).status).toBe(418);
});
