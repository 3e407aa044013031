import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { answersSchema, stateSchema } from './shared.schema.ts';

export const getProposalOutput = z.object({
  conference: conferenceSummarySchema,
  proposal: z.object({
    code: z.string(),
    title: z.string(),
    abstract: z.string(),
    description: z.string(),
    notes: z.string(),
    state: stateSchema,
    stateLabel: z.string(),
    sessionType: z.object({ id: z.string(), name: z.string() }),
    track: z.object({ id: z.string(), name: z.string(), color: z.string() }).nullable(),
    submittedAt: z.date().nullable(),
    confirmedAt: z.date().nullable(),
    /** Changes on every save: forms key on it to start fresh after a change. */
    updatedAt: z.date(),
    deadline: z.date().nullable(),
    speakers: z.array(z.object({ name: z.string(), isYou: z.boolean() })),
    invites: z.array(
      z.object({ email: z.string(), invitedBy: z.string(), expiresAt: z.date(), acceptedAt: z.date().nullable(), status: z.enum(['pending', 'accepted', 'expired']) }),
    ),
    answers: answersSchema,
  }),
  /** Whether the content can still be changed, and why not. */
  editable: z.object({ ok: z.boolean(), reason: z.string().nullable() }),
  actions: z.object({
    saveDraft: z.boolean(),
    submit: z.boolean(),
    update: z.boolean(),
    withdraw: z.boolean(),
    confirm: z.boolean(),
    decline: z.boolean(),
    invite: z.boolean(),
  }),
  nextStep: z.string(),
});
export type PortalProposal = z.infer<typeof getProposalOutput>;
