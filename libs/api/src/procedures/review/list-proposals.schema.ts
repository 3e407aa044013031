import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema, phaseStatusSchema, preferenceSchema, stateSchema, trackRefSchema, typeRefSchema } from './review-common.schema.ts';

export const REVIEW_STATUS_FILTERS = ['all', 'assigned', 'not-reviewed', 'reviewed'] as const;

export const listProposalsInput = conferenceInput.extend({
  status: z.enum(REVIEW_STATUS_FILTERS).default('all'),
  trackId: idSchema.nullish(),
  state: stateSchema.nullish(),
});

/** The reviewer's queue. Never carries speaker identities, blind phase or not. */
export const listProposalsOutput = z.object({
  phase: phaseStatusSchema,
  isOrganizer: z.boolean(),
  /** Tracks the person may review (their limits, or all). */
  tracks: z.array(trackRefSchema),
  items: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      state: stateSchema,
      track: trackRefSchema.nullable(),
      sessionType: typeRefSchema,
      assigned: z.boolean(),
      status: z.enum(['reviewed', 'not-reviewed']),
      /** The person's own total for it, when reviewed. */
      myTotal: z.number().nullable(),
      bid: preferenceSchema.nullable(),
    }),
  ),
  /** How many proposals the person sees before filtering, and how many are assigned to them and still to review. */
  counts: z.object({ visible: z.number().int(), assignedOpen: z.number().int() }),
  /** Conflicts the person declared (they may withdraw them). */
  conflicts: z.array(z.object({ code: z.string(), title: z.string() })),
});
