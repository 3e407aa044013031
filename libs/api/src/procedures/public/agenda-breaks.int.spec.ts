// Breaks on the public agenda, in a conference of its own (the demo seed has no breaks): the organizer adds them in
// the schedule editor, a release copies them, and public.agenda serves the released ones on their day, in local time,
// with the rooms they take. Breaks added after the release stay private until the next one.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeMember } from '@podium/db/testing';
import { zonedLocalToUtc } from '@podium/domain';
import { useTestApi } from '../../testing.int-helpers.ts';

const { db, callerFor } = useTestApi({ demo: false });

const TZ = 'Europe/Madrid';
const DAY = '2031-06-03';
const at = (time: string, date = DAY) => zonedLocalToUtc(date, time, TZ);

/** Three rooms; sessions in One and Two on the first day (none in Three, none on the second day), one speaker each. */
async function fixture() {
  const tag = randomBytes(3).toString('hex');
  const conference = await db.conference.create({
    data: { slug: `breaks-${tag}`, name: `Breaks ${tag}`, timeZone: TZ, startDate: new Date(DAY), endDate: new Date('2031-06-04') },
  });
  for (const date of [DAY, '2031-06-04']) {
    await db.scheduleDay.create({ data: { conferenceId: conference.id, date: new Date(date), start: at('09:00', date), end: at('18:00', date) } });
  }
  const room = async (name: string, position: number) => db.room.create({ data: { conferenceId: conference.id, name, capacity: 100, position } });
  const rooms = { one: await room('Room One', 1), two: await room('Room Two', 2), three: await room('Room Three', 3) };
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const wip = await db.scheduleVersion.create({ data: { conferenceId: conference.id } });
  const place = async (code: string, title: string, roomId: string, from: string, to: string) => {
    // One speaker per session, so no speaker is booked twice.
    const user = await db.user.create({ data: { email: `${code.toLowerCase()}@speakers.test`, name: `Speaker ${code}` } });
    const profile = await db.speakerProfile.create({
      data: { conferenceId: conference.id, userId: user.id, code: `S${code}`, bio: 'Talks.', approvedBio: 'Talks.', bioApprovedAt: new Date('2031-01-01') },
    });
    const s = await db.submission.create({
      data: { conferenceId: conference.id, code, title, state: 'CONFIRMED', sessionTypeId: type.id, speakers: { create: { speakerProfileId: profile.id } } },
    });
    await db.scheduleSlot.create({ data: { versionId: wip.id, submissionId: s.id, roomId, start: at(from), end: at(to) } });
  };
  const T = tag.toUpperCase();
  await place(`BA${T}`, 'Morning talk', rooms.one.id, '09:00', '10:30');
  await place(`BB${T}`, 'Second room talk', rooms.two.id, '09:00', '10:30');
  await place(`BC${T}`, 'Afternoon talk', rooms.one.id, '14:00', '14:30');
  const organizer = await makeMember(db, conference.id, 'ORGANIZER');
  return { slug: conference.slug, rooms, organizer: await callerFor(organizer.id), code: { a: `BA${T}`, b: `BB${T}`, c: `BC${T}` } };
}

/** The fixture released as 1.0 with a coffee break in every room and a sponsor demo in Room Two only. */
async function releasedWithTwoBreaks() {
  const f = await fixture();
  const api = f.organizer;
  let { revision } = await api.schedule.revision({ slug: f.slug });
  for (const [title, from, to, roomIds] of [
    ['Coffee break', '10:30', '11:00', null],
    ['Sponsor demo', '11:00', '11:30', [f.rooms.two.id]],
  ] as const) {
    await api.schedule.blocks.create({ slug: f.slug, title, start: at(from).toISOString(), end: at(to).toISOString(), allRooms: roomIds === null, roomIds: roomIds ? [...roomIds] : [], expectedRevision: revision++ });
  }
  await api.releases.release({ slug: f.slug, name: '1.0', comment: '', expectedRevision: revision });
  return f;
}

describe('public.agenda breaks', () => {
  it('serves the released breaks on their day with local times and rooms; a break added after the release stays private', async () => {
    const f = await fixture();
    const api = f.organizer;
    let { revision } = await api.schedule.revision({ slug: f.slug });
    const block = async (title: string, from: string, to: string, roomIds: string[] | null, date = DAY) =>
      (
        await api.schedule.blocks.create({
          slug: f.slug,
          title,
          start: at(from, date).toISOString(),
          end: at(to, date).toISOString(),
          allRooms: roomIds === null,
          roomIds: roomIds ?? [],
          expectedRevision: revision++,
        })
      ).block;
    await block('Coffee break', '10:30', '11:00', null);
    await block('Lunch', '13:00', '14:00', null);
    await block('Sponsor demo', '11:00', '11:30', [f.rooms.two.id, f.rooms.three.id]);
    await block('Nobody here', '11:00', '11:30', [f.rooms.three.id]);
    await block('Second-day lunch', '13:00', '14:00', null, '2031-06-04');
    await api.releases.release({ slug: f.slug, name: '1.0', comment: '', expectedRevision: revision++ });
    await block('Unreleased tea', '16:00', '16:30', null);

    const agenda = await (await callerFor(null)).public.agenda({ slug: f.slug });
    const [first, second] = agenda.days;
    expect(first!.breaks.map(({ id: _id, ...b }) => b)).toEqual([
      { title: 'Coffee break', start: at('10:30'), end: at('11:00'), localStart: '10:30', localEnd: '11:00', startMinute: 630, endMinute: 660, roomIds: null },
      { title: 'Sponsor demo', start: at('11:00'), end: at('11:30'), localStart: '11:00', localEnd: '11:30', startMinute: 660, endMinute: 690, roomIds: [f.rooms.two.id] },
      { title: 'Lunch', start: at('13:00'), end: at('14:00'), localStart: '13:00', localEnd: '14:00', startMinute: 780, endMinute: 840, roomIds: null },
    ]);
    // The released breaks have ids of their own (the release's copies), not the work-in-progress ones.
    const released = await db.scheduleBlock.findMany({ where: { version: { conference: { slug: f.slug }, name: '1.0' } }, select: { id: true } });
    expect(first!.breaks.every((b) => released.some((r) => r.id === b.id))).toBe(true);
    // Sessions of the day and the grid's span are unchanged by breaks inside it.
    expect([first!.entries.map((e) => e.code), first!.rooms.map((r) => r.name), first!.firstMinute, first!.lastMinute]).toEqual([
      [f.code.a, f.code.b, f.code.c],
      ['Room One', 'Room Two'],
      540,
      870,
    ]);
    // A day without sessions shows no break.
    expect([second!.entries, second!.breaks]).toEqual([[], []]);
  });

  it('keeps the breaks with a filter, limited to the rooms the filter leaves', async () => {
    const f = await releasedWithTwoBreaks();

    const anonymous = await callerFor(null);
    const roomOne = await anonymous.public.agenda({ slug: f.slug, filter: { room: 'room-one' } });
    expect(roomOne.days[0]!.breaks.map((b) => [b.title, b.roomIds])).toEqual([['Coffee break', null]]);
    const search = await anonymous.public.agenda({ slug: f.slug, filter: { q: 'second room' } });
    expect([search.days[0]!.entries.map((e) => e.code), search.days[0]!.breaks.map((b) => [b.title, b.roomIds])]).toEqual([
      [f.code.b],
      [
        ['Coffee break', null],
        ['Sponsor demo', [f.rooms.two.id]],
      ],
    ]);
  });

  it('a room page shows the released breaks that cover that room, and no other', async () => {
    const f = await releasedWithTwoBreaks();

    const anonymous = await callerFor(null);
    const breaksOf = async (room: string) => (await anonymous.public.room({ slug: f.slug, room })).days.map((d) => [d.date, d.breaks.map((b) => `${b.title} ${b.localStart}–${b.localEnd}`)]);
    expect(await breaksOf('room-one')).toEqual([[DAY, ['Coffee break 10:30–11:00']]]);
    expect(await breaksOf('room-two')).toEqual([[DAY, ['Coffee break 10:30–11:00', 'Sponsor demo 11:00–11:30']]]);
  });

  it('has no breaks before the first release, even when the work-in-progress schedule has some', async () => {
    const f = await fixture();
    const { revision } = await f.organizer.schedule.revision({ slug: f.slug });
    await f.organizer.schedule.blocks.create({ slug: f.slug, title: 'Lunch', start: at('13:00').toISOString(), end: at('14:00').toISOString(), allRooms: true, roomIds: [], expectedRevision: revision });
    const agenda = await (await callerFor(null)).public.agenda({ slug: f.slug });
    expect([agenda.release, agenda.days.flatMap((d) => d.breaks)]).toEqual([null, []]);
  });
});
