import { TRPCError } from '@trpc/server';
import { findLatestRelease, findPlacedSlotsWithSessions, findRooms, listBlocks } from '@podium/db';
import { buildAgendaDays, findRoomByKey, formatUtcOffset, roomKeys, utcOffsetMinutes, zonedLocalToUtc } from '@podium/domain';
import { conferenceProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getRoomInput, getRoomOutput } from './get-room.schema.ts';

/**
 * A room's page: its sessions in the latest release, by day, with the released breaks that cover this room. Public only
 * while the release places a session there.
 */
export const getRoomProcedure = conferenceProcedure
  .input(getRoomInput)
  .output(getRoomOutput)
  .query(async ({ ctx, input }) => {
    const conference = toConferenceSummary(ctx.conference);
    const { timeZone } = conference;
    const [release, rooms] = await Promise.all([findLatestRelease(ctx.db, ctx.conference.id), findRooms(ctx.db, ctx.conference.id)]);
    const room = findRoomByKey(rooms, input.room);
    const slots = release && room ? (await findPlacedSlotsWithSessions(ctx.db, release.id)).filter((s) => s.room?.id === room.id) : [];
    if (!room || slots.length === 0) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'This room has no session in the published schedule.' });
    }
    const blocks = await listBlocks(ctx.db, release!.id);
    const breaks = blocks
      .filter((b) => b.allRooms || b.roomIds.includes(room.id))
      .map((b) => ({ id: b.id, title: b.title, start: b.start, end: b.end, allRooms: b.allRooms, roomIds: b.roomIds }));
    const days = buildAgendaDays({
      timeZone,
      startDate: conference.startDate,
      endDate: conference.endDate,
      rooms: [{ id: room.id, name: room.name, position: room.position }],
      sessions: slots.map((s) => ({
        code: s.submission.code,
        title: s.submission.title,
        start: s.start!,
        end: s.end!,
        roomId: room.id,
        track: s.submission.track,
        sessionType: s.submission.sessionType.name,
        speakers: s.submission.speakers.map((sp) => ({ code: sp.speakerProfile.code, name: sp.speakerProfile.user.name })),
      })),
      breaks,
    });
    const offsetAt = zonedLocalToUtc(conference.startDate, '12:00', timeZone);
    return {
      conference,
      offset: formatUtcOffset(utcOffsetMinutes(offsetAt, timeZone)),
      release: { name: release!.name ?? '', releasedAt: release!.releasedAt! },
      room: {
        id: room.id,
        key: roomKeys(rooms).get(room.id) ?? room.id,
        name: room.name,
        description: room.description,
        capacity: room.capacity,
      },
      days: days.filter((d) => d.entries.length > 0).map((d) => ({ date: d.date, label: d.label, entries: d.entries, breaks: d.breaks })),
    };
  });
