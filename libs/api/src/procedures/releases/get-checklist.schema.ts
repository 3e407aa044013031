import { z } from 'zod';
import { SUBMISSION_STATES } from '@podium/domain';
import { conflictSchema } from '../schedule/schedule-common.schema.ts';
import { changelogSchema } from './release-common.schema.ts';

/** A conflict with the sessions it involves and the local day, so the page can name them and point to the grid. */
const checklistConflictSchema = conflictSchema.extend({
  sessions: z.array(z.object({ code: z.string(), title: z.string() })),
  /** Local date of the earliest session involved. */
  date: z.string().nullable(),
});

const previewEntrySchema = z.object({
  code: z.string(),
  title: z.string(),
  roomId: z.string().nullable(),
  track: z.object({ name: z.string(), color: z.string() }).nullable(),
  sessionType: z.string(),
  speakers: z.array(z.object({ code: z.string(), name: z.string() })),
  localStart: z.string(),
  localEnd: z.string(),
  startMinute: z.number().int(),
  endMinute: z.number().int(),
});

export const getChecklistOutput = z.object({
  timeZone: z.string(),
  /** UTC offset of the zone during the conference, e.g. "UTC+01:00". */
  offset: z.string(),
  /** The work-in-progress revision this checklist was made from: a release must carry it. */
  revision: z.number().int(),
  suggestedName: z.string(),
  latest: z.object({ name: z.string(), releasedAt: z.date() }).nullable(),
  canRelease: z.boolean(),
  blocking: z.array(checklistConflictSchema),
  warnings: z.array(checklistConflictSchema),
  unscheduled: z.array(z.object({ code: z.string(), title: z.string(), state: z.enum(SUBMISSION_STATES) })),
  unconfirmed: z.array(z.object({ code: z.string(), title: z.string() })),
  bios: z.array(z.object({ code: z.string(), name: z.string(), problem: z.enum(['missing', 'unapproved']), sessions: z.array(z.string()) })),
  /** What the release would change, from the latest release. */
  changelog: changelogSchema,
  /** Mails the release would queue: one per speaker (with an address) of each new, moved or cancelled session. */
  mails: z.number().int(),
  /** The public agenda as the release would publish it. */
  preview: z.object({
    rooms: z.array(z.object({ id: z.string(), name: z.string(), position: z.number().int() })),
    days: z.array(
      z.object({
        date: z.string(),
        label: z.string(),
        rooms: z.array(z.object({ id: z.string(), name: z.string(), position: z.number().int() })),
        entries: z.array(previewEntrySchema),
        firstMinute: z.number().int(),
        lastMinute: z.number().int(),
      }),
    ),
  }),
});
export type ReleaseChecklistOutput = z.infer<typeof getChecklistOutput>;
