import { createDb, defaultMigrationsDir, migrate } from '@podium/db';
import { seedDemoConference, DEMO_ACCOUNTS, DEMO_PASSWORD } from '@podium/seeds';
import { withDatabase } from '../database.ts';
import type { Command } from '../command.ts';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Create or refresh the demo conference (KVM Forum + oVirt Workshop 2012).',
  usage: `podium seed [--no-demo-accounts]

Migrates, then writes the demo conference: rooms, tracks, session types, 16 sessions with speakers, and the schedule
released as version 1.0. Idempotent: rows are matched by their natural keys, so running it again restores the demo
facts without duplicating anything.

Options:
  --no-demo-accounts   Do not create the demo sign-in accounts (${DEMO_ACCOUNTS.map((a) => a.email).join(', ')};
                       password "${DEMO_PASSWORD}"). Never use demo accounts on a public installation.`,
  options: { 'no-demo-accounts': { type: 'boolean' } },
  async run(values) {
    return withDatabase(async (url) => {
      await migrate(url, defaultMigrationsDir());
      const db = createDb(url, { max: 2 });
      try {
        const report = await seedDemoConference(db, { demoAccounts: !values['no-demo-accounts'] });
        console.log(`Seeded kvm-forum-2012: ${report.sessions} sessions, ${report.speakers} speakers, release ${report.release}.`);
      } finally {
        await db.$disconnect();
      }
      return 0;
    });
  },
};
