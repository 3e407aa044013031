// Shapes shared by the organizers' Speakers area: a speaker with both copies of the public part of their profile
// (bio, photo, links): the working copy the speaker edits and the approved copy the public sees.
import { z } from 'zod';
import { SUBMISSION_STATES } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';
import { bioPartSchema, bioStateSchema } from '../speaker/get-profile.schema.ts';

export const speakerCodeInput = conferenceInput.extend({ code: z.string().trim().min(1).max(32) });

/**
 * When the working copy last changed, as the organizer's page saw it: an approval or edit made against an older
 * version (the speaker changed it meanwhile) is refused rather than publishing something nobody looked at.
 */
export const expectedChangedAtSchema = z.coerce.date().nullable();

/** A photo by id (the organizer app serves it to organizers only), with its size. */
export const staffAvatarSchema = z.object({ id: z.string(), width: z.number().int().nullable(), height: z.number().int().nullable() });

export const bioCopySchema = z.object({ bio: z.string(), links: z.array(z.string()), avatar: staffAvatarSchema.nullable() });

export const speakerReviewSchema = z.object({
  code: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  state: bioStateSchema,
  /** Parts in which the working copy differs from the approved one (empty when nothing is pending). */
  changes: z.array(bioPartSchema),
  changedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  approvedBy: z.string().nullable(),
  /** Whether the latest released schedule shows this speaker (their public page exists). */
  inPublicSchedule: z.boolean(),
  proposals: z.array(z.object({ code: z.string(), title: z.string(), state: z.enum(SUBMISSION_STATES) })),
  working: bioCopySchema,
  approved: bioCopySchema,
  /** From the approved bio to the working one, word by word. */
  bioDiff: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
  linkChanges: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
});
export type SpeakerReview = z.infer<typeof speakerReviewSchema>;
