// Lint = layering. Nx tags every project (package.json "nx.tags") and this rule refuses imports against the flow
// apps -> api -> (domain, db, auth); db -> domain; domain -> nothing. Part of `npm test`.
import nx from '@nx/eslint-plugin';

/** Which project types each type may import (Nx tags in each package.json). */
const layers = {
  'type:app': ['type:api', 'type:auth', 'type:ui', 'type:domain'],
  'type:cli': ['type:db', 'type:domain', 'type:seeds', 'type:auth', 'type:api'],
  'type:api': ['type:domain', 'type:db', 'type:auth'],
  'type:auth': ['type:db', 'type:domain'],
  'type:db': ['type:domain'],
  'type:ui': ['type:domain'],
  'type:domain': [],
  'type:seeds': ['type:db', 'type:domain', 'type:auth'],
  'type:e2e': ['type:db', 'type:seeds', 'type:domain'],
};
// Integration tests may also build their data with the seeds and the db's test factories.
const testLayers = Object.fromEntries(
  Object.entries(layers).map(([k, v]) => [k, k === 'type:domain' ? v : [...new Set([...v, 'type:db', 'type:seeds'])]]),
);
const boundaries = (table) => ({
  enforceBuildableLibDependency: false,
  depConstraints: Object.entries(table).map(([sourceTag, onlyDependOnLibsWithTags]) => ({ sourceTag, onlyDependOnLibsWithTags })),
});

export default [
  {
    ignores: ['**/node_modules/**', '**/.next/**', '**/.next-*/**', 'tools/tmp-*/**', '**/generated/**', '**/dist/**', '.nx/**', 'test-results/**', 'playwright-report/**', '**/next-env.d.ts', '.data/**'],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries(layers)],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prisma's result types do not narrow on `where: { x: { not: null } }`; the assertions say what the query ensures.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // *.int-helpers.ts: setup shared by integration specs and imported by them only (libs/api/src/testing.int-helpers.ts).
    files: ['**/*.int.spec.ts', '**/*.int-helpers.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(testLayers)] },
  },
  {
    // The domain is pure TypeScript: no framework, ORM or transport may creep in.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['next', 'next/*', 'react', '@trpc/*', '@prisma/*', 'pg', 'next-auth', 'next-auth/*', 'node:fs', 'node:child_process'] }],
    },
  },
  {
    // Only libs/db talks to Prisma or pg.
    files: ['apps/**/*.{ts,tsx}', 'libs/api/**/*.ts', 'libs/auth/**/*.ts', 'libs/ui/**/*.{ts,tsx}', 'seeds/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@prisma/*', 'pg', '**/generated/prisma/*'] }] },
  },
];
