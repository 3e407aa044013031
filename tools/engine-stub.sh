#!/bin/sh
# Stand-in for Prisma's schema-engine binary: `prisma generate` insists on one being present but never runs it.
echo "schema-engine stub: migrations are applied by npm run podium -- migrate" >&2
exit 1
