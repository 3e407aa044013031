import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { answersSchema, questionSchema } from './shared.schema.ts';

export const localWindowSchema = z.object({
  /** Conference day, YYYY-MM-DD. */
  date: z.string(),
  /** Local times, HH:MM. */
  start: z.string(),
  end: z.string(),
});

const avatarSchema = z.object({ url: z.string(), width: z.number().int().nullable(), height: z.number().int().nullable() });

export const bioStateSchema = z.enum(['EMPTY', 'PUBLISHED', 'PENDING', 'NOT_APPROVED']);
export const bioPartSchema = z.enum(['bio', 'photo', 'links']);

export const getProfileOutput = z.object({
  conference: conferenceSummarySchema,
  name: z.string(),
  email: z.string().nullable(),
  /** The profile's public code; null until the profile is first saved or used. */
  code: z.string().nullable(),
  /** Changes on every save (null before the profile exists). */
  updatedAt: z.date().nullable(),
  /** The speaker's working copy of bio, links and photo (what they edit; public once approved). */
  bio: z.string(),
  links: z.array(z.string()),
  avatar: avatarSchema.nullable(),
  /** Whether the working copy is public, waits for approval, or was never approved; and what the public sees now. */
  publication: z.object({
    state: bioStateSchema,
    /** Parts in which the working copy differs from the public one. */
    changes: z.array(bioPartSchema),
    changedAt: z.date().nullable(),
    approvedAt: z.date().nullable(),
    approved: z.object({ bio: z.string(), links: z.array(z.string()), avatar: avatarSchema.nullable() }),
  }),
  /** Speaker questions that apply to this speaker (to their proposals' tracks and types). */
  questions: z.array(questionSchema),
  answers: answersSchema,
  collectAvailability: z.boolean(),
  /** The conference days, for the availability editor. */
  days: z.array(z.object({ date: z.string(), label: z.string() })),
  availability: z.array(localWindowSchema),
});
export type PortalProfile = z.infer<typeof getProfileOutput>;
