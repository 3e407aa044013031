import { defaultMigrationsDir, migrate } from '@podium/db';
import { withDatabase } from '../database.ts';
import type { Command } from '../command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations (prisma/migrations).',
  usage: `podium migrate

Applies every migration in prisma/migrations that the database has not seen, in order, each in a transaction,
recording them in _prisma_migrations as Prisma does. Safe to run again: applied migrations are skipped.

Database: DATABASE_URL if set, else the embedded store in .data/ (PODIUM_DATA_DIR).`,
  options: {},
  async run() {
    const result = await withDatabase((url) => migrate(url, defaultMigrationsDir()));
    if (result.applied.length === 0) console.log(`Database is up to date (${result.alreadyApplied.length} migrations applied).`);
    for (const name of result.applied) console.log(`Applied ${name}`);
    return 0;
  },
};
