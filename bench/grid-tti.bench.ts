// Time to interactive of the organizer's schedule grid at FOSDEM 2021 scale (773 events, 108 rooms, 2 days), in
// Debian's Chromium against the production build of the organizer app on the embedded database.
//   npx nx run @podium/organizer:build && npx tsx bench/grid-tti.bench.ts
// Prints: page load, time until the first card is on screen, time until the grid answers a keyboard pick-up
// (interactive), cards rendered, and the grid payload size. Medians over 5 cold page loads. No pass/fail: numbers.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { hashPassword } from '@podium/auth';
import { createDb, defaultMigrationsDir, importSchedule, migrate, startEmbeddedDatabase } from '@podium/db';
import { readScheduleFile } from '@podium/domain';
import { freePort, median } from './support/util.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixture = path.resolve(root, '../shared/fixtures/schedules/fosdem-2021-pentabarf.xml');
const RUNS = 5;



async function main() {
  if (!existsSync(fixture)) {
    console.log(`grid-tti: skipped (${path.relative(root, fixture)} not present)`);
    return;
  }
  if (!existsSync(path.join(root, 'apps/organizer/.next/BUILD_ID'))) {
    console.log('grid-tti: build the organizer app first: npx nx run @podium/organizer:build');
    process.exitCode = 1;
    return;
  }
  const embedded = await startEmbeddedDatabase({ dataDir: null, port: 0 });
  const port = await freePort();
  let app: ReturnType<typeof spawn> | null = null;
  try {
    await migrate(embedded.url, defaultMigrationsDir());
    const db = createDb(embedded.url, { max: 4 });
    const schedule = readScheduleFile(readFileSync(fixture, 'utf8'), fixture, { timeZone: 'Europe/Brussels' });
    const slug = `fosdem-2021-${randomBytes(3).toString('hex')}`;
    const t0 = performance.now();
    // The product's importer (libs/db import-schedule.ts): one transaction, bulk inserts, every event placed.
    const report = await importSchedule(db, schedule, { slug });
    const loadMs = performance.now() - t0;
    const conferenceId = (await db.conference.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    const loaded = { conferenceId, events: report.counts.sessions.created, rooms: report.counts.rooms.created };
    const passwordHash = await hashPassword('bench-pass-123', { N: 1024 });
    const organizer = await db.user.create({ data: { email: `bench-${slug}@podium.test`, name: 'Bench Organizer', passwordHash } });
    await db.membership.create({ data: { userId: organizer.id, conferenceId: loaded.conferenceId, role: 'ORGANIZER' } });
    await db.$disconnect();

    const base = `http://127.0.0.1:${port}`;
    app = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: path.join(root, 'apps/organizer'),
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: embedded.url, NEXTAUTH_SECRET: 'bench-only', NEXTAUTH_URL: base },
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/signin`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }

    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${base}/signin`);
    await page.getByLabel('Email').fill(organizer.email!);
    await page.getByLabel('Password').fill('bench-pass-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();

    const loads: number[] = [];
    const firstCards: number[] = [];
    const interactive: number[] = [];
    let cards = 0;
    let htmlBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const response = await page.goto(`${base}/${slug}/schedule`, { waitUntil: 'load' });
      loads.push(performance.now() - start);
      htmlBytes = (await response?.body())?.length ?? 0;
      const card = page.locator('[data-testid^="card-"]').first();
      await card.waitFor();
      firstCards.push(performance.now() - start);
      // Interactive: the grid reacts to a keyboard pick-up (its live region announces it).
      await card.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('live-region').filter({ hasText: 'Picked up' }).waitFor();
      interactive.push(performance.now() - start);
      await page.keyboard.press('Escape');
      cards = await page.locator('[data-testid^="card-"]').count();
    }
    await browser.close();
    const f = (xs: number[]) => `${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
    console.log(`grid-tti fosdem-2021 (${loaded.events} events, ${loaded.rooms} rooms): imported into the database in ${(loadMs / 1000).toFixed(1)} s`);
    console.log(`grid-tti fosdem-2021: page load ${f(loads)}, first card ${f(firstCards)}, interactive (keyboard pick-up answered) ${f(interactive)}`);
    console.log(`grid-tti fosdem-2021: ${cards} cards on the first day, HTML ${(htmlBytes / 1024).toFixed(0)} KiB, ${RUNS} cold loads`);
  } finally {
    app?.kill('SIGTERM');
    await embedded.stop();
  }
}

await main();
