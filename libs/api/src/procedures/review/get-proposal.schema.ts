import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { codeSchema, gateSchema, phaseStatusSchema, preferenceSchema, scoreAggregateSchema, stateSchema, trackRefSchema } from './review-common.schema.ts';

export const getProposalInput = conferenceInput.extend({ code: codeSchema });

const answerSchema = z.object({ question: z.string(), value: z.string() });
const scoreSchema = z.object({ categoryId: z.string(), value: z.number().int() });

export const getProposalOutput = z.object({
  phase: phaseStatusSchema,
  isOrganizer: z.boolean(),
  proposal: z.object({
    code: z.string(),
    title: z.string(),
    abstract: z.string(),
    description: z.string(),
    state: stateSchema,
    sessionType: z.string(),
    durationMinutes: z.number().int(),
    track: trackRefSchema.nullable(),
    /** Answers to the CFP's proposal questions. */
    answers: z.array(answerSchema),
    /** The speakers' notes to the organizers; null in a blind phase. */
    notes: z.string().nullable(),
    /** True when speaker identities are withheld (blind phase, not an organizer). */
    speakersHidden: z.boolean(),
    /** Null when hidden: no name, bio, link or answer of a speaker is in the payload then. */
    speakers: z.array(z.object({ name: z.string(), bio: z.string(), links: z.array(z.string()), answers: z.array(answerSchema) })).nullable(),
  }),
  assigned: z.boolean(),
  bid: preferenceSchema.nullable(),
  /** The categories this proposal is scored in. */
  categories: z.array(
    z.object({ id: z.string(), name: z.string(), description: z.string(), weight: z.number(), minScore: z.number().int(), maxScore: z.number().int(), required: z.boolean() }),
  ),
  /** Whether the person may write or change their review now, and why not. */
  canReview: gateSchema,
  myReview: z.object({ text: z.string(), scores: z.array(scoreSchema), total: z.number().nullable(), weighted: z.number().nullable(), updatedAt: z.date() }).nullable(),
  /** Everybody's reviews with reviewer names: organizers always, reviewers when the phase allows and after their own. */
  reviews: z
    .array(z.object({ reviewer: z.string(), mine: z.boolean(), text: z.string(), scores: z.array(scoreSchema), total: z.number().nullable(), weighted: z.number().nullable(), updatedAt: z.date() }))
    .nullable(),
  aggregate: scoreAggregateSchema.nullable(),
});
