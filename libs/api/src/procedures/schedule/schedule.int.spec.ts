// The schedule editor against the demo conference: grid, moves with conflicts and severities, optimistic
// concurrency, bad input, breaks across rooms, settings, day hours, room availability and the audit log.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeConference, makeSession } from '@podium/db/testing';
import { kvmForum2012, seedDemoConference } from '@podium/seeds';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

const { db, callerAs } = useTestApi();
const slug = 'kvm-forum-2012';
const title = (code: string) => kvmForum2012.sessions.find((s) => s.code === code)!.title;
const rooms: Record<string, string> = {};

const organizer = () => callerAs('organizer@podium.test');

/** Back to the seed: placements, states, no extra sessions, no blocks, default settings and hours, no pins. */
async function reset() {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
  await db.submission.deleteMany({ where: { conferenceId: conference.id, code: { notIn: kvmForum2012.sessions.map((s) => s.code) } } });
  await db.submissionSpeaker.deleteMany({ where: { submission: { conferenceId: conference.id }, position: { gt: 0 } } });
  await db.scheduleBlock.deleteMany({});
  await db.roomAvailability.deleteMany({});
  await db.scheduleSlot.updateMany({ data: { pinned: false } });
  await db.conference.update({ where: { id: conference.id }, data: { conflictSeverities: {}, travelBufferMinutes: 0 } });
  await seedDemoConference(db, { demoAccounts: false });
}

beforeAll(async () => {
  for (const r of await db.room.findMany({ where: { conference: { slug } } })) rooms[r.name] = r.id;
});
beforeEach(reset);

const wip = () => db.scheduleVersion.findFirstOrThrow({ where: { conference: { slug }, releasedAt: null } });
const slotOf = (code: string) => db.scheduleSlot.findFirstOrThrow({ where: { version: { conference: { slug }, releasedAt: null }, submission: { code } } });
/** Everything a refused change must leave alone. */
const snapshot = async () => ({
  revision: (await wip()).revision,
  slots: await db.scheduleSlot.findMany({ where: { version: { conference: { slug }, releasedAt: null } }, orderBy: { id: 'asc' } }),
  blocks: await db.scheduleBlock.findMany({ orderBy: { id: 'asc' } }),
  audit: await db.auditLogEntry.count(),
});

async function gridCodes() {
  const grid = await (await organizer()).schedule.grid({ slug });
  const codeOf = new Map(grid.slots.map((s) => [s.slotId, s.code]));
  return { grid, pairs: (conflicts: { kind: string; severity: string; slotIds: string[] }[]) => conflicts.map((c) => [c.kind, c.severity, c.slotIds.map((id) => codeOf.get(id)).sort()]) };
}

describe('schedule.grid', () => {
  it('shows the 16 placed demo sessions, none unscheduled, the day hours, rooms and the seed conflicts', async () => {
    const { grid, pairs } = await gridCodes();
    expect([grid.slots.length, grid.unscheduled.length, grid.timeZone, grid.blocks]).toEqual([16, 0, 'Europe/Madrid', []]);
    expect(grid.days).toEqual(
      ['2012-11-07', '2012-11-08', '2012-11-09'].map((date) => ({
        date,
        localStart: '09:00',
        localEnd: '18:30',
        start: new Date(`${date}T08:00:00Z`),
        end: new Date(`${date}T17:30:00Z`),
      })),
    );
    expect(grid.rooms.map((r) => [r.name, r.capacity, r.position, r.availability])).toEqual([
      ['Auditorium', 300, 1, []],
      ['Sala Gaudí', 120, 2, []],
      ['Sala Miró', 80, 3, []],
    ]);
    expect(grid.tracks.map((t) => [t.name, t.color])).toEqual([
      ['KVM Forum', '#1d4ed8'],
      ['oVirt Workshop', '#b45309'],
    ]);
    // Three pairs of KVM Forum talks run in parallel on 7 November; nothing else conflicts.
    expect(pairs(grid.conflicts)).toEqual([
      ['same_track_parallel', 'warn', ['KVMHYV', 'KVMQOM']],
      ['same_track_parallel', 'warn', ['KVMLGF', 'KVMQ35']],
      ['same_track_parallel', 'warn', ['KVMATS', 'KVMSBX']],
    ]);
    const key = grid.slots[0]!;
    expect([key.code, key.state, key.sessionType, key.durationMinutes, key.speakers.map((s) => s.name), key.roomId, key.start, key.end, key.pinned, key.conflicts]).toEqual([
      'KVMKEY', 'CONFIRMED', 'Keynote', 15, ['Avi Kivity'], rooms.Auditorium, new Date('2012-11-07T08:00:00Z'), new Date('2012-11-07T08:15:00Z'), false, [],
    ]);
    expect(grid.slots.find((s) => s.code === 'KVMHYV')!.conflicts.map((c) => c.kind)).toEqual(['same_track_parallel']);
  });

  it('lists an accepted, unconfirmed session as unscheduled with its state, lets it be placed, and hides withdrawn ones', async () => {
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const accepted = await makeSession(db, conference.id, { title: 'Not yet confirmed', state: 'ACCEPTED' });
    await makeSession(db, conference.id, { title: 'Withdrawn', state: 'WITHDRAWN' });
    const api = await organizer();
    const before = await api.schedule.grid({ slug });
    expect(before.unscheduled.map((s) => [s.code, s.title, s.state])).toEqual([[accepted.code, 'Not yet confirmed', 'ACCEPTED']]);
    const minutes = before.unscheduled[0]!.durationMinutes;
    const moved = await api.schedule.move({ slug, code: accepted.code, roomId: rooms['Sala Gaudí']!, start: '2012-11-08T09:00:00+01:00', expectedRevision: before.revision });
    expect([moved.revision, moved.slot.state, moved.slot.start, moved.slot.end, moved.conflicts]).toEqual([
      before.revision + 1, 'ACCEPTED', new Date('2012-11-08T08:00:00Z'), new Date(Date.parse('2012-11-08T08:00:00Z') + minutes * 60000), [],
    ]);
    const after = await api.schedule.grid({ slug });
    expect([after.slots.length, after.unscheduled.length, after.slots.find((s) => s.code === accepted.code)?.state]).toEqual([17, 0, 'ACCEPTED']);
  });

  it("gives each card's speakers their availability windows, null for a speaker who gave none", async () => {
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const keynote = await db.submission.findUniqueOrThrow({ where: { conferenceId_code: { conferenceId: conference.id, code: 'KVMKEY' } }, select: { speakers: { select: { speakerProfileId: true } } } });
    const speakerId = keynote.speakers[0]!.speakerProfileId;
    const accepted = await makeSession(db, conference.id, { title: 'Speaker without windows', state: 'ACCEPTED', speakerName: 'Nora Nowindow' });
    await db.availability.create({ data: { speakerProfileId: speakerId, start: new Date('2012-11-07T08:00:00Z'), end: new Date('2012-11-07T12:00:00Z') } });
    try {
      const grid = await (await organizer()).schedule.grid({ slug });
      expect(grid.slots.find((s) => s.code === 'KVMKEY')!.speakers.map((sp) => [sp.name, sp.availability])).toEqual([
        ['Avi Kivity', [{ start: new Date('2012-11-07T08:00:00Z'), end: new Date('2012-11-07T12:00:00Z') }]],
      ]);
      const card = grid.unscheduled.find((c) => c.code === accepted.code)!;
      expect(card.speakers.map((sp) => [sp.name, sp.availability])).toEqual([['Nora Nowindow', null]]);
    } finally {
      await db.availability.deleteMany({ where: { speakerProfileId: speakerId } });
    }
  });
});

describe('schedule.move and schedule.unschedule', () => {
  it('takes a session off the grid and puts it back, each change raising the revision and audited', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const slot = await slotOf('KVMKEY');
    expect(await api.schedule.unschedule({ slug, code: 'KVMKEY', expectedRevision: revision })).toEqual({ revision: revision + 1 });
    const off = await api.schedule.grid({ slug });
    expect([off.slots.length, off.unscheduled.map((s) => [s.code, s.state, s.durationMinutes])]).toEqual([15, [['KVMKEY', 'CONFIRMED', 15]]]);
    const back = await api.schedule.move({ slug, code: 'KVMKEY', roomId: rooms.Auditorium!, start: '2012-11-07T09:00:00+01:00', expectedRevision: revision + 1 });
    expect([back.revision, back.slot.slotId, back.slot.start, back.slot.end, back.conflicts]).toEqual([
      revision + 2, slot.id, new Date('2012-11-07T08:00:00Z'), new Date('2012-11-07T08:15:00Z'), [],
    ]);
    const placement = { code: 'KVMKEY', roomId: rooms.Auditorium, start: '2012-11-07T08:00:00.000Z', end: '2012-11-07T08:15:00.000Z' };
    const { entries } = await api.schedule.audit({ slug, limit: 2 });
    expect(entries.map((e) => [e.action, e.entity, e.entityId, e.userName, e.before, e.after])).toEqual([
      ['schedule.move', 'ScheduleSlot', slot.id, 'Olga Organizer', null, placement],
      ['schedule.unschedule', 'ScheduleSlot', slot.id, 'Olga Organizer', placement, null],
    ]);
    expect(await api.schedule.revision({ slug })).toEqual({ revision: revision + 2, updatedAt: entries[0]!.createdAt });
  });

  it('resizes a session when an end is given, and records before and after', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const moved = await api.schedule.move({ slug, code: 'KVMMEM', roomId: rooms['Sala Miró']!, start: '2012-11-08T11:00:00+01:00', end: '2012-11-08T12:15:00+01:00', expectedRevision: revision });
    expect([moved.slot.roomId, moved.slot.start, moved.slot.end]).toEqual([rooms['Sala Miró'], new Date('2012-11-08T10:00:00Z'), new Date('2012-11-08T11:15:00Z')]);
    const [entry] = (await api.schedule.audit({ slug, limit: 1 })).entries;
    expect([entry!.before, entry!.after]).toEqual([
      { code: 'KVMMEM', roomId: rooms.Auditorium, start: '2012-11-08T09:30:00.000Z', end: '2012-11-08T10:00:00.000Z' },
      { code: 'KVMMEM', roomId: rooms['Sala Miró'], start: '2012-11-08T10:00:00.000Z', end: '2012-11-08T11:15:00.000Z' },
    ]);
  });

  it('refuses a move onto an occupied room (room_overlap blocks by default) with the reason, and changes nothing', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const before = await snapshot();
    const f = await failure(api.schedule.move({ slug, code: 'KVMQOM', roomId: rooms.Auditorium!, start: '2012-11-07T13:20:00+01:00', expectedRevision: revision }));
    const reason = `Auditorium is double-booked: "${title('KVMHYV')}" (Wed 7 Nov 13:00–13:40) overlaps "${title('KVMQOM')}" (Wed 7 Nov 13:20–14:00).`;
    expect(f).toEqual({ code: 'CONFLICT', message: `This move is refused: ${reason}`, fields: { room_overlap: reason } });
    expect(await snapshot()).toEqual(before);
  });

  it('allows the same move once room_overlap is a warning, and returns the conflicts on the moved slot', async () => {
    const api = await organizer();
    await api.schedule.settings.update({ slug, severities: { room_overlap: 'warn' }, travelBufferMinutes: 0 });
    const { revision } = await api.schedule.grid({ slug });
    const moved = await api.schedule.move({ slug, code: 'KVMQOM', roomId: rooms.Auditorium!, start: '2012-11-07T13:20:00+01:00', expectedRevision: revision });
    const hyv = (await slotOf('KVMHYV')).id;
    const pair = [hyv, moved.slot.slotId].sort();
    expect(moved.conflicts).toEqual([
      {
        kind: 'room_overlap',
        severity: 'warn',
        slotIds: pair,
        speakerIds: [],
        roomId: rooms.Auditorium,
        message: `Auditorium is double-booked: "${title('KVMHYV')}" (Wed 7 Nov 13:00–13:40) overlaps "${title('KVMQOM')}" (Wed 7 Nov 13:20–14:00).`,
      },
      {
        kind: 'same_track_parallel',
        severity: 'warn',
        slotIds: pair,
        speakerIds: [],
        roomId: rooms.Auditorium,
        message: `Two sessions of track KVM Forum run in parallel: "${title('KVMHYV')}" in Auditorium (Wed 7 Nov 13:00–13:40) and "${title('KVMQOM')}" in Auditorium (Wed 7 Nov 13:20–14:00).`,
      },
    ]);
    const { grid, pairs } = await gridCodes();
    expect(grid.slots.find((s) => s.code === 'KVMQOM')!.conflicts).toEqual(moved.conflicts);
    expect(pairs(grid.conflicts).filter(([kind]) => kind === 'room_overlap')).toEqual([['room_overlap', 'warn', ['KVMHYV', 'KVMQOM']]]);
  });

  it('refuses double-booking a speaker across rooms', async () => {
    const avi = await db.speakerProfile.findFirstOrThrow({ where: { conference: { slug }, user: { name: 'Avi Kivity' } } });
    const ovnode = await db.submission.findFirstOrThrow({ where: { conference: { slug }, code: 'OVNODE' } });
    await db.submissionSpeaker.create({ data: { submissionId: ovnode.id, speakerProfileId: avi.id, position: 1 } });
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const before = await snapshot();
    const f = await failure(api.schedule.move({ slug, code: 'KVMKEY', roomId: rooms.Auditorium!, start: '2012-11-07T11:30:00+01:00', expectedRevision: revision }));
    const reason = `Avi Kivity is booked twice at once: "${title('OVNODE')}" in Sala Miró (Wed 7 Nov 11:15–12:00) and "${title('KVMKEY')}" in Auditorium (Wed 7 Nov 11:30–11:45).`;
    expect(f).toEqual({ code: 'CONFLICT', message: `This move is refused: ${reason}`, fields: { speaker_double_booked: reason } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a move made against an old revision and writes nothing', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    await api.schedule.pin({ slug, code: 'KVMKEY', pinned: true, expectedRevision: revision });
    const before = await snapshot();
    const f = await failure(api.schedule.move({ slug, code: 'KVMMEM', roomId: rooms['Sala Gaudí']!, start: '2012-11-08T10:30:00+01:00', expectedRevision: revision }));
    expect(f).toEqual({
      code: 'CONFLICT',
      message: `The schedule changed since you loaded it (revision ${revision}, now ${revision + 1}): it has been refreshed; please try again.`,
      fields: { expectedRevision: String(revision + 1) },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('lets exactly one of two racing moves against the same revision through', async () => {
    const [a, b] = [await organizer(), await organizer()];
    const { revision } = await a.schedule.grid({ slug });
    const audit = await db.auditLogEntry.count();
    const outcomes = await Promise.all([
      failure(a.schedule.move({ slug, code: 'KVMKEY', roomId: rooms.Auditorium!, start: '2012-11-07T10:00:00+01:00', expectedRevision: revision })),
      failure(b.schedule.move({ slug, code: 'OVNODE', roomId: rooms['Sala Gaudí']!, start: '2012-11-07T10:00:00+01:00', expectedRevision: revision })),
    ]);
    expect(outcomes.map((o) => o.code).sort()).toEqual(['CONFLICT', 'OK']);
    expect([(await wip()).revision, await db.auditLogEntry.count()]).toEqual([revision + 1, audit + 1]);
    const moved = [(await slotOf('KVMKEY')).start, (await slotOf('OVNODE')).roomId];
    expect(moved.filter((m, i) => (i === 0 ? (m as Date).toISOString() === '2012-11-07T09:00:00.000Z' : m === rooms['Sala Gaudí'])).length).toBe(1);
  });

  it('moves a pinned session by hand, keeping the pin; unscheduling drops it', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    expect(await api.schedule.pin({ slug, code: 'KVMKEY', pinned: true, expectedRevision: revision })).toEqual({ revision: revision + 1, slotId: (await slotOf('KVMKEY')).id, pinned: true });
    const moved = await api.schedule.move({ slug, code: 'KVMKEY', roomId: rooms.Auditorium!, start: '2012-11-07T10:00:00+01:00', expectedRevision: revision + 1 });
    expect(moved.slot.pinned).toBe(true);
    await api.schedule.unschedule({ slug, code: 'KVMKEY', expectedRevision: revision + 2 });
    expect((await slotOf('KVMKEY')).pinned).toBe(false);
    expect(await failure(api.schedule.pin({ slug, code: 'KVMKEY', pinned: true, expectedRevision: revision + 3 }))).toEqual({
      code: 'BAD_REQUEST', message: 'Session KVMKEY is not on the grid: place it before pinning it.', fields: { code: 'Place the session first.' },
    });
  });
});

describe('bad moves', () => {
  const outside = { start: 'The session must lie within the hours of one conference day.' };
  const days = '(Wed 7 Nov 09:00–18:30, Thu 8 Nov 09:00–18:30, Fri 9 Nov 09:00–18:30)';
  it.each([
    ['past the end of the day', { start: '2012-11-07T18:20:00+01:00' }, 'BAD_REQUEST', `Wed 7 Nov 18:20–18:35 is outside the conference days ${days}.`, outside],
    ['before the day starts', { start: '2012-11-07T08:50:00+01:00' }, 'BAD_REQUEST', `Wed 7 Nov 08:50–09:05 is outside the conference days ${days}.`, outside],
    ['on a day after the conference', { start: '2012-11-10T10:00:00+01:00' }, 'BAD_REQUEST', `Sat 10 Nov 10:00–10:15 is outside the conference days ${days}.`, outside],
    ['with a negative duration', { start: '2012-11-07T10:00:00+01:00', end: '2012-11-07T09:30:00+01:00' }, 'BAD_REQUEST', 'A session must end after it starts.', { end: 'The end must be after the start.' }],
    ['lasting 2 minutes', { start: '2012-11-07T10:00:00+01:00', end: '2012-11-07T10:02:00+01:00' }, 'BAD_REQUEST', 'A session lasts 5 to 1440 whole minutes, not 2.', { end: 'A length of 5 to 1440 whole minutes.' }],
    ['into an unknown room', { roomId: 'no-such-room' }, 'BAD_REQUEST', 'There is no such room in this conference.', { roomId: 'Choose a room of this conference.' }],
    ['of an unknown session', { code: 'NOPE' }, 'NOT_FOUND', 'There is no session NOPE in this conference.', undefined],
  ])('refuses a move %s and changes nothing', async (_what, change, code, message, fields) => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const before = await snapshot();
    const f = await failure(api.schedule.move({ slug, code: 'KVMKEY', roomId: rooms.Auditorium!, start: '2012-11-07T10:00:00+01:00', expectedRevision: revision, ...change }));
    expect(f).toEqual({ code, message, fields: code === 'NOT_FOUND' ? {} : fields });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses another conference's room and session, a submitted session and a malformed time, changing nothing", async () => {
    const other = await makeConference(db);
    const foreignRoom = await db.room.create({ data: { conferenceId: other.id, name: 'Elsewhere' } });
    const foreignSession = await makeSession(db, other.id);
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const submitted = await makeSession(db, conference.id, { state: 'SUBMITTED' });
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const before = await snapshot();
    const move = { slug, code: 'KVMKEY', roomId: rooms.Auditorium!, start: '2012-11-07T10:00:00+01:00', expectedRevision: revision };
    expect(await failure(api.schedule.move({ ...move, roomId: foreignRoom.id }))).toEqual({
      code: 'BAD_REQUEST', message: 'There is no such room in this conference.', fields: { roomId: 'Choose a room of this conference.' },
    });
    expect(await failure(api.schedule.move({ ...move, code: foreignSession.code }))).toEqual({ code: 'NOT_FOUND', message: `There is no session ${foreignSession.code} in this conference.`, fields: {} });
    expect(await failure(api.schedule.move({ ...move, code: submitted.code }))).toEqual({
      code: 'BAD_REQUEST',
      message: `Session ${submitted.code} is submitted: only accepted or confirmed sessions can be scheduled.`,
      fields: { code: 'Only accepted or confirmed sessions can be scheduled.' },
    });
    const malformed = await failure(api.schedule.move({ ...move, start: 'tomorrow at ten' }));
    expect([malformed.code, malformed.fields]).toEqual(['BAD_REQUEST', { start: 'An ISO date and time like 2012-11-07T09:00:00+01:00.' }]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('schedule.blocks', () => {
  it('puts lunch across all rooms in one action: overlapping sessions get break_overlap conflicts', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const lunch = await api.schedule.blocks.create({ slug, title: ' Lunch ', start: '2012-11-07T13:00:00+01:00', end: '2012-11-07T14:00:00+01:00', allRooms: true, roomIds: [], expectedRevision: revision });
    expect([lunch.revision, lunch.block.title, lunch.block.start, lunch.block.end, lunch.block.allRooms, lunch.block.roomIds]).toEqual([
      revision + 1, 'Lunch', new Date('2012-11-07T12:00:00Z'), new Date('2012-11-07T13:00:00Z'), true, [],
    ]);
    const { grid, pairs } = await gridCodes();
    expect(grid.blocks).toEqual([lunch.block]);
    expect(pairs(grid.conflicts).filter(([kind]) => kind === 'break_overlap')).toEqual([
      ['break_overlap', 'warn', ['KVMHYV']],
      ['break_overlap', 'warn', ['KVMQOM']],
      ['break_overlap', 'warn', ['OVARCH']],
      ['break_overlap', 'warn', ['OVNETW']],
    ]);
    expect(grid.conflicts.find((c) => c.kind === 'break_overlap' && c.roomId === rooms.Auditorium)!.message).toBe(
      `"${title('KVMHYV')}" (Wed 7 Nov 13:00–13:40) in Auditorium overlaps "Lunch" (Wed 7 Nov 13:00–14:00) in all rooms.`,
    );
  });

  it('narrows a block to some rooms, deletes it, and audits both with before and after', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const b = await api.schedule.blocks.create({ slug, title: 'Set-up', start: '2012-11-07T13:00:00+01:00', end: '2012-11-07T14:00:00+01:00', allRooms: true, roomIds: [], expectedRevision: revision });
    const u = await api.schedule.blocks.update({ slug, id: b.block.id, title: 'Set-up', start: '2012-11-07T13:00:00+01:00', end: '2012-11-07T14:00:00+01:00', allRooms: false, roomIds: [rooms['Sala Miró']!], expectedRevision: revision + 1 });
    const { grid, pairs } = await gridCodes();
    expect(pairs(grid.conflicts).filter(([kind]) => kind === 'break_overlap')).toEqual([
      ['break_overlap', 'warn', ['OVARCH']],
      ['break_overlap', 'warn', ['OVNETW']],
    ]);
    expect(await api.schedule.blocks.delete({ slug, id: b.block.id, expectedRevision: u.revision })).toEqual({ revision: revision + 3 });
    const times = { start: '2012-11-07T12:00:00.000Z', end: '2012-11-07T13:00:00.000Z' };
    const all = { title: 'Set-up', ...times, allRooms: true, roomIds: [] };
    const miro = { title: 'Set-up', ...times, allRooms: false, roomIds: [rooms['Sala Miró']] };
    expect((await api.schedule.audit({ slug, limit: 3 })).entries.map((e) => [e.action, e.entityId, e.before, e.after])).toEqual([
      ['schedule.block.delete', b.block.id, miro, null],
      ['schedule.block.update', b.block.id, all, miro],
      ['schedule.block.create', b.block.id, null, all],
    ]);
    expect(await db.scheduleBlock.count()).toBe(0);
  });

  it("refuses a block without title, ending before it starts, without rooms or with another conference's room", async () => {
    const other = await makeConference(db);
    const foreignRoom = await db.room.create({ data: { conferenceId: other.id, name: 'Elsewhere' } });
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    const before = await snapshot();
    const block = { slug, title: 'Lunch', start: '2012-11-07T13:00:00+01:00', end: '2012-11-07T14:00:00+01:00', allRooms: false, roomIds: [rooms.Auditorium!], expectedRevision: revision };
    expect((await failure(api.schedule.blocks.create({ ...block, title: ' ', end: '2012-11-07T12:00:00+01:00', roomIds: [] }))).fields).toEqual({
      title: 'A title is required.',
      end: 'The end must be after the start.',
      roomIds: 'Choose at least one room, or all rooms.',
    });
    expect(await failure(api.schedule.blocks.create({ ...block, roomIds: [foreignRoom.id] }))).toEqual({
      code: 'BAD_REQUEST', message: 'Please correct the marked fields.', fields: { roomIds: 'Only rooms of this conference.' },
    });
    expect(await failure(api.schedule.blocks.delete({ slug, id: 'no-such-block', expectedRevision: revision }))).toEqual({ code: 'NOT_FOUND', message: 'This break was not found.', fields: {} });
    expect(await snapshot()).toEqual(before);
  });
});

describe('schedule.settings, days and room availability', () => {
  it('reads the severities with their defaults, saves new ones and the travel buffer, and audits the change', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    await api.schedule.settings.update({ slug, severities: { same_track_parallel: 'ignore', room_capacity: 'block' }, travelBufferMinutes: 15 });
    const s = await api.schedule.settings.get({ slug });
    expect([s.travelBufferMinutes, s.severities.map((r) => [r.kind, r.severity, r.default])]).toEqual([
      15,
      [
        ['room_overlap', 'block', 'block'],
        ['break_overlap', 'warn', 'warn'],
        ['speaker_double_booked', 'block', 'block'],
        ['speaker_travel_buffer', 'warn', 'warn'],
        ['speaker_unavailable', 'warn', 'warn'],
        ['room_unavailable', 'warn', 'warn'],
        ['outside_conference_hours', 'warn', 'warn'],
        ['room_capacity', 'block', 'warn'],
        ['same_track_parallel', 'ignore', 'warn'],
      ],
    ]);
    // Open grids see the change: the revision went up, and ignored kinds are gone.
    const grid = await api.schedule.grid({ slug });
    expect([grid.revision, grid.conflicts]).toEqual([revision + 1, []]);
    const [entry] = (await api.schedule.audit({ slug, limit: 1 })).entries;
    expect([entry!.action, entry!.before, entry!.after]).toEqual([
      'schedule.settings',
      { severities: {}, travelBufferMinutes: 0 },
      { severities: { same_track_parallel: 'ignore', room_capacity: 'block' }, travelBufferMinutes: 15 },
    ]);
  });

  it('refuses unknown kinds, unknown severities and a travel buffer above 240 minutes, keeping the settings', async () => {
    const api = await organizer();
    const before = await db.conference.findUniqueOrThrow({ where: { slug } });
    expect(await failure(api.schedule.settings.update({ slug, severities: { room_clash: 'block', room_overlap: 'fatal' }, travelBufferMinutes: 0 }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'Please correct the marked severities.',
      fields: { 'severities.room_clash': 'Unknown conflict kind "room_clash".', 'severities.room_overlap': 'Choose block, warn or ignore.' },
    });
    expect((await failure(api.schedule.settings.update({ slug, severities: {}, travelBufferMinutes: 241 }))).fields).toEqual({ travelBufferMinutes: '0 to 240 whole minutes.' });
    expect(await db.conference.findUniqueOrThrow({ where: { slug } })).toEqual(before);
  });

  it('warns about a speaker changing rooms within the travel buffer', async () => {
    const api = await organizer();
    const avi = await db.speakerProfile.findFirstOrThrow({ where: { conference: { slug }, user: { name: 'Avi Kivity' } } });
    const ovnode = await db.submission.findFirstOrThrow({ where: { conference: { slug }, code: 'OVNODE' } });
    await db.submissionSpeaker.create({ data: { submissionId: ovnode.id, speakerProfileId: avi.id, position: 1 } });
    await api.schedule.settings.update({ slug, severities: {}, travelBufferMinutes: 10 });
    const { revision } = await api.schedule.grid({ slug });
    const moved = await api.schedule.move({ slug, code: 'KVMKEY', roomId: rooms.Auditorium!, start: '2012-11-07T11:00:00+01:00', expectedRevision: revision });
    expect(moved.conflicts.map((c) => [c.kind, c.severity, c.message])).toEqual([
      [
        'speaker_travel_buffer',
        'warn',
        `Avi Kivity has 0 min to get from "${title('KVMKEY')}" in Auditorium (Wed 7 Nov 11:00–11:15) to "${title('OVNODE')}" in Sala Miró (Wed 7 Nov 11:15–12:00); the travel buffer is 10 min.`,
      ],
    ]);
  });

  it('sets day hours in local time: sessions now outside are flagged and moves outside them are refused', async () => {
    const api = await organizer();
    const { revision } = await api.schedule.grid({ slug });
    expect(await api.schedule.days.update({ slug, days: [{ date: '2012-11-07', start: '10:00', end: '18:30' }] })).toEqual({ revision: revision + 1 });
    const { grid, pairs } = await gridCodes();
    expect(grid.days.map((d) => [d.date, d.localStart, d.start])).toEqual([
      ['2012-11-07', '10:00', new Date('2012-11-07T09:00:00Z')],
      ['2012-11-08', '09:00', new Date('2012-11-08T08:00:00Z')],
      ['2012-11-09', '09:00', new Date('2012-11-09T08:00:00Z')],
    ]);
    expect(pairs(grid.conflicts).filter(([kind]) => kind === 'outside_conference_hours')).toEqual([['outside_conference_hours', 'warn', ['KVMKEY']]]);
    const f = await failure(api.schedule.move({ slug, code: 'KVMKEY', roomId: rooms.Auditorium!, start: '2012-11-07T09:30:00+01:00', expectedRevision: grid.revision }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', { start: 'The session must lie within the hours of one conference day.' }]);
    expect((await failure(api.schedule.days.update({ slug, days: [{ date: '2012-11-07', start: '18:00', end: '09:00' }] }))).fields).toEqual({ 'days.0.end': 'The end must be after the start.' });
    await api.schedule.days.update({ slug, days: [{ date: '2012-11-07', start: '09:00', end: '18:30' }] });
  });

  it("sets a room's availability: sessions outside it get room_unavailable; another conference's room is refused", async () => {
    const api = await organizer();
    await api.schedule.rooms.setAvailability({ slug, roomId: rooms['Sala Gaudí']!, windows: [{ date: '2012-11-07', start: '09:00', end: '16:30' }, { date: '2012-11-08', start: '09:00', end: '18:30' }] });
    const { grid, pairs } = await gridCodes();
    expect(grid.rooms.find((r) => r.name === 'Sala Gaudí')!.availability).toEqual([
      { start: new Date('2012-11-07T08:00:00Z'), end: new Date('2012-11-07T15:30:00Z') },
      { start: new Date('2012-11-08T08:00:00Z'), end: new Date('2012-11-08T17:30:00Z') },
    ]);
    expect(pairs(grid.conflicts).filter(([kind]) => kind === 'room_unavailable')).toEqual([
      ['room_unavailable', 'warn', ['KVMLGF']],
      ['room_unavailable', 'warn', ['KVMATS']],
    ]);
    const other = await makeConference(db);
    const foreignRoom = await db.room.create({ data: { conferenceId: other.id, name: 'Elsewhere' } });
    expect(await failure(api.schedule.rooms.setAvailability({ slug, roomId: foreignRoom.id, windows: [] }))).toEqual({
      code: 'BAD_REQUEST', message: 'There is no such room in this conference.', fields: { roomId: 'Choose a room of this conference.' },
    });
    expect(await db.roomAvailability.count({ where: { roomId: foreignRoom.id } })).toBe(0);
  });
});
