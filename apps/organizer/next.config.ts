import path from 'node:path';
import type { NextConfig } from 'next';

const root = path.resolve(import.meta.dirname, '../..');

const config: NextConfig = {
  // The workspace libs are TypeScript sources; Next compiles them like app code.
  transpilePackages: ['@podium/api', '@podium/auth', '@podium/db', '@podium/domain', '@podium/ui'],
  serverExternalPackages: ['pg', '@prisma/adapter-pg', '@prisma/client'],
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // Lets parallel builds (and their servers) stay apart: PODIUM_NEXT_DIST_DIR=.next-mine. Default: .next.
  distDir: process.env.PODIUM_NEXT_DIST_DIR ?? '.next',
  // `npm test` type-checks the whole workspace with tsc before it builds; PODIUM_BUILD_SKIP_TYPECHECK=1 spares the
  // build a second pass over the same sources.
  typescript: { tsconfigPath: 'tsconfig.json', ignoreBuildErrors: process.env.PODIUM_BUILD_SKIP_TYPECHECK === '1' },
  // Schedule files are uploaded through a server action (Import page), up to 5 MB (MAX_IMPORT_FILE_BYTES) and sent once
  // more as text to confirm the previewed import: room for both beyond Next's 1 MB default.
  experimental: { serverActions: { bodySizeLimit: '12mb' } },
};

export default config;
