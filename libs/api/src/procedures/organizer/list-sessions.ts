import { listSubmissionsWithSpeakers } from '@podium/db';
import { formatDateKey, formatLocalRange, localDateKey } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { listSessionsOutput } from './list-sessions.schema.ts';

export const listSessionsProcedure = organizerProcedure.output(listSessionsOutput).query(async ({ ctx }) => {
  const tz = ctx.conference.timeZone;
  const rows = await listSubmissionsWithSpeakers(ctx.db, ctx.conference.id);
  return {
    conference: toConferenceSummary(ctx.conference),
    sessions: rows.map((r) => {
      const slot = r.slots[0];
      const placed = slot?.start && slot.end && slot.room ? { ...slot, start: slot.start, end: slot.end, room: slot.room } : null;
      return {
        id: r.id,
        code: r.code,
        title: r.title,
        state: r.state,
        track: r.track,
        sessionType: r.sessionType.name,
        durationMinutes: r.durationMinutes ?? r.sessionType.defaultDurationMinutes,
        speakers: r.speakers.map((s) => ({ code: s.speakerProfile.code, name: s.speakerProfile.user.name })),
        slot: placed
          ? {
              room: placed.room.name,
              start: placed.start,
              end: placed.end,
              date: formatDateKey(localDateKey(placed.start, tz), 'short'),
              timeRange: formatLocalRange(placed.start, placed.end, tz).range,
            }
          : null,
      };
    }),
  };
});
