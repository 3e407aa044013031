// `npm test`: the whole suite, in the order that fails fastest.
//   1. lint (includes the Nx module-boundary rule) and typecheck
//   2. vitest: unit tests, integration tests on the embedded store, and again on PostgreSQL when TEST_DATABASE_URL is set
//   3. production builds of both apps
//   4. Playwright in Debian's Chromium, on PostgreSQL (a fresh database) when TEST_DATABASE_URL is set, else embedded
// Ends with one line "podium: N passed, N failed, N skipped" over all runners.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createPostgresDatabase } from '@podium/db/testing';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1', NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } as NodeJS.ProcessEnv;
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const results = path.join(root, 'test-results');
const only = new Set(process.argv.slice(2)); // e.g. `npm test -- unit e2e`; empty = everything
const wants = (step: string) => only.size === 0 || only.has(step);

function step(title: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv } as NodeJS.ProcessEnv, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds}s`);
    summary(1);
  }
  console.log(`✔ ${title} (${seconds}s)`);
}

function ensureChromium() {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  if (candidates.some((p) => existsSync(p))) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s package (apt-get install chromium)…');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (update.status === 0 && install.status === 0 && existsSync('/usr/bin/chromium')) return;
  }
  console.error(
    'The end-to-end tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere: install Chromium and set CHROMIUM_PATH=/path/to/chromium\n' +
      '(Podium never downloads a browser of its own.)',
  );
  process.exit(1);
}

interface Counts { passed: number; failed: number; skipped: number }
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let flaky = 0;

function addVitest(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  total.passed += r.numPassedTests;
  total.failed += r.numFailedTests;
  total.skipped += r.numPendingTests + r.numTodoTests;
}

function addPlaywright(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  total.passed += r.stats.expected + r.stats.flaky;
  flaky += r.stats.flaky;
  total.failed += r.stats.unexpected;
  total.skipped += r.stats.skipped;
}

function summary(code: number): never {
  addVitest(path.join(results, 'vitest.json'));
  addPlaywright(path.join(results, 'e2e.json'));
  if (flaky) console.log(`\nFlaky: ${flaky} end-to-end test(s) failed once and passed on retry (see the list above).`);
  console.log(`\npodium: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(code || (total.failed > 0 ? 1 : 0));
}

async function main() {
  rmSync(results, { recursive: true, force: true });
  if (env.TEST_DATABASE_URL) console.log(`TEST_DATABASE_URL is set: integration and end-to-end tests also run on PostgreSQL.`);
  else console.log('TEST_DATABASE_URL is not set: tests run on the embedded store only (see README, "Tests").');

  if (wants('lint')) {
    step('Lint (module boundaries included)', 'npm', ['run', '-s', 'lint']);
    step('Typecheck', 'npm', ['run', '-s', 'typecheck']);
  }
  if (wants('unit')) {
    step('Unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'vitest.json')}`]);
  }
  if (wants('e2e')) {
    ensureChromium();
    // When this run already type-checked everything with tsc, the builds skip Next's second type check.
    step('Build both apps', bin('nx'), ['run-many', '-t', 'build', '-p', '@podium/public', '@podium/organizer', '--outputStyle=static'], wants('lint') ? { PODIUM_BUILD_SKIP_TYPECHECK: '1' } : {});
    const pg = env.TEST_DATABASE_URL ? await createPostgresDatabase(env.TEST_DATABASE_URL, 'podium_e2e') : null;
    try {
      step(`End-to-end tests (Playwright, Chromium, ${pg ? 'PostgreSQL' : 'embedded store'})`, bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts'], {
        ...(pg ? { E2E_DATABASE_URL: pg.url } : {}),
      });
    } finally {
      await pg?.stop();
    }
  }
  summary(0);
}

main().catch((err: Error) => {
  console.error(err);
  summary(1);
});
