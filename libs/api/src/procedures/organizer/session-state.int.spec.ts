// Organizers cancel a session (and take it back) on the demo seed: who may call, the states it applies to, what it
// does to the work-in-progress grid and its audit, and that the next release's changelog lists exactly the
// cancellation while the public agenda keeps serving the previous release until then.
import { describe, expect, it } from 'vitest';
import { makeConference, makeMember, makeSpeakerAccount, makeSubmittedProposal } from '@podium/db/testing';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi, type Api } from '../../testing.int-helpers.ts';

const { db, callerFor, userId, conferenceId } = useTestApi();
const slug = 'kvm-forum-2012';

const organizer = async () => callerFor(await userId('organizer@podium.test'));

/** Everything a refused call must leave alone. */
const snapshot = async () => ({
  states: await db.submission.findMany({ where: { conference: { slug } }, orderBy: { code: 'asc' }, select: { code: true, state: true } }),
  slots: await db.scheduleSlot.findMany({ where: { version: { conference: { slug } } }, orderBy: { id: 'asc' } }),
  revision: (await db.scheduleVersion.findFirstOrThrow({ where: { conference: { slug }, releasedAt: null } })).revision,
  audit: await db.auditLogEntry.count(),
  outbox: await db.outboxMail.count(),
});

/** The session's slot in the work-in-progress version. */
const wipSlot = (code: string) =>
  db.scheduleSlot.findFirstOrThrow({ where: { submission: { code, conference: { slug } }, version: { releasedAt: null } }, select: { roomId: true, start: true, end: true } });

describe('organizer.cancelSession and organizer.restoreSession: who may call', () => {
  const calls: Record<string, (api: Api) => Promise<unknown>> = {
    cancelSession: (api) => api.organizer.cancelSession({ slug, code: 'KVMQOM' }),
    restoreSession: (api) => api.organizer.restoreSession({ slug, code: 'KVMQOM' }),
  };

  it.each(Object.entries(calls))(
    "%s refuses anonymous callers, the session's own speaker, a reviewer and another conference's organizer, changing nothing",
    async (_name, call) => {
      // The demo speaker co-presents KVMQOM: being its speaker gives no right to cancel it.
      const profile = await db.speakerProfile.findFirstOrThrow({ where: { user: { email: 'speaker@podium.test' }, conference: { slug } } });
      const submission = await db.submission.findFirstOrThrow({ where: { code: 'KVMQOM', conference: { slug } } });
      await db.submissionSpeaker.upsert({
        where: { submissionId_speakerProfileId: { submissionId: submission.id, speakerProfileId: profile.id } },
        create: { submissionId: submission.id, speakerProfileId: profile.id, position: 9 },
        update: {},
      });
      const other = await makeConference(db);
      const stranger = await makeMember(db, other.id, 'ORGANIZER');
      const before = await snapshot();
      expect(await failure(call(await callerFor(null)))).toEqual({ code: 'UNAUTHORIZED', fields: undefined, message: 'Please sign in first.' });
      for (const who of [await userId('speaker@podium.test'), await userId('reviewer@podium.test'), stranger.id]) {
        expect(await failure(call(await callerFor(who)))).toEqual({ code: 'FORBIDDEN', fields: undefined, message: 'Only the organizers of this conference may do this.' });
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  it('refuses an organizer of another conference even for a session code that exists there too', async () => {
    const other = await makeConference(db);
    const otherOrganizer = await makeMember(db, other.id, 'ORGANIZER');
    const f = await failure((await callerFor(otherOrganizer.id)).organizer.cancelSession({ slug, code: 'KVMKEY' }));
    expect(f.code).toBe('FORBIDDEN');
    expect((await db.submission.findFirstOrThrow({ where: { code: 'KVMKEY', conference: { slug } } })).state).toBe('CONFIRMED');
  });
});

describe('organizer.cancelSession', () => {
  it('cancels a confirmed session: CANCELED, off the grid, audited, the revision up; the next release lists exactly it as cancelled', async () => {
    const api = await organizer();
    const placed = await wipSlot('KVMVIO');
    const before = await snapshot();

    const r = await api.organizer.cancelSession({ slug, code: 'KVMVIO' });

    expect(r).toEqual({
      code: 'KVMVIO',
      title: 'Virtio & Networking Status and Challenges',
      state: 'CANCELED',
      unscheduled: { roomId: placed.roomId, start: new Date('2012-11-08T08:15:00Z'), end: new Date('2012-11-08T09:00:00Z') },
      revision: before.revision + 1,
    });
    expect((await db.submission.findFirstOrThrow({ where: { code: 'KVMVIO', conference: { slug } } })).state).toBe('CANCELED');
    expect(await wipSlot('KVMVIO')).toEqual({ roomId: null, start: null, end: null });
    // The released 1.0 is immutable: it still places the session.
    const released = await db.scheduleSlot.findFirstOrThrow({ where: { submission: { code: 'KVMVIO' }, version: { name: '1.0', conference: { slug } } } });
    expect([released.roomId, released.start]).toEqual([placed.roomId, placed.start]);
    // Nobody is told by the cancellation itself.
    expect(await db.outboxMail.count()).toBe(before.outbox);

    const [entry] = await db.auditLogEntry.findMany({ where: { conferenceId: conferenceId() }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1 });
    const submission = await db.submission.findFirstOrThrow({ where: { code: 'KVMVIO', conference: { slug } } });
    expect([entry!.action, entry!.entity, entry!.entityId, entry!.userId, entry!.before, entry!.after]).toEqual([
      'schedule.session.cancel',
      'Submission',
      submission.id,
      await userId('organizer@podium.test'),
      {
        code: 'KVMVIO',
        title: 'Virtio & Networking Status and Challenges',
        state: 'CONFIRMED',
        placement: { code: 'KVMVIO', roomId: placed.roomId, start: '2012-11-08T08:15:00.000Z', end: '2012-11-08T09:00:00.000Z' },
      },
      { code: 'KVMVIO', title: 'Virtio & Networking Status and Challenges', state: 'CANCELED' },
    ]);
    // The schedule's audit list shows it with the other schedule changes.
    expect((await api.schedule.audit({ slug, limit: 1 })).entries.map((e) => e.action)).toEqual(['schedule.session.cancel']);

    // The grid neither places nor offers it.
    const grid = await api.schedule.grid({ slug });
    expect([grid.slots.some((s) => s.code === 'KVMVIO'), grid.unscheduled.some((s) => s.code === 'KVMVIO'), grid.revision]).toEqual([false, false, r.revision]);

    // The changelog-to-be: exactly this cancellation.
    const c = await api.releases.checklist({ slug });
    expect([c.revision, c.changelog.summary, c.changelog.added, c.changelog.moved]).toEqual([r.revision, '1 cancelled', [], []]);
    expect(c.changelog.cancelled.map((s) => [s.code, s.from.roomName, s.from.day, s.from.time, s.from.offset])).toEqual([
      ['KVMVIO', 'Auditorium', 'Thu 8 Nov 2012', '09:15–10:00', 'UTC+01:00'],
    ]);

    // Until the next release the public agenda serves 1.0 with the session; after it, the session is gone and the
    // public changelog lists the cancellation.
    const anonymous = await callerFor(null);
    const codes = async () => (await anonymous.public.agenda({ slug })).days.flatMap((d) => d.entries.map((e) => e.code));
    expect(await codes()).toContain('KVMVIO');
    const released11 = await api.releases.release({ slug, name: '', comment: 'Virtio talk cancelled.', expectedRevision: c.revision });
    expect([released11.name, released11.changelog.summary]).toEqual(['1.1', '1 cancelled']);
    expect(await codes()).not.toContain('KVMVIO');
    const log = await anonymous.public.changelog({ slug });
    expect([log.releases[0]!.name, log.releases[0]!.changelog.cancelled.map((s) => s.code), log.releases[0]!.changelog.added, log.releases[0]!.changelog.moved]).toEqual([
      '1.1',
      ['KVMVIO'],
      [],
      [],
    ]);
  });

  it('cancels an accepted session that is not on the grid: nothing to take off', async () => {
    const id = conferenceId();
    const p = await makeSubmittedProposal(db, id, { state: 'ACCEPTED', title: 'Accepted, not placed' });
    const r = await (await organizer()).organizer.cancelSession({ slug, code: p.code });
    expect([r.state, r.unscheduled]).toEqual(['CANCELED', null]);
  });

  it.each([
    ['SUBMITTED', 'Only accepted or confirmed sessions can be cancelled; this one is submitted.'],
    ['REJECTED', 'Only accepted or confirmed sessions can be cancelled; this one is rejected.'],
    ['WITHDRAWN', 'Only accepted or confirmed sessions can be cancelled; this one is withdrawn.'],
    ['CANCELED', 'This session is already cancelled.'],
  ] as const)('refuses a %s proposal with a clear CONFLICT, changing nothing', async (state, message) => {
    const p = await makeSubmittedProposal(db, conferenceId(), { state });
    const before = await snapshot();
    expect(await failure((await organizer()).organizer.cancelSession({ slug, code: p.code }))).toEqual({ code: 'CONFLICT', fields: {}, message });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown code as NOT_FOUND, changing nothing', async () => {
    const before = await snapshot();
    expect(await failure((await organizer()).organizer.cancelSession({ slug, code: 'NOPE42' }))).toEqual({
      code: 'NOT_FOUND',
      fields: {},
      message: 'There is no session NOPE42 in this conference.',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('lets an admin, who is no member, cancel (admins manage every conference)', async () => {
    const r = await (await callerFor(await userId('admin@podium.test'))).organizer.cancelSession({ slug, code: 'KVMMEM' });
    expect(r.state).toBe('CANCELED');
  });
});

describe('organizer.restoreSession', () => {
  it('takes a cancellation back: accepted (its speakers confirm again), off the grid until placed, audited', async () => {
    const api = await organizer();
    await api.organizer.cancelSession({ slug, code: 'KVMLGF' });
    const before = await snapshot();

    const r = await api.organizer.restoreSession({ slug, code: 'KVMLGF' });

    expect(r).toEqual({ code: 'KVMLGF', title: 'New Features in libguestfs and the Virt Tools', state: 'ACCEPTED', revision: before.revision + 1 });
    const grid = await api.schedule.grid({ slug });
    expect([grid.slots.some((s) => s.code === 'KVMLGF'), grid.unscheduled.find((s) => s.code === 'KVMLGF')?.state]).toEqual([false, 'ACCEPTED']);
    const audit = await api.schedule.audit({ slug, limit: 2 });
    expect(audit.entries.map((e) => [e.action, e.before, e.after])).toEqual([
      [
        'schedule.session.restore',
        { code: 'KVMLGF', title: 'New Features in libguestfs and the Virt Tools', state: 'CANCELED' },
        { code: 'KVMLGF', title: 'New Features in libguestfs and the Virt Tools', state: 'ACCEPTED' },
      ],
      ['schedule.session.cancel', expect.objectContaining({ state: 'CONFIRMED' }), expect.objectContaining({ state: 'CANCELED' })],
    ]);
    // Its speaker may confirm again in the portal; an organizer may cancel it again.
    expect((await api.organizer.cancelSession({ slug, code: 'KVMLGF' })).state).toBe('CANCELED');
  });

  it('clears a placement left on a session cancelled outside the app, so it does not come back unchecked', async () => {
    const id = conferenceId();
    const { profile } = await makeSpeakerAccount(db, id);
    const p = await makeSubmittedProposal(db, id, { state: 'CANCELED', speakerProfileIds: [profile.id] });
    const wip = await db.scheduleVersion.findFirstOrThrow({ where: { conferenceId: id, releasedAt: null } });
    const room = await db.room.findFirstOrThrow({ where: { conferenceId: id, name: 'Auditorium' } });
    await db.scheduleSlot.create({ data: { versionId: wip.id, submissionId: p.id, roomId: room.id, start: new Date('2012-11-07T08:00:00Z'), end: new Date('2012-11-07T08:15:00Z') } });

    await (await organizer()).organizer.restoreSession({ slug, code: p.code });

    expect(await db.scheduleSlot.findFirstOrThrow({ where: { versionId: wip.id, submissionId: p.id }, select: { roomId: true, start: true, end: true } })).toEqual({
      roomId: null,
      start: null,
      end: null,
    });
  });

  it.each([
    ['CONFIRMED', 'Only a cancelled session can be restored; this one is confirmed.'],
    ['ACCEPTED', 'Only a cancelled session can be restored; this one is accepted.'],
    ['WITHDRAWN', 'Only a cancelled session can be restored; this one is withdrawn.'],
  ] as const)('refuses a %s proposal with a clear CONFLICT, changing nothing', async (state, message) => {
    const p = await makeSubmittedProposal(db, conferenceId(), { state });
    const before = await snapshot();
    expect(await failure((await organizer()).organizer.restoreSession({ slug, code: p.code }))).toEqual({ code: 'CONFLICT', fields: {}, message });
    expect(await snapshot()).toEqual(before);
  });
});
