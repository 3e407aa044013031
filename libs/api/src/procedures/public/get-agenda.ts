import { findLatestRelease, findPlacedSlotsWithSessions, findRooms, listBlocks } from '@podium/db';
import {
  buildAgendaDays,
  defaultAgendaDay,
  describeAgendaFilter,
  filterAgendaSessions,
  formatUtcOffset,
  isAgendaFilterActive,
  localTimeOfDay,
  normalizeAgendaFilter,
  nowAndNext,
  roomKeys,
  utcOffsetMinutes,
  zonedLocalToUtc,
} from '@podium/domain';
import { conferenceProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getAgendaInput, getAgendaOutput } from './get-agenda.schema.ts';

/**
 * The latest released schedule, by local day, filtered by the search form; with "now and next" at `at`. Before the
 * first release the agenda is empty: WIP is never public. Breaks come from the same release (a release copies the
 * work-in-progress breaks into its own version), and are shown whatever the filter.
 */
export const getAgendaProcedure = conferenceProcedure
  .input(getAgendaInput)
  .output(getAgendaOutput)
  .query(async ({ ctx, input }) => {
    const conference = toConferenceSummary(ctx.conference);
    const { timeZone } = conference;
    const release = await findLatestRelease(ctx.db, ctx.conference.id);
    const [rooms, slots, blocks] = await Promise.all([
      findRooms(ctx.db, ctx.conference.id),
      release ? findPlacedSlotsWithSessions(ctx.db, release.id) : Promise.resolve([]),
      release ? listBlocks(ctx.db, release.id) : Promise.resolve([]),
    ]);
    const keys = roomKeys(rooms);
    const agendaRooms = rooms.map((r) => ({ id: r.id, key: keys.get(r.id) ?? r.id, name: r.name, position: r.position }));
    const sessions = slots.map((s) => ({
      code: s.submission.code,
      title: s.submission.title,
      abstract: s.submission.abstract,
      start: s.start!,
      end: s.end!,
      roomId: s.room?.id ?? null,
      track: s.submission.track,
      sessionType: s.submission.sessionType.name,
      speakers: s.submission.speakers.map((sp) => ({ code: sp.speakerProfile.code, name: sp.speakerProfile.user.name })),
    }));
    const filter = normalizeAgendaFilter(input.filter ?? {});
    const matching = filterAgendaSessions(sessions, filter, agendaRooms).map(({ abstract: _abstract, ...s }) => s);
    const tracks = new Map(sessions.flatMap((s) => (s.track ? [[s.track.name, s.track] as const] : [])));
    const usedRooms = new Set(sessions.map((s) => s.roomId));
    const dates = { timeZone, startDate: conference.startDate, endDate: conference.endDate };
    const breaks = blocks.map((b) => ({ id: b.id, title: b.title, start: b.start, end: b.end, allRooms: b.allRooms, roomIds: b.roomIds }));
    const days = buildAgendaDays({ ...dates, rooms: agendaRooms, sessions: matching, breaks });
    const at = input.at ?? new Date();
    const live = nowAndNext({ ...dates, rooms: agendaRooms, sessions }, at);
    const brief = (s: (typeof sessions)[number]) => ({
      code: s.code,
      title: s.title,
      localStart: localTimeOfDay(s.start, timeZone),
      localEnd: localTimeOfDay(s.end, timeZone),
      speakers: s.speakers,
      track: s.track,
    });
    const offsetAt = zonedLocalToUtc(conference.startDate, '12:00', timeZone);
    return {
      conference,
      offset: formatUtcOffset(utcOffsetMinutes(offsetAt, timeZone)),
      release: release ? { name: release.name ?? '', releasedAt: release.releasedAt! } : null,
      rooms: agendaRooms,
      tracks: [...tracks.values()].sort((a, b) => a.name.localeCompare(b.name)),
      sessionTypes: [...new Set(sessions.map((s) => s.sessionType))].sort((a, b) => a.localeCompare(b)),
      filterRooms: agendaRooms.filter((r) => usedRooms.has(r.id)),
      filter,
      filterActive: isAgendaFilterActive(filter),
      filterLabel: describeAgendaFilter(filter, agendaRooms),
      totalSessions: sessions.length,
      matchingSessions: matching.length,
      defaultDay: defaultAgendaDay(
        days.map((d) => d.date),
        at,
        timeZone,
      ),
      nowNext: live && {
        date: live.date,
        time: live.time,
        rooms: live.rooms.map((r) => ({ room: r.room, current: r.current.map(brief), next: r.next && brief(r.next) })),
      },
      days,
    };
  });
