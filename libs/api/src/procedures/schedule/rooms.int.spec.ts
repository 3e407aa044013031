import { describe, expect, it } from 'vitest';
import { makeConference, makeMember } from '@podium/db/testing';
import { trpcFailure } from '../../testing.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi();
const slug = 'kvm-forum-2012';
const asOrganizer = async () => callerFor(await userId('organizer@podium.test'));

describe('schedule.rooms', () => {
  it('lists rooms in order with use counts, and the days with their local hours', async () => {
    const r = await (await asOrganizer()).schedule.rooms.list({ slug });
    expect(r.rooms.map((x) => [x.name, x.capacity, x.slots, x.availability])).toEqual([
      ['Auditorium', 300, 16, []], // 8 sessions in the work in progress and 8 in release 1.0
      ['Sala Gaudí', 120, 6, []],
      ['Sala Miró', 80, 10, []],
    ]);
    expect(r.days).toEqual([
      { date: '2012-11-07', label: 'Wednesday, 7 November 2012', start: '09:00', end: '18:30' },
      { date: '2012-11-08', label: 'Thursday, 8 November 2012', start: '09:00', end: '18:30' },
      { date: '2012-11-09', label: 'Friday, 9 November 2012', start: '09:00', end: '18:30' },
    ]);
  });

  it('adds a room last, renames it, moves it left, and deletes it while unused; each change bumps the revision and is audited', async () => {
    const api = await asOrganizer();
    const start = (await api.schedule.revision({ slug })).revision;
    const { id, revision } = await api.schedule.rooms.save({ slug, name: 'Sala Dalí', capacity: 40, description: '' });
    expect(revision).toBe(start + 1);
    await api.schedule.rooms.save({ slug, id, name: 'Sala Dalí (upstairs)', capacity: null, description: 'Second floor' });
    await api.schedule.rooms.move({ slug, id: id!, direction: 'up' });
    expect((await api.schedule.rooms.list({ slug })).rooms.map((r) => [r.name, r.capacity])).toEqual([
      ['Auditorium', 300],
      ['Sala Gaudí', 120],
      ['Sala Dalí (upstairs)', null],
      ['Sala Miró', 80],
    ]);
    await api.schedule.rooms.delete({ slug, id: id! });
    expect((await api.schedule.revision({ slug })).revision).toBe(start + 4);
    const audit = await db.auditLogEntry.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(['schedule.room-create', 'schedule.room-update', 'schedule.room-move', 'schedule.room-delete']);
  });

  it.each([
    ['a duplicate name', { name: 'auditorium', capacity: 10 }, { name: 'There is already a room "auditorium".' }],
    ['no name', { name: ' ', capacity: 10 }, { name: 'A name is required.' }],
    ['a negative capacity', { name: 'Hall B', capacity: -5 }, { capacity: 'A whole number of seats from 1 to 100,000, or empty when unknown.' }],
    ['a fractional capacity', { name: 'Hall B', capacity: 2.5 }, { capacity: 'A whole number of seats from 1 to 100,000, or empty when unknown.' }],
  ])('refuses %s and saves nothing', async (_what, room, fields) => {
    const before = await db.room.count();
    const f = await trpcFailure((await asOrganizer()).schedule.rooms.save({ slug, ...room, description: '' }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', fields]);
    expect(await db.room.count()).toBe(before);
  });

  it('keeps a room that a schedule or release uses, saying why', async () => {
    const auditorium = await db.room.findFirstOrThrow({ where: { name: 'Auditorium' } });
    const f = await trpcFailure((await asOrganizer()).schedule.rooms.delete({ slug, id: auditorium.id }));
    expect([f.code, f.message]).toEqual(['CONFLICT', '"Auditorium" is used by 16 slot(s) in the schedule or its releases; move those sessions first.']);
    expect(await db.room.count({ where: { id: auditorium.id } })).toBe(1);
  });

  it('cannot reach another conference\'s room through this one', async () => {
    const other = await makeConference(db);
    const foreign = await db.room.create({ data: { conferenceId: other.id, name: 'Foreign hall' } });
    const api = await asOrganizer();
    expect((await trpcFailure(api.schedule.rooms.save({ slug, id: foreign.id, name: 'Mine', capacity: 1, description: '' }))).code).toBe('NOT_FOUND');
    expect((await trpcFailure(api.schedule.rooms.delete({ slug, id: foreign.id }))).code).toBe('NOT_FOUND');
    expect((await trpcFailure(api.schedule.rooms.move({ slug, id: foreign.id, direction: 'up' }))).code).toBe('NOT_FOUND');
    expect((await db.room.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe('Foreign hall');
  });

  it('is for the conference\'s organizers only', async () => {
    const other = await makeConference(db);
    const stranger = await makeMember(db, other.id, 'ORGANIZER');
    const room = await db.room.findFirstOrThrow({ where: { name: 'Sala Miró' } });
    const calls = [
      (api: Awaited<ReturnType<typeof callerFor>>) => api.schedule.rooms.list({ slug }),
      (api: Awaited<ReturnType<typeof callerFor>>) => api.schedule.rooms.save({ slug, name: 'Intruder hall', capacity: 1, description: '' }),
      (api: Awaited<ReturnType<typeof callerFor>>) => api.schedule.rooms.delete({ slug, id: room.id }),
      (api: Awaited<ReturnType<typeof callerFor>>) => api.schedule.rooms.move({ slug, id: room.id, direction: 'up' }),
    ];
    const before = await db.room.findMany({ orderBy: { id: 'asc' } });
    for (const call of calls) {
      expect((await trpcFailure(call(await callerFor(null)))).code).toBe('UNAUTHORIZED');
      for (const who of [await userId('speaker@podium.test'), await userId('reviewer@podium.test'), stranger.id]) {
        expect((await trpcFailure(call(await callerFor(who)))).code).toBe('FORBIDDEN');
      }
    }
    expect(await db.room.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});
