import { findApproverNames, listPublishedSpeakerCodes } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getSpeakerInput, getSpeakerOutput } from './get.schema.ts';
import { loadSpeaker, toSpeakerReview } from './support.ts';

/** One speaker of the conference with both copies of their public profile, for review and editing. Organizers only. */
export const getSpeakerProcedure = organizerProcedure
  .input(getSpeakerInput)
  .output(getSpeakerOutput)
  .query(async ({ ctx, input }) => {
    const c = ctx.conference;
    const profile = await loadSpeaker(ctx.db, c.id, input.code);
    const [names, published] = await Promise.all([findApproverNames(ctx.db, profile.bioApprovedById ? [profile.bioApprovedById] : []), listPublishedSpeakerCodes(ctx.db, c.id)]);
    return {
      conference: toConferenceSummary(c),
      speaker: toSpeakerReview(profile, { approvedBy: profile.bioApprovedById ? (names.get(profile.bioApprovedById) ?? null) : null, inPublicSchedule: published.has(profile.code) }),
    };
  });
