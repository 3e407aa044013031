import { listReleasesWithSlots } from '@podium/db';
import { calendarDateKey, changelogFeedId, computeChangelog, formatUtcOffset, releaseAnchor, releaseEntryId, utcOffsetMinutes, zonedLocalToUtc } from '@podium/domain';
import { conferenceProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { changelogOutput } from './release-common.schema.ts';
import { getChangelogOutput } from './get-changelog.schema.ts';

/**
 * The public changelog (anonymous): every release, newest first, with its new, moved and cancelled sessions compared
 * with the release before it. Only released versions are read: the work in progress never shows here.
 */
export const getChangelogProcedure = conferenceProcedure.output(getChangelogOutput).query(async ({ ctx }) => {
  const conference = ctx.conference;
  const tz = conference.timeZone;
  const releases = await listReleasesWithSlots(ctx.db, conference.id);
  const entries = releases.map((r, i) => ({
    id: releaseEntryId(conference.id, r.id),
    name: r.name,
    comment: r.comment,
    releasedAt: r.releasedAt,
    anchor: releaseAnchor(r.name),
    changelog: changelogOutput(computeChangelog(i === 0 ? null : releases[i - 1]!.slots, r.slots), tz, r.slots.length),
  }));
  const startDate = calendarDateKey(conference.startDate);
  return {
    conference: toConferenceSummary(conference),
    offset: formatUtcOffset(utcOffsetMinutes(zonedLocalToUtc(startDate, '12:00', tz), tz)),
    feedId: changelogFeedId(conference.id),
    createdAt: conference.createdAt,
    releases: entries.reverse(),
  };
});
