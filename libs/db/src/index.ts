export { createDb, getDb, type Db } from './client.ts';
export { migrate, readMigrations, defaultMigrationsDir, type MigrateResult } from './migrate.ts';
export { startEmbeddedDatabase, openEmbeddedDatabase, type EmbeddedDatabase } from './embedded.ts';
export * from './repositories/conferences.ts';
export * from './repositories/schedule.ts';
export * from './repositories/submissions.ts';
export * from './repositories/speakers.ts';
export * from './repositories/users.ts';
export * from './repositories/mail.ts';
