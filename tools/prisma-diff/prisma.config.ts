// Prisma 6 config for the offline migration writer: the js engine bundles the schema engine as wasm.
// `migrate diff` between two datamodels changes no database, but the js engine still wants a connection (below).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: process.env.PODIUM_DIFF_SCHEMA ?? 'schema.prisma',
  async adapter() {
    // The js engine opens a connection even for a datamodel-to-datamodel diff (it changes nothing there).
    // Any reachable PostgreSQL will do: the local server, or `npm start`'s embedded one (port 54329).
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return new PrismaPg({ connectionString: process.env.PODIUM_DIFF_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' });
  },
});
