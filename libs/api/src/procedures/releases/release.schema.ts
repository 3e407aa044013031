import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { expectedRevisionSchema } from '../schedule/schedule-common.schema.ts';
import { changelogSchema } from './release-common.schema.ts';

export const releaseInput = conferenceInput.extend({
  /** Blank: the suggested name. Length and duplicates are checked by the domain, with messages for the form. */
  name: z.string().max(1000).default(''),
  comment: z.string().max(20_000).default(''),
  /** The revision the checklist showed: a release against an older one is refused. */
  expectedRevision: expectedRevisionSchema,
  /** Queue a mail (with the session's calendar file) to each speaker of a new, moved or cancelled session. */
  notifySpeakers: z.boolean().default(true),
});

export const releaseOutput = z.object({
  name: z.string(),
  releasedAt: z.date(),
  /** The work-in-progress revision after the release. */
  revision: z.number().int(),
  changelog: changelogSchema,
  /** Conflicts of severity "warn" that were released as they are. */
  warnings: z.number().int(),
  mailsQueued: z.number().int(),
});
