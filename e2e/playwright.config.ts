// End-to-end tests in Debian's Chromium (never a downloaded browser) against both apps in production mode,
// started by the same `tools/start.ts` as `npm start`, on a fresh database:
//   - DATABASE_URL when given (tools/test.ts creates a fresh PostgreSQL database when TEST_DATABASE_URL is set),
//   - else a new embedded store in a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './fixtures/chromium.ts';
import { E2E_MAIL_FROM, E2E_SMTP_PORT } from './fixtures/smtp-capture.ts';

const root = path.resolve(import.meta.dirname, '..');
const publicPort = Number(process.env.E2E_PUBLIC_PORT ?? 3100);
const organizerPort = Number(process.env.E2E_ORGANIZER_PORT ?? 3101);
// Computed once in the runner process; workers inherit it.
process.env.PODIUM_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'podium-e2e-'));
process.env.E2E_PUBLIC_URL = `http://localhost:${publicPort}`;
process.env.E2E_ORGANIZER_URL = `http://localhost:${organizerPort}`;

export default defineConfig({
  testDir: './specs',
  // A capture SMTP server for the apps' mail (see global-setup.ts, fixtures/mail.ts).
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // One retry on CI, reported as flaky in the summary (never hidden): a loaded 2-core machine occasionally loses a race.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: path.join(root, 'test-results/e2e.json') }]] : [['list'], ['json', { outputFile: path.join(root, 'test-results/e2e.json') }]],
  outputDir: path.join(root, 'test-results/e2e'),
  // Specs that assert the pristine demo seed (counts, the published agenda) run first; the flows that add proposals,
  // phases, questions and mail run after them, each on data it creates itself.
  projects: [
    { name: 'seed-state', testMatch: /specs\/(public|organizer)\/.*\.spec\.ts$/ },
    { name: 'flows', testIgnore: /specs\/(public|organizer)\/.*\.spec\.ts$/, dependencies: ['seed-state'] },
  ],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'npx tsx tools/start.ts',
    cwd: root,
    url: `http://localhost:${organizerPort}/signin`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT_PUBLIC: String(publicPort),
      PORT_ORGANIZER: String(organizerPort),
      PODIUM_SKIP_BUILD: process.env.PODIUM_SKIP_BUILD ?? '1',
      PODIUM_DATA_DIR: process.env.PODIUM_E2E_DATA_DIR,
      PODIUM_DB_PORT: '0',
      PODIUM_PUBLIC_URL: `http://localhost:${publicPort}`,
      NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production',
      SMTP_URL: 'smtp://127.0.0.1:' + E2E_SMTP_PORT,
      MAIL_FROM: E2E_MAIL_FROM,
      // Lets specs set the agenda's clock with ?now= ("now and next" in 2012); never set in production.
      PODIUM_TEST_CLOCK: '1',
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    },
  },
});
