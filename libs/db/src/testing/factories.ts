// Factories that write real rows (pretalx: "we use real factories"). Each returns what it created; every argument
// has a sensible default so a test names only what it is about.

import { randomBytes } from 'node:crypto';
import type { Db } from '../client.ts';
import { TeamRole, SubmissionState } from '../generated/prisma/enums.ts';

const uniq = () => randomBytes(4).toString('hex');

export async function makeConference(db: Db, overrides: Partial<{ slug: string; name: string; timeZone: string; startDate: string; endDate: string }> = {}) {
  const u = uniq();
  return db.conference.create({
    data: {
      slug: overrides.slug ?? `conf-${u}`,
      name: overrides.name ?? `Conference ${u}`,
      timeZone: overrides.timeZone ?? 'Europe/Madrid',
      startDate: new Date(overrides.startDate ?? '2030-05-06'),
      endDate: new Date(overrides.endDate ?? '2030-05-07'),
    },
  });
}

export async function makeUser(
  db: Db,
  overrides: Partial<{ email: string; name: string; isAdmin: boolean; passwordHash: string | null }> = {},
) {
  const u = uniq();
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${u}@example.test`,
      name: overrides.name ?? `User ${u}`,
      isAdmin: overrides.isAdmin ?? false,
      passwordHash: overrides.passwordHash ?? null,
    },
  });
}

export async function makeMember(db: Db, conferenceId: string, role: keyof typeof TeamRole, overrides: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(db, overrides);
  await db.membership.create({ data: { userId: user.id, conferenceId, role: TeamRole[role] } });
  return user;
}

export async function makeSession(
  db: Db,
  conferenceId: string,
  overrides: Partial<{ title: string; state: keyof typeof SubmissionState; speakerName: string }> = {},
) {
  const u = uniq();
  const type =
    (await db.sessionType.findFirst({ where: { conferenceId } })) ??
    (await db.sessionType.create({ data: { conferenceId, name: 'Talk', defaultDurationMinutes: 30 } }));
  const user = await makeUser(db, { name: overrides.speakerName ?? `Speaker ${u}` });
  const profile = await db.speakerProfile.create({ data: { conferenceId, userId: user.id, code: `S${u}`.toUpperCase(), bio: `Bio of ${user.name}` } });
  return db.submission.create({
    data: {
      conferenceId,
      code: `T${u}`.toUpperCase(),
      title: overrides.title ?? `Session ${u}`,
      abstract: `Abstract ${u}`,
      state: SubmissionState[overrides.state ?? 'CONFIRMED'],
      sessionTypeId: type.id,
      speakers: { create: { speakerProfileId: profile.id } },
    },
    include: { speakers: { include: { speakerProfile: true } } },
  });
}
