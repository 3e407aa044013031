// `npm start`: one command from a fresh clone to both apps running on seeded data.
//   1. database: DATABASE_URL, or the embedded PGlite store under .data/ (kept across restarts)
//   2. migrations, then the demo conference if it is not there yet (an existing one is never overwritten)
//   3. production builds of both apps (Nx caches them: a restart without changes skips the build)
//   4. apps/public (PORT_PUBLIC, default 3000; its server.ts: Next plus the published-page cache) and apps/organizer
//      (`next start`, PORT_ORGANIZER, default 3001)
// `npm run dev` does the same with `next dev` and no build; PODIUM_APPS=public (or organizer) runs one app only.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDb, defaultMigrationsDir, findConferenceBySlug, migrate, openEmbeddedDatabase } from '@podium/db';
import { seedDemoConference } from '@podium/seeds';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1', NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } as NodeJS.ProcessEnv;
const publicPort = Number(env.PORT_PUBLIC ?? 3000);
const organizerPort = Number(env.PORT_ORGANIZER ?? 3001);
const dataDir = path.resolve(root, env.PODIUM_DATA_DIR ?? '.data');
const dev = process.argv.includes('--dev');
const skipBuild = dev || env.PODIUM_SKIP_BUILD === '1';
const APPS = ['public', 'organizer'] as const;
const apps = (env.PODIUM_APPS ?? APPS.join(',')).split(',').map((a) => a.trim());
for (const a of apps) if (!(APPS as readonly string[]).includes(a)) throw new Error(`PODIUM_APPS: unknown app "${a}" (use public, organizer or both)`);
const log = (msg: string) => console.log(`[podium] ${msg}`);

const children: ChildProcess[] = [];
// Replaced by the embedded server's stop when this process owns one.
let stopDatabase: () => Promise<void> = () => Promise.resolve();
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  await stopDatabase();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

function secret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'nextauth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  let url = env.DATABASE_URL;
  if (url) {
    log(`Database: ${url.replace(/\/\/[^@]*@/, '//…@')}`);
  } else {
    const embedded = await openEmbeddedDatabase(dataDir, Number(env.PODIUM_DB_PORT ?? 54329));
    if (!embedded.owned) throw new Error(`Another Podium process (see ${dataDir}/embedded-server.json) already runs the embedded database.`);
    stopDatabase = embedded.stop;
    url = embedded.url;
    log(`Database: embedded PostgreSQL (PGlite) in ${path.relative(root, dataDir) || '.'}, ${url}`);
  }

  const migrated = await migrate(url, defaultMigrationsDir());
  log(migrated.applied.length ? `Applied migrations: ${migrated.applied.join(', ')}` : 'Migrations: up to date.');

  if (env.PODIUM_SEED !== '0') {
    const db = createDb(url, { max: 2 });
    try {
      if (await findConferenceBySlug(db, 'kvm-forum-2012')) log('Demo conference kvm-forum-2012 is present (not re-seeded; `npm run podium -- seed` resets it).');
      else {
        const r = await seedDemoConference(db, { demoAccounts: true });
        log(`Seeded the demo conference: ${r.sessions} sessions, release ${r.release}. Demo accounts: see README.`);
      }
    } finally {
      await db.$disconnect();
    }
  }

  if (!skipBuild) {
    log('Building both apps (cached by Nx when nothing changed)…');
    const nx = path.join(root, 'node_modules/.bin/nx');
    const r = spawnSync(nx, ['run-many', '-t', 'build', '-p', ...apps.map((a) => `@podium/${a}`), '--outputStyle=stream'], { cwd: root, env, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('Build failed (see above).');
  }

  const appEnv = {
    ...env,
    NODE_ENV: dev ? ('development' as const) : ('production' as const),
    DATABASE_URL: url,
    NEXTAUTH_SECRET: secret(),
    PODIUM_PUBLIC_URL: env.PODIUM_PUBLIC_URL ?? `http://localhost:${publicPort}`,
  };
  const next = path.join(root, 'node_modules/.bin/next');
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const run = (name: string, port: number, extra: Record<string, string>) => {
    if (!apps.includes(name)) return;
    const host = env.HOST ?? '127.0.0.1';
    // In production the public app runs its own server (apps/public/server.ts): Next behind a cache that answers the
    // published agenda pages from memory. The organizer app and development mode use Next's server as it is.
    const [cmd, args] =
      name === 'public' && !dev ? [tsx, [path.join(root, 'apps/public/server.ts')]] : [next, [dev ? 'dev' : 'start', '-p', String(port), '-H', host]];
    const child = spawn(cmd, args, {
      cwd: path.join(root, 'apps', name),
      env: { ...appEnv, ...extra, PORT: String(port), HOST: host } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`[podium] ${name} exited (${code}); stopping.`);
        void shutdown(code ?? 1);
      }
    });
    children.push(child);
  };
  run('public', publicPort, { NEXTAUTH_URL: appEnv.PODIUM_PUBLIC_URL });
  run('organizer', organizerPort, { NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${organizerPort}` });
  if (apps.includes('public')) log(`Public agenda:  http://localhost:${publicPort}/kvm-forum-2012/schedule`);
  if (apps.includes('organizer')) log(`Organizer app:  http://localhost:${organizerPort}  (organizer@podium.test / podium-demo)`);
}

main().catch(async (err: Error) => {
  console.error(`[podium] ${err.message}`);
  await shutdown(1);
});
