import { z } from 'zod';
import { blockSchema, conflictSchema, placedSlotSchema, sessionCardSchema } from './schedule-common.schema.ts';

/** A speaker on a grid card, with the windows they can speak in (their profile in this conference). */
const gridSpeakerSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  /** null: the speaker gave no availability (always available). */
  availability: z.array(z.object({ start: z.date(), end: z.date() })).nullable(),
});
const gridCardSchema = sessionCardSchema.extend({ speakers: z.array(gridSpeakerSchema) });
const gridSlotSchema = placedSlotSchema.extend({ speakers: z.array(gridSpeakerSchema) });

export const getGridOutput = z.object({
  /** Send it back with every change; poll schedule.revision to know when to refetch. */
  revision: z.number().int(),
  timeZone: z.string(),
  /** Schedulable hours per conference day (local HH:MM and UTC instants). */
  days: z.array(z.object({ date: z.string(), localStart: z.string(), localEnd: z.string(), start: z.date(), end: z.date() })),
  rooms: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      capacity: z.number().int().nullable(),
      position: z.number().int(),
      /** Empty: available whenever the conference runs. */
      availability: z.array(z.object({ start: z.date(), end: z.date() })),
    }),
  ),
  tracks: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })),
  slots: z.array(gridSlotSchema),
  /** Accepted and confirmed sessions not on the grid yet (the sidebar). */
  unscheduled: z.array(gridCardSchema),
  blocks: z.array(blockSchema),
  /** Every conflict of the placed sessions, in the checker's order. */
  conflicts: z.array(conflictSchema),
});
