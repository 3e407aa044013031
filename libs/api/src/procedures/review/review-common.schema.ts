// Schemas shared by the review procedures (each procedure's own input and output live beside it).
import { z } from 'zod';
import { SUBMISSION_STATES } from '@podium/domain';

export const idSchema = z.string().min(1).max(40);
export const codeSchema = z.string().trim().min(1).max(40);
/** A datetime-local form value in the conference's zone ("2030-05-06T09:30"), "" for none. */
export const localDateTimeSchema = z.string().trim().max(25);

export const stateSchema = z.enum(SUBMISSION_STATES);
export const trackRefSchema = z.object({ id: z.string(), name: z.string(), color: z.string() });
export const typeRefSchema = z.object({ id: z.string(), name: z.string() });
export const preferenceSchema = z.enum(['WANT', 'NEUTRAL', 'AVOID']);

export const gateSchema = z.object({ ok: z.boolean(), reason: z.string().nullable() });
export const toGate = (g: { ok: true } | { ok: false; reason: string }) => ({ ok: g.ok, reason: g.ok ? null : g.reason });

/** What the running phase means for the person asking. */
export const phaseStatusSchema = z.object({
  /** The running phase's name; null when none runs or none is configured. */
  name: z.string().nullable(),
  phased: z.boolean(),
  blind: z.boolean(),
  review: gateSchema,
  decide: gateSchema,
});

export const scoreAggregateSchema = z.object({
  count: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  weighted: z.number().nullable(),
  spread: z.number().nullable(),
});

export const categorySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  minScore: z.number().int(),
  maxScore: z.number().int(),
  required: z.boolean(),
  position: z.number().int(),
  active: z.boolean(),
  trackId: z.string().nullable(),
});

export const phaseSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Local datetime-local values in the conference's zone; "" = open end. */
  startsAt: z.string(),
  endsAt: z.string(),
  position: z.number().int(),
  reviewersCanReview: z.boolean(),
  blind: z.boolean(),
  reviewersSeeOtherReviews: z.boolean(),
  speakersCanEdit: z.boolean(),
  organizersCanDecide: z.boolean(),
  /** Whether this is the phase running now. */
  running: z.boolean(),
});

export const okOutput = z.object({ ok: z.literal(true) });
