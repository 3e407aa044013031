import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { makeConference, makeMember, makeUser } from '@podium/db/testing';
import { seedDemoConference } from '@podium/seeds';
import { useTestApi } from './testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi();
const slug = 'kvm-forum-2012';

async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
  return 'OK';
}

describe('public agenda', () => {
  it('lists the demo conference', async () => {
    const list = await (await callerFor(null)).public.listConferences();
    expect(list.map((c) => [c.slug, c.startDate, c.endDate, c.timeZone])).toEqual([[slug, '2012-11-07', '2012-11-09', 'Europe/Madrid']]);
  });

  it('shows the released 16 sessions on their local days, keynote 09:00–09:15 on 7 Nov', async () => {
    const agenda = await (await callerFor(null)).public.agenda({ slug });
    expect(agenda.release?.name).toBe('1.0');
    expect(agenda.offset).toBe('UTC+01:00');
    expect(agenda.days.map((d) => [d.date, d.entries.length])).toEqual([
      ['2012-11-07', 13],
      ['2012-11-08', 3],
      ['2012-11-09', 0],
    ]);
    const keynote = agenda.days[0]?.entries[0];
    expect([keynote?.title, keynote?.localStart, keynote?.localEnd, keynote?.speakers.map((s) => s.name)]).toEqual([
      'Keynote Address',
      '09:00',
      '09:15',
      ['Avi Kivity'],
    ]);
    expect(keynote?.start.toISOString()).toBe('2012-11-07T08:00:00.000Z');
  });

  it('never shows the work in progress: a move there leaves the public agenda as released', async () => {
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const wip = await db.scheduleVersion.findFirstOrThrow({ where: { conferenceId: conference.id, releasedAt: null } });
    const keynote = await db.submission.findFirstOrThrow({ where: { conferenceId: conference.id, code: 'KVMKEY' } });
    await db.scheduleSlot.update({
      where: { versionId_submissionId: { versionId: wip.id, submissionId: keynote.id } },
      data: { start: new Date('2012-11-07T16:00:00Z'), end: new Date('2012-11-07T16:15:00Z') },
    });
    const agenda = await (await callerFor(null)).public.agenda({ slug });
    expect(agenda.days[0]?.entries[0]?.localStart).toBe('09:00');
    await seedDemoConference(db, { demoAccounts: false }); // restore the WIP slot for the other tests
  });

  it('gives a session page with local time and offset, speakers and bios', async () => {
    const { session } = await (await callerFor(null)).public.session({ slug, code: 'KVMKEY' });
    expect([session.title, session.date, session.timeRange, session.offset, session.room.name]).toEqual([
      'Keynote Address',
      '2012-11-07',
      '09:00–09:15',
      'UTC+01:00',
      'Auditorium',
    ]);
    expect(session.speakers.map((s) => s.name)).toEqual(['Avi Kivity']);
    expect(session.speakers[0]?.bio.length).toBeGreaterThan(20);
  });

  it('gives a speaker page with their released sessions', async () => {
    const { session } = await (await callerFor(null)).public.session({ slug, code: 'KVMKEY' });
    const speaker = await (await callerFor(null)).public.speaker({ slug, code: session.speakers[0]!.code });
    expect(speaker.speaker.name).toBe('Avi Kivity');
    expect(speaker.sessions.map((s) => s.title)).toEqual(['Keynote Address']);
  });

  it.each([
    ['an unknown conference', () => callerFor(null).then((c) => c.public.agenda({ slug: 'nope' }))],
    ['an unknown session', () => callerFor(null).then((c) => c.public.session({ slug, code: 'NOPE42' }))],
    // The demo speaker account has a profile but no released session: not public.
    ['a speaker without released sessions', async () => {
      const profile = await db.speakerProfile.findFirstOrThrow({ where: { user: { email: 'speaker@podium.test' } } });
      return (await callerFor(null)).public.speaker({ slug, code: profile.code });
    }],
  ])('answers NOT_FOUND for %s', async (_what, call) => {
    expect(await errorCode(call())).toBe('NOT_FOUND');
  });
});

describe('organizer API: who may call it', () => {
  it.each([
    ['anonymous', null, 'UNAUTHORIZED'],
    ['the speaker', 'speaker@podium.test', 'FORBIDDEN'],
    ['a reviewer', 'reviewer@podium.test', 'FORBIDDEN'],
    ['an organizer', 'organizer@podium.test', 'OK'],
    ['the admin', 'admin@podium.test', 'OK'],
  ])('%s calling overview and sessions gets %s', async (_who, email, expected) => {
    const api = await callerFor(email ? await userId(email) : null);
    expect(await errorCode(api.organizer.overview({ slug }))).toBe(expected);
    expect(await errorCode(api.organizer.sessions({ slug }))).toBe(expected);
  });

  it('an organizer of another conference gets FORBIDDEN here, and the same for a slug that does not exist', async () => {
    const other = await makeConference(db);
    const stranger = await makeMember(db, other.id, 'ORGANIZER');
    const api = await callerFor(stranger.id);
    expect(await errorCode(api.organizer.overview({ slug }))).toBe('FORBIDDEN');
    expect(await errorCode(api.organizer.overview({ slug: 'no-such-conference' }))).toBe('FORBIDDEN');
    expect(await errorCode(api.organizer.overview({ slug: other.slug }))).toBe('OK');
  });

  it('a user deleted after sign-in is treated as anonymous', async () => {
    const gone = await makeUser(db);
    await db.user.delete({ where: { id: gone.id } });
    expect(await errorCode((await callerFor(gone.id)).organizer.overview({ slug }))).toBe('UNAUTHORIZED');
  });

  it('the overview counts what the database holds', async () => {
    const api = await callerFor(await userId('organizer@podium.test'));
    const { counts, latestRelease } = await api.organizer.overview({ slug });
    expect(counts).toEqual({
      sessions: 16,
      byState: { DRAFT: 0, SUBMITTED: 0, ACCEPTED: 0, REJECTED: 0, WAITLISTED: 0, CONFIRMED: 16, WITHDRAWN: 0, CANCELED: 0 },
      rooms: 3,
      tracks: 2,
      sessionTypes: 4,
      speakers: 17, // 16 seed speakers + the demo speaker account
      scheduled: 16,
      releases: 1,
    });
    expect(latestRelease?.name).toBe('1.0');
  });

  it('lists sessions with their work-in-progress slot in local time', async () => {
    const api = await callerFor(await userId('organizer@podium.test'));
    const { sessions } = await api.organizer.sessions({ slug });
    expect(sessions).toHaveLength(16);
    const keynote = sessions.find((s) => s.code === 'KVMKEY');
    expect([keynote?.slot?.date, keynote?.slot?.timeRange, keynote?.slot?.room, keynote?.durationMinutes]).toEqual([
      'Wed, 7 Nov 2012',
      '09:00–09:15',
      'Auditorium',
      15,
    ]);
    // A 45-minute talk of a 40-minute type keeps its own duration.
    expect(sessions.find((s) => s.code === 'OVNODE')?.durationMinutes).toBe(45);
  });

  it('myConferences shows staff their conferences with roles, and nothing to a speaker', async () => {
    const reviewer = await (await callerFor(await userId('reviewer@podium.test'))).organizer.myConferences();
    expect(reviewer.conferences.map((c) => [c.slug, c.roles, c.canManage])).toEqual([[slug, ['REVIEWER'], false]]);
    const speaker = await (await callerFor(await userId('speaker@podium.test'))).organizer.myConferences();
    expect(speaker.conferences).toEqual([]);
    expect(await errorCode((await callerFor(null)).organizer.myConferences())).toBe('UNAUTHORIZED');
  });

  it('rejects a malformed slug with BAD_REQUEST before touching anything', async () => {
    const api = await callerFor(await userId('organizer@podium.test'));
    expect(await errorCode(api.organizer.overview({ slug: '' }))).toBe('BAD_REQUEST');
  });
});
