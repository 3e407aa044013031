// Schemas shared by the speaker portal's procedures (each procedure's own input/output lives beside it).
import { z } from 'zod';
import { QUESTION_KINDS, QUESTION_TARGETS, SUBMISSION_STATES } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';

export const proposalCodeInput = conferenceInput.extend({ code: z.string().trim().min(1).max(32) });

/** An answer as a client sends it: form text, a list of choices, a boolean or a number; null clears it. */
export const answerInput = z.union([z.string().max(20_000), z.array(z.string().max(1000)).max(100), z.boolean(), z.number(), z.null()]);
export const answersInput = z.record(z.string().max(40), answerInput).default({});

/** An answer as stored. */
export const answerValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const answersSchema = z.record(z.string(), answerValueSchema);

/** What a speaker writes; loose limits here, the domain gives the precise per-field messages. */
export const proposalFieldsInput = z.object({
  title: z.string().max(1000).default(''),
  abstract: z.string().max(50_000).default(''),
  description: z.string().max(100_000).default(''),
  notes: z.string().max(50_000).default(''),
  sessionTypeId: z.string().max(40).nullable().default(null),
  trackId: z.string().max(40).nullable().default(null),
  answers: answersInput,
});

export const questionSchema = z.object({
  id: z.string(),
  target: z.enum(QUESTION_TARGETS),
  kind: z.enum(QUESTION_KINDS),
  label: z.string(),
  helpText: z.string(),
  required: z.boolean(),
  options: z.array(z.string()),
  trackId: z.string().nullable(),
  sessionTypeId: z.string().nullable(),
});
export type PortalQuestion = z.infer<typeof questionSchema>;

export const stateSchema = z.enum(SUBMISSION_STATES);

/** The result of a write: where the proposal now stands. */
export const savedProposalOutput = z.object({ code: z.string(), state: stateSchema });
