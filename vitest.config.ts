// One vitest run for the whole workspace:
//   unit          *.spec.ts      pure code, no database
//   db:pglite     *.int.spec.ts  against the embedded PGlite server (always)
//   db:postgres   *.int.spec.ts  against a fresh database on TEST_DATABASE_URL (when it is set)
import { defineConfig } from 'vitest/config';

const roots = ['libs', 'seeds', 'apps/cli', 'tools'];
const unit = roots.map((r) => `${r}/**/*.spec.ts`);
const integration = roots.map((r) => `${r}/**/*.int.spec.ts`);
const exclude = ['**/node_modules/**', '**/.next/**'];

const integrationProject = (kind: 'pglite' | 'postgres') => ({
  test: {
    name: `db:${kind}`,
    include: integration,
    exclude,
    env: { PODIUM_TEST_DB: kind },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: unit, exclude: [...exclude, '**/*.int.spec.ts'] } },
      integrationProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integrationProject('postgres')] : []),
    ],
  },
});
