import { listReleases } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { listReleasesOutput } from './list-releases.schema.ts';

/** The conference's releases, newest first (organizers only). */
export const listReleasesProcedure = organizerProcedure.output(listReleasesOutput).query(async ({ ctx }) => {
  const releases = await listReleases(ctx.db, ctx.conference.id);
  return { releases: releases.map(({ name, comment, releasedAt, releasedBy, sessions }) => ({ name, comment, releasedAt, releasedBy, sessions })) };
});
