import { findLatestRelease, findPlacedSlotsWithSessions, findRooms } from '@podium/db';
import { buildAgendaDays, formatUtcOffset, utcOffsetMinutes, zonedLocalToUtc } from '@podium/domain';
import { conferenceProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getAgendaOutput } from './get-agenda.schema.ts';

/** The latest released schedule, by local day. Before the first release the agenda is empty: WIP is never public. */
export const getAgendaProcedure = conferenceProcedure.output(getAgendaOutput).query(async ({ ctx }) => {
  const conference = toConferenceSummary(ctx.conference);
  const release = await findLatestRelease(ctx.db, ctx.conference.id);
  const [rooms, slots] = await Promise.all([
    findRooms(ctx.db, ctx.conference.id),
    release ? findPlacedSlotsWithSessions(ctx.db, release.id) : Promise.resolve([]),
  ]);
  const sessions = slots.map((s) => ({
    code: s.submission.code,
    title: s.submission.title,
    start: s.start!,
    end: s.end!,
    roomId: s.room?.id ?? null,
    track: s.submission.track,
    sessionType: s.submission.sessionType.name,
    speakers: s.submission.speakers.map((sp) => ({ code: sp.speakerProfile.code, name: sp.speakerProfile.user.name })),
  }));
  const agendaRooms = rooms.map((r) => ({ id: r.id, name: r.name, position: r.position }));
  const tracks = new Map(sessions.flatMap((s) => (s.track ? [[s.track.name, s.track] as const] : [])));
  const days = buildAgendaDays({
    timeZone: conference.timeZone,
    startDate: conference.startDate,
    endDate: conference.endDate,
    rooms: agendaRooms,
    sessions,
  });
  const offsetAt = zonedLocalToUtc(conference.startDate, '12:00', conference.timeZone);
  return {
    conference,
    offset: formatUtcOffset(utcOffsetMinutes(offsetAt, conference.timeZone)),
    release: release ? { name: release.name ?? '', releasedAt: release.releasedAt! } : null,
    rooms: agendaRooms,
    tracks: [...tracks.values()],
    days,
  };
});
