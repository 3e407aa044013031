import { findLastAuditTime, findWorkInProgressVersion } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { SCHEDULE_AUDIT_PREFIX } from './list-audit.schema.ts';
import { getRevisionOutput } from './get-revision.schema.ts';

/**
 * The work-in-progress revision, read from the database on every call (no in-process state, so it works behind a load
 * balancer): open grids poll it every few seconds and refetch schedule.grid when it changed.
 */
export const getRevisionProcedure = organizerProcedure.output(getRevisionOutput).query(async ({ ctx }) => {
  const version = await findWorkInProgressVersion(ctx.db, ctx.conference.id);
  return { revision: version?.revision ?? 0, updatedAt: await findLastAuditTime(ctx.db, ctx.conference.id, SCHEDULE_AUDIT_PREFIX) };
});
