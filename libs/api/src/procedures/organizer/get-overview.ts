import { conferenceCounts } from '@podium/db';
import { SUBMISSION_STATES, type SubmissionState } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getOverviewOutput } from './get-overview.schema.ts';

export const getOverviewProcedure = organizerProcedure.output(getOverviewOutput).query(async ({ ctx }) => {
  const c = await conferenceCounts(ctx.db, ctx.conference.id);
  const byState = Object.fromEntries(SUBMISSION_STATES.map((s) => [s, c.submissionsByState[s] ?? 0])) as Record<SubmissionState, number>;
  return {
    conference: toConferenceSummary(ctx.conference),
    counts: {
      sessions: Object.values(byState).reduce((a, b) => a + b, 0),
      byState,
      rooms: c.rooms,
      tracks: c.tracks,
      sessionTypes: c.sessionTypes,
      speakers: c.speakers,
      scheduled: c.scheduledInWorkInProgress,
      releases: c.releases,
    },
    latestRelease: c.latestRelease,
  };
});
