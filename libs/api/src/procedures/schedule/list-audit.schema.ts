import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';

/** Every schedule change is audited under an action starting with this. */
export const SCHEDULE_AUDIT_PREFIX = 'schedule.';

export const listAuditInput = conferenceInput.extend({ limit: z.number().int().min(1).max(200).default(50) });

export const listAuditOutput = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      createdAt: z.date(),
      userId: z.string().nullable(),
      userName: z.string().nullable(),
      /** schedule.move, schedule.unschedule, schedule.pin, schedule.block.create|update|delete, schedule.settings, schedule.days, schedule.room-availability, schedule.session.cancel|restore */
      action: z.string(),
      entity: z.string(),
      entityId: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});
