import { previewRelease, releaseMailRecipients } from '@podium/db';
import { buildAgendaDays, calendarDateKey, formatUtcOffset, localDateKey, utcOffsetMinutes, zonedLocalToUtc, type Conflict } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { conflictOutput } from '../schedule/editor-state.ts';
import { changelogOutput } from './release-common.schema.ts';
import { getChecklistOutput } from './get-checklist.schema.ts';

/**
 * Before a release: blocking conflicts (any one stops it), warnings, unscheduled and unconfirmed sessions, speakers
 * whose bio is missing or unapproved, the changelog from the latest release, the suggested name, and the agenda as it
 * would be published. Reads only; the revision it returns is what release() must be called with.
 */
export const getChecklistProcedure = organizerProcedure.output(getChecklistOutput).query(async ({ ctx }) => {
  const conference = ctx.conference;
  const p = await previewRelease(ctx.db, conference.id);
  const tz = p.timeZone;
  const bySlot = new Map(p.placed.map(({ session, slot }) => [slot.id, { code: session.code, title: session.title, start: slot.start }]));
  const withSessions = (c: Conflict) => {
    const involved = c.slotIds.flatMap((id) => (bySlot.has(id) ? [bySlot.get(id)!] : [])).sort((a, b) => a.start.getTime() - b.start.getTime());
    return {
      ...conflictOutput(c),
      sessions: involved.map(({ code, title }) => ({ code, title })),
      date: involved[0] ? localDateKey(involved[0].start, tz) : null,
    };
  };
  const startDate = calendarDateKey(conference.startDate);
  const days = buildAgendaDays({
    timeZone: tz,
    startDate,
    endDate: calendarDateKey(conference.endDate),
    rooms: p.rooms,
    sessions: p.placed.map(({ session, slot }) => ({
      code: session.code,
      title: session.title,
      start: slot.start,
      end: slot.end,
      roomId: slot.roomId,
      track: session.track,
      sessionType: session.sessionType.name,
      speakers: session.speakers.map(({ speakerProfile: sp }) => ({ code: sp.code, name: sp.user.name })),
    })),
  });
  const { checklist } = p;
  return {
    timeZone: tz,
    offset: formatUtcOffset(utcOffsetMinutes(zonedLocalToUtc(startDate, '12:00', tz), tz)),
    revision: p.workInProgress.revision,
    suggestedName: p.suggestedName,
    latest: p.latest ? { name: p.latest.name, releasedAt: p.latest.releasedAt } : null,
    canRelease: checklist.canRelease,
    blocking: checklist.blocking.map(withSessions),
    warnings: checklist.warnings.map(withSessions),
    unscheduled: checklist.unscheduled,
    unconfirmed: checklist.unconfirmed,
    bios: checklist.bios.map(({ code, name, problem, sessions }) => ({ code, name, problem, sessions })),
    changelog: changelogOutput(p.changelog, tz, p.placed.length),
    mails: releaseMailRecipients(p).length,
    preview: { rooms: p.rooms, days },
  };
});
