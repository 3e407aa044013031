import { TRPCError } from '@trpc/server';
import { findConferenceBySlug, findLatestRelease, findPlacedSessionByCode, findRooms } from '@podium/db';
import { roomKeys } from '@podium/domain';
import { publicProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getSessionInput, getSessionOutput } from './get-session.schema.ts';
import { toPublishedSession } from './published-session.ts';

/** A session page: only sessions in the latest release exist for the public. */
export const getSessionProcedure = publicProcedure
  .input(getSessionInput)
  .output(getSessionOutput)
  .query(async ({ ctx, input }) => {
    const conference = await findConferenceBySlug(ctx.db, input.slug);
    const release = conference ? await findLatestRelease(ctx.db, conference.id) : null;
    const slot = release ? await findPlacedSessionByCode(ctx.db, release.id, input.code) : null;
    if (!conference || !slot) throw new TRPCError({ code: 'NOT_FOUND', message: 'This session is not in the published schedule.' });
    const keys = roomKeys(await findRooms(ctx.db, conference.id));
    return { conference: toConferenceSummary(conference), session: toPublishedSession(slot, conference.timeZone, keys) };
  });
