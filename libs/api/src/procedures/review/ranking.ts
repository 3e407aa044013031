import { listProposalsForRanking, listReviewPhases, listReviewSessionTypes, listReviewTracks, listScoreCategories } from '@podium/db';
import { aggregateScores, defaultDirection, filterRanking, phaseRules, REVIEW_LIST_STATES, sortRanking } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { toGate } from './review-common.schema.ts';
import { rankingInput, rankingOutput } from './ranking.schema.ts';

/** Every proposal under review or decided, with its score aggregates; sorted and filtered here (organizers). */
export const rankingProcedure = organizerProcedure
  .input(rankingInput)
  .output(rankingOutput)
  .query(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const [proposals, categories, phases, tracks, sessionTypes] = await Promise.all([
      listProposalsForRanking(ctx.db, conferenceId, REVIEW_LIST_STATES),
      listScoreCategories(ctx.db, conferenceId),
      listReviewPhases(ctx.db, conferenceId),
      listReviewTracks(ctx.db, conferenceId),
      listReviewSessionTypes(ctx.db, conferenceId),
    ]);
    const rules = phaseRules(phases, new Date());
    const rows = proposals.map((p) => ({
      code: p.code,
      title: p.title,
      state: p.state,
      track: p.track,
      sessionType: p.sessionType,
      speakers: p.speakers.map((s) => s.speakerProfile.user.name),
      assigned: p._count.assignments,
      scores: aggregateScores(categories, p.reviews),
    }));
    const dir = input.dir ?? defaultDirection(input.sort);
    return {
      sort: input.sort,
      dir,
      decide: toGate(rules.decide),
      phaseName: rules.phase?.name ?? null,
      rows: sortRanking(filterRanking(rows, input), input.sort, dir),
      total: rows.length,
      tracks,
      sessionTypes,
      states: [...REVIEW_LIST_STATES],
    };
  });
