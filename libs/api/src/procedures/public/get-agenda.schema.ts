import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { conferenceSummarySchema, releaseSchema, speakerRefSchema, trackSchema } from '../shared.schema.ts';

export const agendaFilterSchema = z.object({
  /** Words to find in the title, abstract or a speaker's name (longer text is cut, not refused: it is a search box). */
  q: z.string().max(1000).optional(),
  /** A track's name. */
  track: z.string().max(200).optional(),
  /** A room's public key (its slug) or id. */
  room: z.string().max(200).optional(),
  /** A session type's name. */
  type: z.string().max(200).optional(),
});

export const getAgendaInput = conferenceInput.extend({
  filter: agendaFilterSchema.optional(),
  /** The instant "now and next" is computed for; the server's clock when absent. */
  at: z.date().optional(),
});

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

/** A break of the released schedule on one day (see AgendaDay.breaks in @podium/domain). */
export const agendaBreakSchema = z.object({
  id: z.string(),
  title: z.string(),
  start: z.date(),
  end: z.date(),
  localStart: z.string(),
  localEnd: z.string(),
  startMinute: z.number().int(),
  endMinute: z.number().int(),
  /** The day's rooms it takes, in room order; null: all of them. */
  roomIds: z.array(z.string()).nullable(),
});

/** `key` is the room's public key in URLs (/<slug>/rooms/<key>): its slug, or its id when the slug is ambiguous. */
export const agendaRoomSchema = z.object({ id: z.string(), key: z.string(), name: z.string(), position: z.number().int() });

const nowNextEntrySchema = agendaEntrySchema.pick({ code: true, title: true, localStart: true, localEnd: true, speakers: true, track: true });

export const getAgendaOutput = z.object({
  conference: conferenceSummarySchema,
  /** UTC offset label of the conference zone during the conference, e.g. "UTC+01:00". */
  offset: z.string(),
  release: releaseSchema,
  rooms: z.array(agendaRoomSchema),
  /** Tracks, session types and rooms of the released sessions: what the filters offer. */
  tracks: z.array(z.object({ name: z.string(), color: z.string() })),
  sessionTypes: z.array(z.string()),
  filterRooms: z.array(agendaRoomSchema),
  /** The filter as applied (trimmed), whether any part of it is set, and its parts in words. */
  filter: z.object({ q: z.string(), track: z.string(), room: z.string(), type: z.string() }),
  filterActive: z.boolean(),
  filterLabel: z.string(),
  /** Released sessions in all, and those the filter keeps (the same without a filter). */
  totalSessions: z.number().int(),
  matchingSessions: z.number().int(),
  /** The day to open on: today during the conference, else the first day. */
  defaultDay: z.string().nullable(),
  /** Per room, what runs at `at` and what starts next that day (all sessions, not filtered); null outside the dates. */
  nowNext: z
    .object({
      date: z.string(),
      time: z.string(),
      rooms: z.array(z.object({ room: agendaRoomSchema, current: z.array(nowNextEntrySchema), next: nowNextEntrySchema.nullable() })),
    })
    .nullable(),
  /** The filtered sessions by local day; every conference day is present, also when nothing on it matches. */
  days: z.array(
    z.object({
      date: z.string(),
      label: z.string(),
      rooms: z.array(agendaRoomSchema),
      entries: z.array(agendaEntrySchema),
      /** The released breaks of a day with sessions (also when a filter is set: they are not sessions). */
      breaks: z.array(agendaBreakSchema),
      firstMinute: z.number().int(),
      lastMinute: z.number().int(),
    }),
  ),
});
export type Agenda = z.infer<typeof getAgendaOutput>;
