import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@podium/db';
import { createTestDatabase, type TestDatabase } from '@podium/db/testing';
import { verifyPassword } from '@podium/auth';
import { DEMO_PASSWORD, seedDemoConference } from './seed.ts';
import { kvmForum2012 } from './kvm-forum-2012.ts';

let testDb: TestDatabase;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDb(testDb.url, { max: 2 });
});
afterAll(async () => {
  await db?.$disconnect();
  await testDb?.stop();
});

async function counts() {
  return {
    conferences: await db.conference.count(),
    users: await db.user.count(),
    memberships: await db.membership.count(),
    tracks: await db.track.count(),
    rooms: await db.room.count(),
    sessionTypes: await db.sessionType.count(),
    profiles: await db.speakerProfile.count(),
    submissions: await db.submission.count(),
    submissionSpeakers: await db.submissionSpeaker.count(),
    versions: await db.scheduleVersion.count(),
    slots: await db.scheduleSlot.count(),
  };
}

describe('seedDemoConference', () => {
  it('creates the demo conference once; a second run duplicates nothing', async () => {
    await seedDemoConference(db, { demoAccounts: true, passwordCost: 1024 });
    const first = await counts();
    expect(first).toEqual({
      conferences: 1,
      users: 16 + 4,
      memberships: 2,
      tracks: 2,
      rooms: 3,
      sessionTypes: 4,
      profiles: 17,
      submissions: 16,
      submissionSpeakers: 16,
      versions: 2, // work in progress + release 1.0
      slots: 32,
    });
    await seedDemoConference(db, { demoAccounts: true, passwordCost: 1024 });
    expect(await counts()).toEqual(first);
  });

  it('restores the demo facts that were changed, and keeps the release frozen', async () => {
    const keynote = await db.submission.findFirstOrThrow({ where: { code: 'KVMKEY' } });
    await db.submission.update({ where: { id: keynote.id }, data: { title: 'Changed' } });
    await seedDemoConference(db, { demoAccounts: false });
    expect((await db.submission.findUniqueOrThrow({ where: { id: keynote.id } })).title).toBe('Keynote Address');
    const release = await db.scheduleVersion.findFirstOrThrow({ where: { name: '1.0' }, include: { _count: { select: { slots: true } } } });
    expect([release.releasedAt?.toISOString(), release._count.slots]).toEqual(['2012-10-24T10:00:00.000Z', 16]);
  });

  it('publishes the seeded bios as approved, and leaves one newer bio waiting for approval', async () => {
    const profiles = await db.speakerProfile.findMany({ where: { user: { email: { endsWith: '@speakers.podium.test' } } }, include: { user: true } });
    const byEmail = new Map(kvmForum2012.speakers.map((s) => [s.email, s]));
    expect(profiles.filter((p) => p.approvedBio !== byEmail.get(p.user.email!)?.bio || !p.bioApprovedAt).map((p) => p.user.email)).toEqual([]);
    const pending = profiles.filter((p) => p.bio !== p.approvedBio);
    expect(pending.map((p) => [p.user.name, p.bio, p.bioChangedAt?.toISOString(), p.bioApprovedAt?.toISOString()])).toEqual([
      ['Rik van Riel', byEmail.get('rik.vanriel@speakers.podium.test')!.pendingBio, '2012-10-30T08:30:00.000Z', '2012-10-22T10:00:00.000Z'],
    ]);
  });

  it('gives the demo accounts the documented password and roles', async () => {
    const users = await db.user.findMany({
      where: { email: { endsWith: '@podium.test', not: { contains: '@speakers.' } } },
      include: { memberships: true },
      orderBy: { email: 'asc' },
    });
    expect(users.map((u) => [u.email, u.isAdmin, u.memberships.map((m) => m.role)])).toEqual([
      ['admin@podium.test', true, []],
      ['organizer@podium.test', false, ['ORGANIZER']],
      ['reviewer@podium.test', false, ['REVIEWER']],
      ['speaker@podium.test', false, []],
    ]);
    for (const u of users) expect(await verifyPassword(DEMO_PASSWORD, u.passwordHash)).toBe(true);
  });
});
