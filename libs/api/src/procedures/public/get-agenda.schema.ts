import { z } from 'zod';
import { conferenceSummarySchema, releaseSchema, speakerRefSchema, trackSchema } from '../shared.schema.ts';

export const agendaEntrySchema = z.object({
  code: z.string(),
  title: z.string(),
  start: z.date(),
  end: z.date(),
  roomId: z.string().nullable(),
  track: trackSchema,
  sessionType: z.string(),
  speakers: z.array(speakerRefSchema),
  localStart: z.string(),
  localEnd: z.string(),
  startMinute: z.number().int(),
  endMinute: z.number().int(),
});

export const agendaRoomSchema = z.object({ id: z.string(), name: z.string(), position: z.number().int() });

export const getAgendaOutput = z.object({
  conference: conferenceSummarySchema,
  /** UTC offset label of the conference zone during the conference, e.g. "UTC+01:00". */
  offset: z.string(),
  release: releaseSchema,
  rooms: z.array(agendaRoomSchema),
  tracks: z.array(z.object({ name: z.string(), color: z.string() })),
  days: z.array(
    z.object({
      date: z.string(),
      label: z.string(),
      rooms: z.array(agendaRoomSchema),
      entries: z.array(agendaEntrySchema),
      firstMinute: z.number().int(),
      lastMinute: z.number().int(),
    }),
  ),
});
export type Agenda = z.infer<typeof getAgendaOutput>;
