import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { conferenceSummarySchema, releaseSchema } from '../shared.schema.ts';
import { agendaBreakSchema, agendaEntrySchema } from './get-agenda.schema.ts';

export const getRoomInput = conferenceInput.extend({
  /** The room's public key (its slug, e.g. "sala-gaudi") or its id. */
  room: z.string().trim().min(1).max(200),
});

export const getRoomOutput = z.object({
  conference: conferenceSummarySchema,
  offset: z.string(),
  release: releaseSchema,
  room: z.object({
    id: z.string(),
    /** The canonical key for URLs; a page reached by another key (the id) redirects to it. */
    key: z.string(),
    name: z.string(),
    description: z.string(),
    capacity: z.number().int().nullable(),
  }),
  /** The days with sessions in this room, each with its sessions by start time and the breaks that cover the room. */
  days: z.array(z.object({ date: z.string(), label: z.string(), entries: z.array(agendaEntrySchema), breaks: z.array(agendaBreakSchema) })),
});
export type PublicRoom = z.infer<typeof getRoomOutput>;
