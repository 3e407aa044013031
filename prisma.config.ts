// Prisma 7 reads its settings here. Only `prisma generate` uses the CLI in this project
// (migrations are applied by libs/db's migrator; see README "Database").
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
