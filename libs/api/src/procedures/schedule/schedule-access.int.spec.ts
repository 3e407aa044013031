// Who may call the schedule editor: organizers of the conference and admins; nobody else, and a refused call
// changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeConference, makeMember } from '@podium/db/testing';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi, type Api } from '../../testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi();
const slug = 'kvm-forum-2012';

const snapshot = async () => ({
  revision: (await db.scheduleVersion.findFirstOrThrow({ where: { conference: { slug }, releasedAt: null } })).revision,
  slots: await db.scheduleSlot.findMany({ where: { version: { conference: { slug }, releasedAt: null } }, orderBy: { id: 'asc' } }),
  blocks: await db.scheduleBlock.count(),
  audit: await db.auditLogEntry.count(),
  conference: await db.conference.findUniqueOrThrow({ where: { slug }, select: { conflictSeverities: true, travelBufferMinutes: true } }),
  days: await db.scheduleDay.findMany({ orderBy: { date: 'asc' } }),
  roomAvailability: await db.roomAvailability.count(),
});

describe('schedule editor: who may call', () => {
  let roomId = '';
  beforeAll(async () => {
    roomId = (await db.room.findFirstOrThrow({ where: { conference: { slug }, name: 'Auditorium' } })).id;
  });
  const calls: Record<string, (api: Api) => Promise<unknown>> = {
    grid: (api) => api.schedule.grid({ slug }),
    revision: (api) => api.schedule.revision({ slug }),
    move: (api) => api.schedule.move({ slug, code: 'KVMKEY', roomId, start: '2012-11-07T10:00:00+01:00', expectedRevision: 0 }),
    unschedule: (api) => api.schedule.unschedule({ slug, code: 'KVMKEY', expectedRevision: 0 }),
    pin: (api) => api.schedule.pin({ slug, code: 'KVMKEY', pinned: true, expectedRevision: 0 }),
    'blocks.create': (api) =>
      api.schedule.blocks.create({ slug, title: 'Lunch', start: '2012-11-07T13:00:00+01:00', end: '2012-11-07T14:00:00+01:00', allRooms: true, roomIds: [], expectedRevision: 0 }),
    'blocks.update': (api) =>
      api.schedule.blocks.update({ slug, id: 'x', title: 'Lunch', start: '2012-11-07T13:00:00+01:00', end: '2012-11-07T14:00:00+01:00', allRooms: true, roomIds: [], expectedRevision: 0 }),
    'blocks.delete': (api) => api.schedule.blocks.delete({ slug, id: 'x', expectedRevision: 0 }),
    'settings.get': (api) => api.schedule.settings.get({ slug }),
    'settings.update': (api) => api.schedule.settings.update({ slug, severities: { room_overlap: 'ignore' }, travelBufferMinutes: 10 }),
    'days.update': (api) => api.schedule.days.update({ slug, days: [{ date: '2012-11-07', start: '10:00', end: '12:00' }] }),
    'rooms.setAvailability': (api) => api.schedule.rooms.setAvailability({ slug, roomId, windows: [{ date: '2012-11-07', start: '10:00', end: '11:00' }] }),
    audit: (api) => api.schedule.audit({ slug, limit: 10 }),
  };

  it.each(Object.entries(calls))("%s refuses anonymous, speaker, reviewer and another conference's organizer, changing nothing", async (_name, call) => {
    const other = await makeConference(db);
    const stranger = await makeMember(db, other.id, 'ORGANIZER');
    const before = await snapshot();
    expect(await failure(call(await callerFor(null)))).toEqual({ code: 'UNAUTHORIZED', fields: undefined, message: 'Please sign in first.' });
    for (const who of [await userId('speaker@podium.test'), await userId('reviewer@podium.test'), stranger.id]) {
      expect(await failure(call(await callerFor(who)))).toEqual({ code: 'FORBIDDEN', fields: undefined, message: 'Only the organizers of this conference may do this.' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets an admin, who is no member, read the grid', async () => {
    const grid = await (await callerFor(await userId('admin@podium.test'))).schedule.grid({ slug });
    expect(grid.slots.length).toBe(16);
  });

  it('refuses an unknown conference slug as FORBIDDEN, revealing nothing', async () => {
    const f = await failure((await callerFor(await userId('organizer@podium.test'))).schedule.grid({ slug: 'no-such-conference' }));
    expect(f.code).toBe('FORBIDDEN');
  });
});
