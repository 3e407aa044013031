import { listAuditEntries } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { listAuditInput, listAuditOutput, SCHEDULE_AUDIT_PREFIX } from './list-audit.schema.ts';

/** The newest schedule changes: who, what, before and after. */
export const listAuditProcedure = organizerProcedure
  .input(listAuditInput)
  .output(listAuditOutput)
  .query(async ({ ctx, input }) => {
    const entries = await listAuditEntries(ctx.db, ctx.conference.id, SCHEDULE_AUDIT_PREFIX, input.limit);
    return {
      entries: entries.map((e) => ({
        id: e.id,
        createdAt: e.createdAt,
        userId: e.userId,
        userName: e.userName,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        before: e.before,
        after: e.after,
      })),
    };
  });
