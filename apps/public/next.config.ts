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
  // Metadata (title, the changelog's Atom <link>) goes into <head> for every client, not streamed into <body> after it:
  // the public pages must be complete without JavaScript, and feed readers look for rel=alternate in <head>.
  htmlLimitedBots: /.*/,
  // Lets parallel builds (and their servers) stay apart: PODIUM_NEXT_DIST_DIR=.next-mine. Default: .next.
  distDir: process.env.PODIUM_NEXT_DIST_DIR ?? '.next',
  // `npm test` type-checks the whole workspace with tsc before it builds; PODIUM_BUILD_SKIP_TYPECHECK=1 spares the
  // build a second pass over the same sources.
  typescript: { tsconfigPath: 'tsconfig.json', ignoreBuildErrors: process.env.PODIUM_BUILD_SKIP_TYPECHECK === '1' },
  // Other sites may frame the agenda widget (/<slug>/widget, which sends its own policy) and nothing else: sign-in
  // and proposal forms must never load inside someone else's page.
  async headers() {
    const noFraming = [
      { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
    ];
    return [
      { source: '/', headers: noFraming },
      { source: '/:path((?!.*/widget$).*)', headers: noFraming },
    ];
  },
  // /<slug>/sessions/<code>.ics and /<slug>/speakers/<code>.ics: a dynamic segment cannot carry a suffix, and
  // [code] already holds the page, so the calendars live one level down (…/<code>/ical, route handlers).
  async rewrites() {
    return [
      { source: '/:slug/sessions/:code([A-Za-z0-9]+)\\.ics', destination: '/:slug/sessions/:code/ical' },
      { source: '/:slug/speakers/:code([A-Za-z0-9]+)\\.ics', destination: '/:slug/speakers/:code/ical' },
    ];
  },
};

export default config;
