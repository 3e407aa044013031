// Lint = layering. Nx tags every project (package.json "nx.tags") and this rule refuses imports against the flow
// apps -> api -> (domain, db, auth); db -> domain; domain -> nothing. Part of `npm test`.
import nx from '@nx/eslint-plugin';

export default [
  {
    ignores: ['**/node_modules/**', '**/.next/**', '**/generated/**', '**/dist/**', '.nx/**', 'test-results/**', 'playwright-report/**', '**/next-env.d.ts', '.data/**'],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          checkDynamicDependenciesExceptions: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:api', 'type:auth', 'type:ui', 'type:domain'] },
            { sourceTag: 'type:cli', onlyDependOnLibsWithTags: ['type:db', 'type:domain', 'type:seeds', 'type:auth', 'type:api'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:domain', 'type:db', 'type:auth'] },
            { sourceTag: 'type:auth', onlyDependOnLibsWithTags: ['type:db', 'type:domain'] },
            { sourceTag: 'type:db', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:seeds', onlyDependOnLibsWithTags: ['type:db', 'type:domain', 'type:auth'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:db', 'type:seeds', 'type:domain'] },
          ],
        },
      ],
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
