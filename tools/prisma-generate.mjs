// Generates the Prisma client after install, offline.
// Prisma 7's CLI wants a schema-engine binary even for `generate`, which it would download; generating does not
// use it, so we point it at a stub (see ../shared/ENVIRONMENT.md). Telemetry and update checks are off.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'prisma', 'schema.prisma'))) process.exit(0);
const stub = path.join(root, 'tools', 'engine-stub.sh');
const env = {
  ...process.env,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
};
const bin = path.join(root, 'node_modules', '.bin', 'prisma');
const r = spawnSync(bin, ['generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
