// Publishing at FOSDEM 2021 scale (773 events, 108 rooms): import, release, and the public schedule page served by
// Podium next to the same HTML served as a static file by nginx, both loaded by autocannon in one run.
//   npx nx run @podium/public:build && npx tsx bench/publishing.bench.ts
// Load: wrk when installed (Debian: apt-get install wrk), else autocannon, gzip accepted.
// Environment: BENCH_DATABASE_URL=postgresql://…/postgres runs on a fresh PostgreSQL database (dropped afterwards)
// instead of the embedded store; BENCH_SECONDS (default 10) per load run; BENCH_CONNECTIONS (default 10).
// Prints: import time, release time (median of 3), page render time, requests/s and latency (p50, p99) of Podium and
// nginx with their ratio, and the bytes a reader's browser transfers for one page view (cold and warm cache),
// measured in Debian's Chromium. Targets (issue 6): ratio ≥ 0.5, p99 < 50 ms, ≤ 100 KB per view, release < 2 s,
// import < 5 s. No pass/fail: numbers, with the target next to each.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { createDb, defaultMigrationsDir, importScheduleFile, migrate, previewRelease, releaseSchedule, startEmbeddedDatabase, type Db } from '@podium/db';
import { createPostgresDatabase } from '@podium/db/testing';
import { freePort, median } from './support/util.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixture = path.resolve(root, '../shared/fixtures/schedules/fosdem-2021-pentabarf.xml');
const distDir = process.env.PODIUM_NEXT_DIST_DIR ?? '.next';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const slug = 'fosdem-2021';
const pagePath = `/${slug}/schedule`;


const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const target = (ok: boolean, text: string) => `(target ${text}: ${ok ? 'met' : 'MISSED'})`;

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      return;
    } catch {
      if (Date.now() > until) throw new Error(`${url} did not answer within ${ms / 1000} s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * The real file double-books a room (two talks in S.ow2 at the same time), which the release gate refuses. Moves the
 * later of each double-booked pair to the first free time of the same length in its room, as an organizer would.
 */
async function resolveBlockingConflicts(db: Db, conferenceId: string): Promise<string[]> {
  const moved: string[] = [];
  for (let round = 0; round < 20; round++) {
    const { checklist } = await previewRelease(db, conferenceId);
    const conflict = checklist.blocking.find((c) => c.kind === 'room_overlap' && c.roomId);
    if (!conflict) {
      if (checklist.blocking.length) throw new Error(`Cannot resolve: ${checklist.blocking.map((c) => c.message).join(' ')}`);
      return moved;
    }
    const slots = await db.scheduleSlot.findMany({ where: { id: { in: conflict.slotIds } }, orderBy: [{ start: 'asc' }, { id: 'asc' }], include: { submission: { select: { title: true } } } });
    const slot = slots[slots.length - 1]!;
    const length = slot.end!.getTime() - slot.start!.getTime();
    const taken = await db.scheduleSlot.findMany({ where: { versionId: slot.versionId, roomId: conflict.roomId, id: { not: slot.id }, start: { not: null } }, select: { start: true, end: true } });
    let start = slot.start!.getTime();
    const overlaps = (t: number) => taken.some((o) => o.start!.getTime() < t + length && t < o.end!.getTime());
    while (overlaps(start)) start += 5 * 60_000;
    await db.scheduleSlot.update({ where: { id: slot.id }, data: { start: new Date(start), end: new Date(start + length) } });
    moved.push(`"${slot.submission.title}" ${slot.start!.toISOString().slice(11, 16)} → ${new Date(start).toISOString().slice(11, 16)} UTC`);
  }
  throw new Error('Too many blocking conflicts to resolve');
}

function startNginx(dir: string, port: number): ChildProcess {
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip_static on;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location = ${pagePath} { try_files /schedule.html =404; }
  }
}
`,
  );
  return spawn('nginx', ['-p', dir, '-c', conf], { stdio: 'inherit' });
}

// Both servers get the same request: gzip accepted (nginx has no brotli here), so they send the same bytes.
const LOAD_HEADERS = { 'accept-encoding': 'gzip' };
const hasWrk = !spawnSync('wrk', ['--version']).error;

/** wrk (C, from Debian's packages) when installed, as it loads a server harder than a Node client can; else autocannon. */
async function load(url: string) {
  if (!hasWrk) {
    const r = await autocannon({ url, connections, duration: seconds, headers: LOAD_HEADERS });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, bytes: r.throughput.average };
  }
  const headerArgs = Object.entries(LOAD_HEADERS).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  // Not spawnSync: the embedded database lives in this process and must keep answering while wrk runs.
  const r = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', ...headerArgs, url]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
  });
  const out = r.stdout;
  if (!/Requests\/sec/.test(out)) throw new Error(`wrk printed no result:\n${out}${r.stderr}`);
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}\\s+([\\d.]+)(us|ms|s)\\b`, 'm').exec(out);
    if (!m) throw new Error(`wrk printed no ${label} latency:\n${out}${r.stderr}`);
    return Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1);
  };
  const bytesPerSec = /Transfer\/sec:\s+([\d.]+)(B|KB|MB|GB)/.exec(out);
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(bytesPerSec?.[2] ?? 'B') as 'B'];
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + (/Socket errors: (.*)/.exec(out)?.[1]?.match(/\d+/g) ?? []).reduce((a, b) => a + Number(b), 0);
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0), p50: ms('50%'), p99: ms('99%'), errors, bytes: Number(bytesPerSec?.[1] ?? 0) * unit };
}

async function pageViewBytes(url: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const views: { bytes: number; requests: number }[] = [];
    for (let view = 0; view < 2; view++) {
      const sizes: Promise<number>[] = [];
      const onFinished = (req: import('@playwright/test').Request) => sizes.push(req.sizes().then((z) => z.responseBodySize + z.responseHeadersSize));
      page.on('requestfinished', onFinished);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      page.off('requestfinished', onFinished);
      views.push({ bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0), requests: sizes.length });
    }
    return { cold: views[0]!, warm: views[1]! };
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!existsSync(fixture)) {
    console.log(`publishing: skipped (${path.relative(root, fixture)} not present: ../shared/fixtures is missing)`);
    return;
  }
  if (!existsSync(path.join(root, 'apps/public', distDir, 'BUILD_ID'))) {
    console.log(`publishing: build the public app first: npx nx run @podium/public:build (looked in apps/public/${distDir})`);
    process.exitCode = 1;
    return;
  }
  if (spawnSync('nginx', ['-v']).error) {
    console.log('publishing: nginx is not installed (Debian: apt-get install nginx-light); it is the static baseline.');
    process.exitCode = 1;
    return;
  }
  const server = process.env.BENCH_DATABASE_URL ? await createPostgresDatabase(process.env.BENCH_DATABASE_URL, 'podium_bench_publishing') : null;
  const embedded = server ? null : await startEmbeddedDatabase({ dataDir: null, port: 0 });
  const url = server?.url ?? embedded!.url;
  const children: ChildProcess[] = [];
  try {
    console.log(`publishing: FOSDEM 2021 on ${server ? 'PostgreSQL' : 'the embedded store (PGlite)'}; ${hasWrk ? 'wrk' : 'autocannon'}, ${connections} connections, ${seconds} s per load run`);
    await migrate(url, defaultMigrationsDir());
    const db = createDb(url, { max: 4 });
    const organizer = await db.user.create({ data: { email: 'bench-organizer@podium.test', name: 'Bench Organizer', passwordHash: 'x' } });

    const text = readFileSync(fixture, 'utf8');
    const t0 = performance.now();
    const report = await importScheduleFile(db, { text, fileName: fixture, timeZone: 'Europe/Brussels', slug });
    const importMs = performance.now() - t0;
    const conferenceId = (await db.conference.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    console.log(`  import: ${s(importMs)} for ${report.counts.sessions.created} sessions ${target(importMs < 5000, '< 5 s')}`);
    const moved = await resolveBlockingConflicts(db, conferenceId);
    if (moved.length) console.log(`  the file double-books a room; moved before releasing: ${moved.join('; ')}`);

    // Three releases, each after one more session moved by 5 minutes (a release publishes a change).
    const releases: number[] = [];
    for (let i = 0; i < 3; i++) {
      if (i > 0) {
        const slot = await db.scheduleSlot.findFirstOrThrow({ where: { version: { conferenceId, releasedAt: null }, start: { not: null } }, orderBy: { id: 'asc' }, skip: i });
        await db.scheduleSlot.update({ where: { id: slot.id }, data: { start: new Date(slot.start!.getTime() + 300_000), end: new Date(slot.end!.getTime() + 300_000) } });
        await resolveBlockingConflicts(db, conferenceId);
      }
      const r0 = performance.now();
      const released = await releaseSchedule(db, { conferenceId, userId: organizer.id, notifySpeakers: false });
      releases.push(performance.now() - r0);
      if (i === 0) console.log(`  release ${released.name}: ${released.sessions} sessions`);
    }
    console.log(`  release: median ${s(median(releases))} of ${releases.map(s).join(', ')} ${target(median(releases) < 2000, '< 2 s')}`);
    await db.$disconnect();

    const port = await freePort();
    const app = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'apps/public/server.ts')], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', NEXTAUTH_SECRET: 'bench', NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: '1', PODIUM_NEXT_DIST_DIR: distDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(app);
    const podiumUrl = `http://127.0.0.1:${port}${pagePath}`;
    await waitFor(`http://127.0.0.1:${port}/signin`, 120_000);
    const f0 = performance.now();
    const first = await fetch(podiumUrl, { headers: { 'accept-encoding': 'identity' } });
    const html = Buffer.from(await first.arrayBuffer());
    const renderMs = performance.now() - f0;
    if (first.status !== 200) throw new Error(`${podiumUrl} answered ${first.status}`);
    // Each of the server's worker processes renders the page once; load is measured once all of them hold it (a
    // live server has been read before), i.e. after eight answers in a row from memory.
    let gzBytes = 0;
    let warmup = 1;
    for (let hits = 0; hits < 8; warmup++) {
      if (warmup > 200) throw new Error('the page is not served from memory after 200 requests');
      const again = await fetch(podiumUrl, { headers: { 'accept-encoding': 'gzip' } });
      gzBytes = Number(again.headers.get('content-length'));
      await again.arrayBuffer();
      hits = again.headers.get('x-podium-cache') === 'hit' ? hits + 1 : 0;
    }
    console.log(
      `  schedule page (default day, ${(html.toString().match(/data-testid="session-/g) ?? []).length} session cards): first render ${s(renderMs)}, ` +
        `${kb(html.length)} HTML, ${kb(gzBytes)} gzip; served from memory by every worker after ${warmup} requests`,
    );

    // nginx serves the very bytes Podium served, from a file, with the same gzip file precompressed.
    const dir = mkdtempSync(path.join(tmpdir(), 'podium-nginx-'));
    chmodSync(dir, 0o755);
    spawnSync('mkdir', ['-p', path.join(dir, 'www')]);
    writeFileSync(path.join(dir, 'www/schedule.html'), html);
    writeFileSync(path.join(dir, 'www/schedule.html.gz'), gzipSync(html, { level: 9 }));
    const nginxPort = await freePort();
    children.push(startNginx(dir, nginxPort));
    const nginxUrl = `http://127.0.0.1:${nginxPort}${pagePath}`;
    await waitFor(nginxUrl, 10_000);

    const nginx = await load(nginxUrl);
    const podium = await load(podiumUrl);
    const row = (name: string, r: typeof nginx) =>
      `  ${name.padEnd(7)} ${r.rps.toFixed(0).padStart(6)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${kb(r.bytes / Math.max(r.rps, 1))} per response, ${r.errors} errors`;
    console.log(row('nginx', nginx));
    console.log(row('Podium', podium));
    const ratio = podium.rps / nginx.rps;
    console.log(`  Podium/nginx requests/s: ${ratio.toFixed(2)} ${target(ratio >= 0.5, '≥ 0.5')}; Podium p99 ${podium.p99} ms ${target(podium.p99 < 50, '< 50 ms')}`);

    const views = await pageViewBytes(podiumUrl);
    console.log(
      `  page view in Chromium: first visit ${kb(views.cold.bytes)} in ${views.cold.requests} requests ${target(views.cold.bytes <= 100 * 1024, '≤ 100 KB')}, ` +
        `next visit ${kb(views.warm.bytes)} in ${views.warm.requests} requests`,
    );
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    await embedded?.stop();
    await server?.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
