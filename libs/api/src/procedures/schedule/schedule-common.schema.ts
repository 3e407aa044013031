// Shapes shared by the schedule editor's procedures (the organizers' drag-and-drop grid). Instants travel as Date
// (superjson) in outputs; inputs take ISO instants ("2012-11-07T09:00:00+01:00" or "…Z"), which the grid computes
// from the day's UTC start and the cell it was dropped on.
import { z } from 'zod';
import { CONFLICT_KINDS, SUBMISSION_STATES } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';

export const codeSchema = z.string().trim().min(1).max(40);
export const idSchema = z.string().trim().min(1).max(40);
export const instantSchema = z.iso.datetime({ offset: true, message: 'An ISO date and time like 2012-11-07T09:00:00+01:00.' });
/** The revision of the schedule the grid shows; a change against an older one is refused. */
export const expectedRevisionSchema = z.number().int().min(0);

/** Changes to the work-in-progress schedule carry the revision they were made against. */
export const scheduleChangeInput = conferenceInput.extend({ expectedRevision: expectedRevisionSchema });

export const conflictSchema = z.object({
  kind: z.enum(CONFLICT_KINDS),
  severity: z.enum(['block', 'warn']),
  /** Slot ids of the cards involved (one or two). */
  slotIds: z.array(z.string()),
  /** Speaker (profile) ids involved, for double bookings, travel and availability. */
  speakerIds: z.array(z.string()),
  roomId: z.string().nullable(),
  message: z.string(),
});
export type ConflictOutput = z.infer<typeof conflictSchema>;

export const sessionCardSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** ACCEPTED sessions are not confirmed by their speakers yet: the grid marks them. */
  state: z.enum(SUBMISSION_STATES),
  track: z.object({ id: z.string(), name: z.string(), color: z.string() }).nullable(),
  sessionType: z.string(),
  /** The session's length: its own duration, else its type's default. */
  durationMinutes: z.number().int(),
  speakers: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  expectedAudience: z.number().int().nullable(),
});

export const placedSlotSchema = sessionCardSchema.extend({
  slotId: z.string(),
  roomId: z.string(),
  start: z.date(),
  end: z.date(),
  pinned: z.boolean(),
  /** This card's conflicts (every severity shown). */
  conflicts: z.array(conflictSchema),
});
export type PlacedSlotOutput = z.infer<typeof placedSlotSchema>;

export const blockSchema = z.object({
  id: z.string(),
  title: z.string(),
  start: z.date(),
  end: z.date(),
  allRooms: z.boolean(),
  /** The rooms of a block that does not span all rooms. */
  roomIds: z.array(z.string()),
});

export const revisionOutput = z.object({ revision: z.number().int() });
