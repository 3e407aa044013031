import { findApproverNames, listPublishedSpeakerCodes, listSpeakerProfilesForReview } from '@podium/db';
import { isPendingApproval } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { listSpeakersInput, listSpeakersOutput } from './list.schema.ts';
import { toSpeakerReview } from './support.ts';

/**
 * The conference's speakers (everyone with a proposal beyond a draft), by name, each with the public and the working
 * copy of bio, photo and links; "pending" keeps those waiting for approval. Organizers only.
 */
export const listSpeakersProcedure = organizerProcedure
  .input(listSpeakersInput)
  .output(listSpeakersOutput)
  .query(async ({ ctx, input }) => {
    const c = ctx.conference;
    const [profiles, published] = await Promise.all([listSpeakerProfilesForReview(ctx.db, c.id), listPublishedSpeakerCodes(ctx.db, c.id)]);
    const names = await findApproverNames(ctx.db, profiles.flatMap((p) => (p.bioApprovedById ? [p.bioApprovedById] : [])));
    const all = profiles.map((p) => toSpeakerReview(p, { approvedBy: p.bioApprovedById ? (names.get(p.bioApprovedById) ?? null) : null, inPublicSchedule: published.has(p.code) }));
    const pending = all.filter((s) => isPendingApproval(s.state));
    return {
      conference: toConferenceSummary(c),
      counts: { all: all.length, pending: pending.length },
      speakers: input.filter === 'pending' ? pending : all,
    };
  });
