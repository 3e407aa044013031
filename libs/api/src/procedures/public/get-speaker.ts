import { TRPCError } from '@trpc/server';
import { findConferenceBySlug, findLatestRelease, findPlacedSessionsOfSpeaker, findRooms, findSpeakerProfileByCode } from '@podium/db';
import { roomKeys } from '@podium/domain';
import { publicProcedure } from '../../trpc.ts';
import { avatarPath } from '../../services/avatar-path.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getSpeakerInput, getSpeakerOutput } from './get-speaker.schema.ts';
import { toPublishedSession } from './published-session.ts';

/** A speaker page: public only while the speaker has a session in the latest release. */
export const getSpeakerProcedure = publicProcedure
  .input(getSpeakerInput)
  .output(getSpeakerOutput)
  .query(async ({ ctx, input }) => {
    const conference = await findConferenceBySlug(ctx.db, input.slug);
    const release = conference ? await findLatestRelease(ctx.db, conference.id) : null;
    const [profile, slots] = conference && release
      ? await Promise.all([
          findSpeakerProfileByCode(ctx.db, conference.id, input.code),
          findPlacedSessionsOfSpeaker(ctx.db, release.id, input.code),
        ])
      : [null, []];
    if (!conference || !profile || slots.length === 0) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'This speaker is not in the published schedule.' });
    }
    const keys = roomKeys(await findRooms(ctx.db, conference.id));
    return {
      conference: toConferenceSummary(conference),
      speaker: {
        code: profile.code,
        name: profile.user.name,
        bio: profile.approvedBio,
        avatarUrl: profile.approvedAvatarId ? avatarPath(profile.approvedAvatarId) : null,
        links: profile.approvedLinks,
      },
      sessions: slots.map((s) => toPublishedSession(s, conference.timeZone, keys)),
    };
  });
