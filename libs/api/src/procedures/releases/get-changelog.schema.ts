import { z } from 'zod';
import { conferenceSummarySchema } from '../shared.schema.ts';
import { changelogSchema } from './release-common.schema.ts';

export const getChangelogOutput = z.object({
  conference: conferenceSummarySchema,
  /** UTC offset of the zone during the conference, e.g. "UTC+01:00". */
  offset: z.string(),
  /** The Atom feed's id (stable). */
  feedId: z.string(),
  /** When the conference was created: the feed's date before the first release. */
  createdAt: z.date(),
  /** Newest first; each with what changed since the release before it. */
  releases: z.array(
    z.object({
      /** The release's Atom entry id (stable). */
      id: z.string(),
      name: z.string(),
      comment: z.string(),
      releasedAt: z.date(),
      /** Fragment of the release on the changelog page. */
      anchor: z.string(),
      changelog: changelogSchema,
    }),
  ),
});
export type PublicChangelog = z.infer<typeof getChangelogOutput>;
