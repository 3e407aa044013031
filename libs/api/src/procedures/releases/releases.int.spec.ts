// Schedule releases against a real database, in conferences of their own (the demo seed stays untouched): the
// checklist, releasing (copy, audit, mails), refusals that change nothing, two releases racing, a release failing
// halfway, the public changelog, the release mail's calendar file at a real SMTP server, and who may call what.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { releaseSchedule } from '@podium/db';
import { makeConference, makeMember, makeReviewer, testDatabaseKind } from '@podium/db/testing';
import { stableGuid, summarizeChangelog, zonedLocalToUtc } from '@podium/domain';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi, type Api } from '../../testing.int-helpers.ts';

const { db, callerFor } = useTestApi({ demo: false, max: 6 });

const TZ = 'Europe/Madrid';
const DAY1 = '2031-06-03';
const at = (time: string, date = DAY1) => zonedLocalToUtc(date, time, TZ);

/**
 * A conference with two rooms and five sessions: A, B, C placed and confirmed (C expects more people than its room
 * holds: a warning), D placed but only accepted (two speakers), E confirmed but not on the grid. Ada's and Dee's bios
 * are approved, Bob's was never approved, Cy has none.
 */
async function fixture() {
  const tag = randomBytes(3).toString('hex');
  const T = tag.toUpperCase();
  const conference = await db.conference.create({
    data: { slug: `release-${tag}`, name: `Release Test ${tag}`, timeZone: TZ, startDate: new Date(DAY1), endDate: new Date('2031-06-04') },
  });
  for (const date of [DAY1, '2031-06-04']) {
    await db.scheduleDay.create({ data: { conferenceId: conference.id, date: new Date(date), start: at('09:00', date), end: at('18:00', date) } });
  }
  const auditorium = await db.room.create({ data: { conferenceId: conference.id, name: 'Auditorium', capacity: 100, position: 1 } });
  const gaudi = await db.room.create({ data: { conferenceId: conference.id, name: 'Sala Gaudí', capacity: 40, position: 2 } });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const approvedAt = new Date('2031-01-01T00:00:00Z');
  const speaker = async (key: string, name: string, bio: { bio: string; approvedBio: string; bioApprovedAt: Date | null }) => {
    const user = await db.user.create({ data: { email: `${key}-${tag}@speakers.test`, name } });
    const profile = await db.speakerProfile.create({ data: { conferenceId: conference.id, userId: user.id, code: `${key}${T}`.toUpperCase(), ...bio } });
    return { user, profile };
  };
  const approved = (text: string) => ({ bio: text, approvedBio: text, bioApprovedAt: approvedAt });
  const ada = await speaker('ada', 'Ada Lovelace', approved('Ada writes programs.'));
  const bob = await speaker('bob', 'Bob Builder', { bio: 'Bob builds.', approvedBio: '', bioApprovedAt: null });
  const cy = await speaker('cy', 'Cy Twombly', { bio: '', approvedBio: '', bioApprovedAt: null });
  const dee = await speaker('dee', 'Dee Dee', approved('Dee sings.'));
  const eve = await speaker('eve', 'Eve Online', approved('Eve plays.'));
  const wip = await db.scheduleVersion.create({ data: { conferenceId: conference.id } });
  const code = { A: `RA${T}`, B: `RB${T}`, C: `RC${T}`, D: `RD${T}`, E: `RE${T}`, F: `RF${T}` };
  const session = async (c: string, title: string, state: 'CONFIRMED' | 'ACCEPTED', speakers: { profile: { id: string } }[], place: { roomId: string; from: string; to: string } | null, expectedAudience: number | null = null) => {
    const s = await db.submission.create({
      data: {
        conferenceId: conference.id,
        code: c,
        title,
        abstract: `About ${title}.`,
        state,
        submittedAt: new Date(),
        sessionTypeId: type.id,
        expectedAudience,
        speakers: { create: speakers.map((sp, position) => ({ speakerProfileId: sp.profile.id, position })) },
      },
    });
    if (place) await db.scheduleSlot.create({ data: { versionId: wip.id, submissionId: s.id, roomId: place.roomId, start: at(place.from), end: at(place.to) } });
    return s;
  };
  const sessions = {
    A: await session(code.A, 'Opening keynote', 'CONFIRMED', [ada], { roomId: auditorium.id, from: '09:00', to: '09:30' }),
    B: await session(code.B, 'Virtio deep dive', 'CONFIRMED', [bob], { roomId: gaudi.id, from: '09:00', to: '09:30' }),
    C: await session(code.C, 'Live migration', 'CONFIRMED', [cy], { roomId: auditorium.id, from: '10:00', to: '10:30' }, 150),
    D: await session(code.D, 'Memory ballooning', 'ACCEPTED', [dee, ada], { roomId: gaudi.id, from: '10:00', to: '10:30' }),
    E: await session(code.E, 'Unplaced talk', 'CONFIRMED', [eve], null),
  };
  const organizer = await makeMember(db, conference.id, 'ORGANIZER', { name: 'Olga Organizer' });
  return { tag, conference, slug: conference.slug, rooms: { auditorium, gaudi }, people: { ada, bob, cy, dee, eve }, wip, code, sessions, organizer, type };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

const api = (f: Fixture) => callerFor(f.organizer.id);
const placement = (roomId: string, roomName: string, from: string, to: string, date = DAY1) => ({
  roomId,
  roomName,
  start: at(from, date),
  end: at(to, date),
  date,
  day: date === DAY1 ? 'Tue 3 Jun 2031' : 'Wed 4 Jun 2031',
  time: `${from}–${to}`,
  offset: 'UTC+02:00',
});

/** Everything a refused or failed release must leave alone. */
async function snapshot(f: Fixture) {
  return {
    versions: await db.scheduleVersion.findMany({ where: { conferenceId: f.conference.id }, orderBy: { id: 'asc' } }),
    slots: await db.scheduleSlot.findMany({ where: { version: { conferenceId: f.conference.id } }, orderBy: { id: 'asc' } }),
    blocks: await db.scheduleBlock.findMany({ where: { version: { conferenceId: f.conference.id } }, orderBy: { id: 'asc' } }),
    audit: await db.auditLogEntry.count({ where: { conferenceId: f.conference.id } }),
    outbox: await db.outboxMail.count({ where: { conferenceId: f.conference.id } }),
  };
}

/** Release 1.0 as the organizer, from a fresh checklist. */
async function releaseFirst(f: Fixture) {
  const o = await api(f);
  const { revision } = await o.releases.checklist({ slug: f.slug });
  return o.releases.release({ slug: f.slug, name: '', comment: 'First schedule.', expectedRevision: revision });
}

/** After 1.0: C moves to 11:00, B is cancelled, F is new at 11:00 in Sala Gaudí. */
async function changeAfterFirst(f: Fixture) {
  const o = await api(f);
  let { revision } = await o.schedule.revision({ slug: f.slug });
  await o.schedule.move({ slug: f.slug, code: f.code.C, roomId: f.rooms.auditorium.id, start: at('11:00').toISOString(), expectedRevision: revision++ });
  // Cancelled as organizers do it: off the grid, and the revision goes up.
  ({ revision } = await o.organizer.cancelSession({ slug: f.slug, code: f.code.B }));
  await db.submission.create({
    data: {
      conferenceId: f.conference.id,
      code: f.code.F,
      title: 'Fresh talk',
      state: 'CONFIRMED',
      sessionTypeId: f.type.id,
      speakers: { create: { speakerProfileId: f.people.eve.profile.id } },
    },
  });
  await o.schedule.move({ slug: f.slug, code: f.code.F, roomId: f.rooms.gaudi.id, start: at('11:00').toISOString(), expectedRevision: revision++ });
  return revision;
}

describe('releases.checklist', () => {
  it('before the first release: offers 1.0, lists the warning, unscheduled, unconfirmed and bio problems, and previews the agenda', async () => {
    const f = await fixture();
    const c = await (await api(f)).releases.checklist({ slug: f.slug });
    const { grid, warnings, preview, ...rest } = { ...c, grid: await (await api(f)).schedule.grid({ slug: f.slug }) };
    expect(rest).toEqual({
      timeZone: TZ,
      offset: 'UTC+02:00',
      revision: 0,
      suggestedName: '1.0',
      latest: null,
      canRelease: true,
      blocking: [],
      unscheduled: [{ code: f.code.E, title: 'Unplaced talk', state: 'CONFIRMED' }],
      unconfirmed: [{ code: f.code.D, title: 'Memory ballooning' }],
      bios: [
        { code: f.people.bob.profile.code, name: 'Bob Builder', problem: 'unapproved', sessions: [f.code.B] },
        { code: f.people.cy.profile.code, name: 'Cy Twombly', problem: 'missing', sessions: [f.code.C] },
      ],
      changelog: { initial: true, sessions: 4, summary: 'First release: 4 sessions', added: [], moved: [], cancelled: [] },
      mails: 5,
    });
    // The same warning the grid shows, with the session it involves and its day.
    expect(grid.conflicts.map((g) => [g.kind, g.message])).toEqual(warnings.map((w) => [w.kind, w.message]));
    expect(warnings.map((w) => [w.kind, w.severity, w.sessions, w.date])).toEqual([['room_capacity', 'warn', [{ code: f.code.C, title: 'Live migration' }], DAY1]]);
    expect(preview.days.map((d) => [d.date, d.entries.map((e) => [e.code, e.localStart, e.localEnd, e.roomId])])).toEqual([
      [
        DAY1,
        [
          [f.code.A, '09:00', '09:30', f.rooms.auditorium.id],
          [f.code.B, '09:00', '09:30', f.rooms.gaudi.id],
          [f.code.C, '10:00', '10:30', f.rooms.auditorium.id],
          [f.code.D, '10:00', '10:30', f.rooms.gaudi.id],
        ],
      ],
      ['2031-06-04', []],
    ]);
  });

  it('after changes: the changelog-to-be has the new, moved and cancelled sessions, and 1.1 is suggested', async () => {
    const f = await fixture();
    await releaseFirst(f);
    const revision = await changeAfterFirst(f);
    const c = await (await api(f)).releases.checklist({ slug: f.slug });
    expect([c.revision, c.suggestedName, c.latest?.name, c.mails]).toEqual([revision, '1.1', '1.0', 3]);
    expect(c.changelog).toEqual({
      initial: false,
      sessions: 4,
      summary: '1 new, 1 moved, 1 cancelled',
      added: [{ code: f.code.F, title: 'Fresh talk', speakers: [{ code: f.people.eve.profile.code, name: 'Eve Online' }], at: placement(f.rooms.gaudi.id, 'Sala Gaudí', '11:00', '11:30') }],
      moved: [
        {
          code: f.code.C,
          title: 'Live migration',
          speakers: [{ code: f.people.cy.profile.code, name: 'Cy Twombly' }],
          from: placement(f.rooms.auditorium.id, 'Auditorium', '10:00', '10:30'),
          to: placement(f.rooms.auditorium.id, 'Auditorium', '11:00', '11:30'),
          timeChanged: true,
          roomChanged: false,
        },
      ],
      cancelled: [{ code: f.code.B, title: 'Virtio deep dive', speakers: [{ code: f.people.bob.profile.code, name: 'Bob Builder' }], from: placement(f.rooms.gaudi.id, 'Sala Gaudí', '09:00', '09:30') }],
    });
    // Bob's session is cancelled, so his bio no longer matters; Cy's still does.
    expect(c.bios.map((b) => b.name)).toEqual(['Cy Twombly']);
  });

  it('a conference nobody has scheduled: an empty checklist, and its first release creates the work-in-progress version', async () => {
    const conference = await makeConference(db);
    const organizer = await makeMember(db, conference.id, 'ORGANIZER');
    const o = await callerFor(organizer.id);
    const c = await o.releases.checklist({ slug: conference.slug });
    expect([c.revision, c.suggestedName, c.latest, c.canRelease, c.blocking, c.warnings, c.unscheduled, c.unconfirmed, c.bios, c.mails, c.changelog.summary]).toEqual([
      0,
      '1.0',
      null,
      true,
      [],
      [],
      [],
      [],
      [],
      0,
      'First release: 0 sessions',
    ]);
    const r = await o.releases.release({ slug: conference.slug, name: '', comment: '', expectedRevision: 0 });
    expect([r.name, r.revision, r.changelog.sessions]).toEqual(['1.0', 1, 0]);
    expect((await db.scheduleVersion.findMany({ where: { conferenceId: conference.id }, orderBy: { name: 'asc' } })).map((v) => [v.name, v.revision])).toEqual([
      ['1.0', 1],
      [null, 1],
    ]);
  });
});

describe('releases.release', () => {
  it('publishes the placed sessions and breaks as 1.0, audits it, queues one mail per speaker, and keeps editing on the WIP', async () => {
    const f = await fixture();
    const o = await api(f);
    const { block } = await o.schedule.blocks.create({ slug: f.slug, title: 'Coffee', start: at('09:30').toISOString(), end: at('10:00').toISOString(), allRooms: true, roomIds: [], expectedRevision: 0 });

    const r = await o.releases.release({ slug: f.slug, name: '  ', comment: ' First schedule. ', expectedRevision: 1 });

    expect({ ...r, releasedAt: undefined }).toEqual({
      name: '1.0',
      releasedAt: undefined,
      revision: 2,
      changelog: { initial: true, sessions: 4, summary: 'First release: 4 sessions', added: [], moved: [], cancelled: [] },
      warnings: 1,
      mailsQueued: 5,
    });
    const released = await db.scheduleVersion.findFirstOrThrow({ where: { conferenceId: f.conference.id, name: '1.0' } });
    expect([released.comment, released.releasedAt, released.releasedById, released.revision]).toEqual(['First schedule.', r.releasedAt, f.organizer.id, 2]);
    const slotsOf = async (versionId: string) =>
      (await db.scheduleSlot.findMany({ where: { versionId, roomId: { not: null } }, orderBy: { start: 'asc' }, include: { submission: true } })).map((s) => [s.submission.code, s.roomId, s.start, s.end]);
    expect(await slotsOf(released.id)).toEqual(await slotsOf(f.wip.id));
    expect((await slotsOf(released.id)).map((s) => s[0])).toEqual([f.code.A, f.code.B, f.code.C, f.code.D]);
    expect(await db.scheduleBlock.findMany({ where: { versionId: released.id }, select: { title: true, start: true, end: true, allRooms: true, roomIds: true } })).toEqual([
      { title: 'Coffee', start: block.start, end: block.end, allRooms: true, roomIds: [] },
    ]);
    // The WIP stays the WIP, one revision on (open grids refresh).
    expect(await db.scheduleVersion.findUniqueOrThrow({ where: { id: f.wip.id }, select: { name: true, releasedAt: true, revision: true } })).toEqual({ name: null, releasedAt: null, revision: 2 });

    const audit = await db.auditLogEntry.findFirstOrThrow({ where: { conferenceId: f.conference.id, action: 'schedule.release' } });
    expect([audit.userId, audit.entity, audit.entityId, audit.before, audit.after]).toEqual([
      f.organizer.id,
      'ScheduleVersion',
      released.id,
      null,
      { name: '1.0', comment: 'First schedule.', revision: 2, sessions: 4, blocks: 1, new: [f.code.A, f.code.B, f.code.C, f.code.D], moved: [], cancelled: [] },
    ]);

    const mails = await db.outboxMail.findMany({ where: { conferenceId: f.conference.id }, orderBy: [{ to: 'asc' }, { subject: 'asc' }], include: { submission: { select: { code: true } } } });
    const subject = (title: string) => `[Release Test ${f.tag}] Schedule 1.0: "${title}"`;
    expect(mails.map((m) => [m.to, m.subject, m.templateKey, m.submission?.code, m.state])).toEqual([
      [f.people.ada.user.email, subject('Memory ballooning'), 'SCHEDULE_CHANGED', f.code.D, 'PENDING'],
      [f.people.ada.user.email, subject('Opening keynote'), 'SCHEDULE_CHANGED', f.code.A, 'PENDING'],
      [f.people.bob.user.email, subject('Virtio deep dive'), 'SCHEDULE_CHANGED', f.code.B, 'PENDING'],
      [f.people.cy.user.email, subject('Live migration'), 'SCHEDULE_CHANGED', f.code.C, 'PENDING'],
      [f.people.dee.user.email, subject('Memory ballooning'), 'SCHEDULE_CHANGED', f.code.D, 'PENDING'],
    ]);
    expect(mails[3]!.body).toBe(
      `Hello Cy Twombly,\n\nversion 1.0 of the Release Test ${f.tag} schedule is out. Your session is on the schedule:\n\n` +
        `  Live migration\n  Tue 3 Jun 2031, 10:00–10:30 (UTC+02:00)\n  Auditorium\n\nhttp://localhost:3000/${f.slug}/sessions/${f.code.C}\n\n` +
        `The attached calendar file holds your session.\n\nThe Release Test ${f.tag} team`,
    );

    // The public agenda serves the release.
    const agenda = await (await callerFor(null)).public.agenda({ slug: f.slug });
    expect([agenda.release?.name, agenda.days[0]!.entries.map((e) => e.code)]).toEqual(['1.0', [f.code.A, f.code.B, f.code.C, f.code.D]]);
    expect((await o.releases.list({ slug: f.slug })).releases).toEqual([{ name: '1.0', comment: 'First schedule.', releasedAt: r.releasedAt, releasedBy: 'Olga Organizer', sessions: 4 }]);
  });

  it('releases 1.1 with only the changes, mails the speakers of new, moved and cancelled sessions, and the public changelog lists both releases', async () => {
    const f = await fixture();
    const first = await releaseFirst(f);
    const revision = await changeAfterFirst(f);
    const before = await db.outboxMail.count({ where: { conferenceId: f.conference.id } });

    const r = await (await api(f)).releases.release({ slug: f.slug, name: '', comment: 'Live migration moves to 11:00.', expectedRevision: revision });

    expect([r.name, r.changelog.summary, r.mailsQueued, r.revision]).toEqual(['1.1', '1 new, 1 moved, 1 cancelled', 3, revision + 1]);
    const mails = await db.outboxMail.findMany({ where: { conferenceId: f.conference.id, subject: { contains: 'Schedule 1.1' } }, orderBy: { to: 'asc' }, include: { submission: { select: { code: true } } } });
    expect(mails.map((m) => [m.to, m.subject, m.templateKey, m.submission?.code])).toEqual([
      [f.people.bob.user.email, `[Release Test ${f.tag}] Schedule 1.1: "Virtio deep dive"`, 'SCHEDULE_CHANGED', f.code.B],
      [f.people.cy.user.email, `[Release Test ${f.tag}] Schedule 1.1: "Live migration"`, 'SCHEDULE_CHANGED', f.code.C],
      [f.people.eve.user.email, `[Release Test ${f.tag}] Schedule 1.1: "Fresh talk"`, 'SCHEDULE_CHANGED', f.code.F],
    ]);
    expect(mails[1]!.body.split('\n')[2]).toBe(
      `version 1.1 of the Release Test ${f.tag} schedule is out. Your session has moved (it was on Tue 3 Jun 2031, 10:00–10:30 (UTC+02:00), Auditorium); it now takes place:`,
    );
    // Bob's session was called off: when it was planned, the changelog instead of its page, and the calendar file removes it.
    expect(mails[0]!.body).toBe(
      `Hello Bob Builder,\n\nversion 1.1 of the Release Test ${f.tag} schedule is out. Your session has been cancelled and is no longer on the schedule. It was planned for:\n\n` +
        `  Virtio deep dive\n  Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00)\n  Sala Gaudí\n\nhttp://localhost:3000/${f.slug}/changelog#release-1.1\n\n` +
        `The attached calendar file removes it from your calendar.\n\nThe Release Test ${f.tag} team`,
    );
    expect(await db.outboxMail.count({ where: { conferenceId: f.conference.id } })).toBe(before + 3);

    const log = await (await callerFor(null)).public.changelog({ slug: f.slug });
    const c11 = await db.scheduleVersion.findFirstOrThrow({ where: { conferenceId: f.conference.id, name: '1.1' } });
    expect(log.releases.map(({ changelog, ...rest }) => ({ ...rest, summary: changelog.summary, counts: [changelog.added.length, changelog.moved.length, changelog.cancelled.length] }))).toEqual([
      { id: log.releases[0]!.id, name: '1.1', comment: 'Live migration moves to 11:00.', releasedAt: r.releasedAt, anchor: 'release-1.1', summary: '1 new, 1 moved, 1 cancelled', counts: [1, 1, 1] },
      { id: log.releases[1]!.id, name: '1.0', comment: 'First schedule.', releasedAt: first.releasedAt, anchor: 'release-1.0', summary: 'First release: 4 sessions', counts: [0, 0, 0] },
    ]);
    expect(log.releases[0]!.changelog.moved.map((m) => [m.code, m.from.time, m.to.time, m.to.offset])).toEqual([[f.code.C, '10:00–10:30', '11:00–11:30', 'UTC+02:00']]);
    expect(log.releases[0]!.changelog.cancelled.map((m) => m.code)).toEqual([f.code.B]);
    expect(log.releases[0]!.id).toMatch(/^urn:uuid:/);
    expect([log.offset, log.conference.slug, c11.revision]).toEqual(['UTC+02:00', f.slug, revision + 1]);
    // The public agenda now serves 1.1: B is gone, C at 11:00.
    const agenda = await (await callerFor(null)).public.agenda({ slug: f.slug });
    expect([agenda.release?.name, agenda.days[0]!.entries.map((e) => [e.code, e.localStart])]).toEqual([
      '1.1',
      [
        [f.code.A, '09:00'],
        [f.code.D, '10:00'],
        [f.code.C, '11:00'],
        [f.code.F, '11:00'],
      ],
    ]);
  });

  it('refuses a release with a blocking conflict, naming it, and changes nothing', async () => {
    const f = await fixture();
    const o = await api(f);
    // Two sessions in one room at once: allowed while room overlaps only warn, blocking once they block again.
    await o.schedule.settings.update({ slug: f.slug, severities: { room_overlap: 'warn' }, travelBufferMinutes: 0 });
    const { revision } = await o.schedule.revision({ slug: f.slug });
    await o.schedule.move({ slug: f.slug, code: f.code.B, roomId: f.rooms.auditorium.id, start: at('09:00').toISOString(), expectedRevision: revision });
    await o.schedule.settings.update({ slug: f.slug, severities: { room_overlap: 'block' }, travelBufferMinutes: 0 });
    const c = await o.releases.checklist({ slug: f.slug });
    expect([c.canRelease, c.blocking.map((b) => [b.kind, b.sessions.map((s) => s.code)])]).toEqual([false, [['room_overlap', [f.code.A, f.code.B]]]]);
    const before = await snapshot(f);

    const refused = await failure(o.releases.release({ slug: f.slug, name: '1.0', comment: '', expectedRevision: c.revision }));

    expect(refused).toEqual({
      code: 'CONFLICT',
      message: `The schedule cannot be released: 1 blocking conflict must be resolved first. ${c.blocking[0]!.message}`,
      fields: { room_overlap: c.blocking[0]!.message },
    });
    expect(await snapshot(f)).toEqual(before);
  });

  it('refuses a name already used, on the name field, and changes nothing', async () => {
    const f = await fixture();
    await releaseFirst(f);
    const o = await api(f);
    const { revision } = await o.releases.checklist({ slug: f.slug });
    const before = await snapshot(f);
    expect(await failure(o.releases.release({ slug: f.slug, name: ' 1.0 ', comment: '', expectedRevision: revision }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'There is already a release named “1.0”: choose another name.',
      fields: { name: 'There is already a release named “1.0”: choose another name.' },
    });
    expect(await failure(o.releases.release({ slug: f.slug, name: 'x'.repeat(101), comment: '', expectedRevision: revision }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'The name is too long (101 characters, at most 100).',
      fields: { name: 'The name is too long (101 characters, at most 100).' },
    });
    expect(await snapshot(f)).toEqual(before);
  });

  it('refuses a release against an older revision (the schedule changed since the checklist) and changes nothing', async () => {
    const f = await fixture();
    const o = await api(f);
    const { revision } = await o.releases.checklist({ slug: f.slug });
    await o.schedule.move({ slug: f.slug, code: f.code.E, roomId: f.rooms.gaudi.id, start: at('12:00').toISOString(), expectedRevision: revision });
    const before = await snapshot(f);
    expect(await failure(o.releases.release({ slug: f.slug, name: '1.0', comment: '', expectedRevision: revision }))).toEqual({
      code: 'CONFLICT',
      message: `The schedule changed since you loaded it (revision ${revision}, now ${revision + 1}): it has been refreshed; please try again.`,
      fields: { expectedRevision: String(revision + 1) },
    });
    expect(await snapshot(f)).toEqual(before);
  });

  it('two concurrent releases from the same checklist give exactly one release and one clear refusal', async () => {
    const f = await fixture();
    await releaseFirst(f);
    const revision = await changeAfterFirst(f);
    const admin = await db.user.create({ data: { email: `admin-${f.tag}@example.test`, name: 'Ada Admin', isAdmin: true } });
    const [a, b] = [await api(f), await callerFor(admin.id)];
    const audit = await db.auditLogEntry.count({ where: { conferenceId: f.conference.id } });

    const outcomes = await Promise.all([
      failure(a.releases.release({ slug: f.slug, name: '', comment: 'from A', expectedRevision: revision })),
      failure(b.releases.release({ slug: f.slug, name: '', comment: 'from B', expectedRevision: revision })),
    ]);

    expect(outcomes.map((o) => o.code).sort()).toEqual(['CONFLICT', 'OK']);
    expect(outcomes.find((o) => o.code === 'CONFLICT')).toEqual({
      code: 'CONFLICT',
      message: 'Another release is in progress or was just made (“1.1”): reload the page and check the changes before releasing again.',
      fields: { expectedRevision: 'Reload the page.' },
    });
    const releases = await db.scheduleVersion.findMany({ where: { conferenceId: f.conference.id, releasedAt: { not: null } }, orderBy: { releasedAt: 'asc' } });
    expect(releases.map((v) => v.name)).toEqual(['1.0', '1.1']);
    expect([await db.auditLogEntry.count({ where: { conferenceId: f.conference.id } }), await db.outboxMail.count({ where: { conferenceId: f.conference.id, subject: { contains: 'Schedule 1.1' } } })]).toEqual([audit + 1, 3]);
    expect((await db.scheduleVersion.findUniqueOrThrow({ where: { id: f.wip.id } })).revision).toBe(revision + 1);
  });

  it('a second release started while the first is still open waits for it, then is refused (PostgreSQL: seen waiting on the lock)', async () => {
    const f = await fixture();
    await releaseFirst(f);
    const revision = await changeAfterFirst(f);
    const other = await api(f);
    let second: Promise<unknown> | null = null;
    let sawWaiting = false;

    const first = await releaseSchedule(db, {
      conferenceId: f.conference.id,
      comment: 'first',
      userId: f.organizer.id,
      expectedRevision: revision,
      // Everything of the first release is written but not committed: start the second one now, on another connection.
      beforeCommit: async (tx) => {
        second = failure(other.releases.release({ slug: f.slug, name: '', comment: 'second', expectedRevision: revision }));
        for (let i = 0; i < 60 && !sawWaiting; i++) {
          const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`;
          sawWaiting = (row?.n ?? 0) > 0;
          if (!sawWaiting) await new Promise((r) => setTimeout(r, 50));
        }
      },
    });

    expect(first.name).toBe('1.1');
    expect(await second).toEqual({
      code: 'CONFLICT',
      message: 'Another release is in progress or was just made (“1.1”): reload the page and check the changes before releasing again.',
      fields: { expectedRevision: 'Reload the page.' },
    });
    // PGlite runs one transaction at a time, so only PostgreSQL shows the second release blocked on the first's lock.
    expect(sawWaiting).toBe(testDatabaseKind() === 'postgres');
    expect((await db.scheduleVersion.findMany({ where: { conferenceId: f.conference.id, releasedAt: { not: null } }, orderBy: { releasedAt: 'asc' } })).map((v) => v.name)).toEqual(['1.0', '1.1']);
  });

  it('a release that fails halfway (a database error inside the transaction) leaves the previous release served and nothing half-written', async () => {
    const f = await fixture();
    await releaseFirst(f);
    await changeAfterFirst(f);
    const before = await snapshot(f);
    const agendaBefore = await (await callerFor(null)).public.agenda({ slug: f.slug });

    const attempt = releaseSchedule(db, {
      conferenceId: f.conference.id,
      name: '1.1',
      comment: '',
      userId: f.organizer.id,
      // Everything is written by now (version, slots, breaks, audit, mails); then the database refuses a row.
      beforeCommit: async (tx) => {
        await tx.$executeRaw`INSERT INTO "ScheduleSlot" ("id", "versionId", "submissionId") VALUES ('broken', 'no-such-version', 'no-such-session')`;
      },
    });

    await expect(attempt).rejects.toThrow(/foreign key/i);
    expect(await snapshot(f)).toEqual(before);
    expect(await (await callerFor(null)).public.agenda({ slug: f.slug })).toEqual(agendaBefore);
    expect(agendaBefore.release?.name).toBe('1.0');
  });

  it("writes the mails of new, moved and cancelled sessions from the conference's edited SCHEDULE_CHANGED template", async () => {
    const f = await fixture();
    await releaseFirst(f);
    const revision = await changeAfterFirst(f);
    const o = await api(f);
    await o.mail.templates.update({
      slug: f.slug,
      key: 'SCHEDULE_CHANGED',
      subject: '{conference} {release}: {title} is {status}',
      body: '{speaker}: {old_when}, {old_room} → {when}, {room}\n{url}\n{calendar}',
    });

    const r = await o.releases.release({ slug: f.slug, name: '', comment: '', expectedRevision: revision });

    expect(r.mailsQueued).toBe(3);
    const mails = await db.outboxMail.findMany({ where: { conferenceId: f.conference.id, subject: { contains: ' 1.1: ' } }, orderBy: { to: 'asc' } });
    const site = `http://localhost:3000/${f.slug}`;
    expect(mails.map((m) => [m.to, m.templateKey, m.subject, m.body])).toEqual([
      [
        f.people.bob.user.email,
        'SCHEDULE_CHANGED',
        `Release Test ${f.tag} 1.1: Virtio deep dive is cancelled`,
        `Bob Builder: Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Sala Gaudí → Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Sala Gaudí\n${site}/changelog#release-1.1\nThe attached calendar file removes it from your calendar.`,
      ],
      [
        f.people.cy.user.email,
        'SCHEDULE_CHANGED',
        `Release Test ${f.tag} 1.1: Live migration is moved`,
        `Cy Twombly: Tue 3 Jun 2031, 10:00–10:30 (UTC+02:00), Auditorium → Tue 3 Jun 2031, 11:00–11:30 (UTC+02:00), Auditorium\n${site}/sessions/${f.code.C}\nThe attached calendar file holds your session.`,
      ],
      [
        f.people.eve.user.email,
        'SCHEDULE_CHANGED',
        `Release Test ${f.tag} 1.1: Fresh talk is new`,
        `Eve Online: —, — → Tue 3 Jun 2031, 11:00–11:30 (UTC+02:00), Sala Gaudí\n${site}/sessions/${f.code.F}\nThe attached calendar file holds your session.`,
      ],
    ]);
  });

  it('tells the speakers of a session only taken off the grid (still confirmed) that it is off the schedule for now, not cancelled', async () => {
    const f = await fixture();
    await releaseFirst(f);
    const o = await api(f);
    const { revision } = await o.schedule.revision({ slug: f.slug });
    await o.schedule.unschedule({ slug: f.slug, code: f.code.A, expectedRevision: revision });

    const r = await o.releases.release({ slug: f.slug, name: '', comment: '', expectedRevision: revision + 1 });

    expect([r.changelog.summary, r.mailsQueued]).toEqual(['1 cancelled', 1]);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { conferenceId: f.conference.id, subject: { contains: 'Schedule 1.1' } } });
    expect([mail.to, mail.body.split('\n')[2]]).toEqual([
      f.people.ada.user.email,
      `version 1.1 of the Release Test ${f.tag} schedule is out. Your session has been taken off the schedule for now; we will write again once it has a new time. It was planned for:`,
    ]);
  });

  it('queues no mail when asked not to notify speakers', async () => {
    const f = await fixture();
    const o = await api(f);
    const r = await o.releases.release({ slug: f.slug, name: '2031', comment: '', expectedRevision: 0, notifySpeakers: false });
    expect([r.name, r.mailsQueued, await db.outboxMail.count({ where: { conferenceId: f.conference.id } })]).toEqual(['2031', 0, 0]);
    expect((await o.releases.checklist({ slug: f.slug })).suggestedName).toBe('2032');
  });

  it('releaseSchedule without a name or revision (as an import does) takes the suggested name', async () => {
    const f = await fixture();
    await releaseFirst(f);
    const r = await releaseSchedule(db, { conferenceId: f.conference.id, comment: 'Imported.', userId: null, notifySpeakers: false });
    expect([r.name, r.sessions, r.mailsQueued, summarizeChangelog(r.changelog)]).toEqual(['1.1', 4, 0, 'No changes']);
  });
});

describe('release mails', () => {
  interface Received {
    to: string;
    subject: string;
    attachments: { filename: string; contentType: string; content: string }[];
  }
  let server: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (m) => {
            received.push({
              to: Array.isArray(m.to) ? m.to.map((t) => t.text).join(', ') : (m.to?.text ?? ''),
              subject: m.subject ?? '',
              attachments: m.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
            });
            callback();
          },
          (err: Error) => callback(err),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    received.length = 0;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('carry the session as an iCalendar file, made from the latest release when sent', async () => {
    const f = await fixture();
    await releaseFirst(f);
    const revision = await changeAfterFirst(f);
    const o = await api(f);
    await o.releases.release({ slug: f.slug, name: '', comment: '', expectedRevision: revision });
    const ids = (await db.outboxMail.findMany({ where: { conferenceId: f.conference.id, subject: { contains: 'Schedule 1.1' } }, select: { id: true } })).map((m) => m.id);

    const sent = await o.mail.outbox.send({ slug: f.slug, ids });

    expect([sent.sent, sent.failed]).toEqual([3, []]);
    const cy = received.find((m) => m.to === f.people.cy.user.email)!;
    expect(cy.subject).toBe(`[Release Test ${f.tag}] Schedule 1.1: "Live migration"`);
    expect(cy.attachments.map((a) => [a.filename, a.contentType])).toEqual([[`${f.code.C.toLowerCase()}.ics`, 'text/calendar']]);
    const all = cy.attachments[0]!.content.split('\r\n');
    const lines = all.slice(all.indexOf('BEGIN:VEVENT'));
    expect(['UID', 'DTSTART', 'DTEND', 'SEQUENCE', 'SUMMARY', 'LOCATION'].map((k) => lines.find((l) => l.startsWith(`${k}:`) || l.startsWith(`${k};`)))).toEqual([
      `UID:${stableGuid('session', f.conference.id, f.code.C, null)}`,
      'DTSTART;TZID=Europe/Madrid:20310603T110000',
      'DTEND;TZID=Europe/Madrid:20310603T113000',
      'SEQUENCE:1',
      'SUMMARY:Live migration',
      'LOCATION:Auditorium',
    ]);
    // Bob's session was cancelled: its file cancels the event he may have imported (same UID, SEQUENCE up, STATUS:CANCELLED).
    const bob = received.find((m) => m.to === f.people.bob.user.email)!;
    expect(bob.attachments.map((a) => [a.filename, a.contentType])).toEqual([[`${f.code.B.toLowerCase()}.ics`, 'text/calendar']]);
    const bobLines = bob.attachments[0]!.content.split('\r\n');
    const bobEvent = bobLines.slice(bobLines.indexOf('BEGIN:VEVENT'));
    expect([
      bobLines.find((l) => l.startsWith('METHOD:')),
      ...['UID', 'DTSTART', 'SEQUENCE', 'SUMMARY', 'LOCATION', 'URL', 'STATUS'].map((k) => bobEvent.find((l) => l.startsWith(`${k}:`) || l.startsWith(`${k};`))),
    ]).toEqual([
      'METHOD:CANCEL',
      `UID:${stableGuid('session', f.conference.id, f.code.B, null)}`,
      'DTSTART;TZID=Europe/Madrid:20310603T090000',
      'SEQUENCE:1',
      'SUMMARY:Virtio deep dive',
      'LOCATION:Sala Gaudí',
      `URL:http://localhost:3000/${f.slug}/changelog#release-1.1`,
      'STATUS:CANCELLED',
    ]);
    // A moved session's file is a plain update.
    expect([all.find((l) => l.startsWith('METHOD:')), lines.find((l) => l.startsWith('STATUS:'))]).toEqual(['METHOD:PUBLISH', 'STATUS:CONFIRMED']);
    // Other mails carry no attachment.
    const other = await db.outboxMail.create({ data: { conferenceId: f.conference.id, to: 'plain@example.test', subject: 'Plain', body: 'Hi', templateKey: 'ACCEPTED', submissionId: f.sessions.C.id } });
    await o.mail.outbox.send({ slug: f.slug, ids: [other.id] });
    expect(received.find((m) => m.to === 'plain@example.test')?.attachments).toEqual([]);
  });
  it('a release mail queued before SCHEDULE_CHANGED existed (no template key, a session) still gets its calendar file', async () => {
    const f = await fixture();
    await releaseFirst(f);
    const o = await api(f);
    const old = await db.outboxMail.create({
      data: { conferenceId: f.conference.id, to: 'old-row@example.test', subject: 'Schedule 1.0 (old row)', body: 'Hi', templateKey: null, submissionId: f.sessions.A.id },
    });

    expect((await o.mail.outbox.send({ slug: f.slug, ids: [old.id] })).sent).toBe(1);

    const mail = received.find((m) => m.to === 'old-row@example.test')!;
    expect(mail.attachments.map((a) => a.filename)).toEqual([`${f.code.A.toLowerCase()}.ics`]);
    expect(mail.attachments[0]!.content).toContain('DTSTART;TZID=Europe/Madrid:20310603T090000\r\n');
  });
});

describe('public.changelog', () => {
  it('is empty before the first release and refuses an unknown conference', async () => {
    const f = await fixture();
    const anonymous = await callerFor(null);
    const log = await anonymous.public.changelog({ slug: f.slug });
    expect([log.releases, log.conference.name, log.createdAt]).toEqual([[], `Release Test ${f.tag}`, f.conference.createdAt]);
    expect(await failure(anonymous.public.changelog({ slug: 'no-such-conference' }))).toEqual({ code: 'NOT_FOUND', fields: undefined, message: 'No conference "no-such-conference".' });
  });
});

describe('releases: who may call', () => {
  const calls: Record<string, (api: Api, f: Fixture) => Promise<unknown>> = {
    checklist: (a, f) => a.releases.checklist({ slug: f.slug }),
    release: (a, f) => a.releases.release({ slug: f.slug, name: '9.9', comment: '', expectedRevision: 0 }),
    list: (a, f) => a.releases.list({ slug: f.slug }),
  };

  it.each(Object.entries(calls))("%s refuses anonymous, a speaker, a reviewer and another conference's organizer, changing nothing", async (_name, call) => {
    const f = await fixture();
    const reviewer = await makeReviewer(db, f.conference.id);
    const stranger = await makeMember(db, (await makeConference(db)).id, 'ORGANIZER');
    const before = await snapshot(f);
    expect(await failure(call(await callerFor(null), f))).toEqual({ code: 'UNAUTHORIZED', fields: undefined, message: 'Please sign in first.' });
    for (const who of [f.people.ada.user.id, reviewer.id, stranger.id]) {
      expect(await failure(call(await callerFor(who), f))).toEqual({ code: 'FORBIDDEN', fields: undefined, message: 'Only the organizers of this conference may do this.' });
    }
    expect(await snapshot(f)).toEqual(before);
  });
});
