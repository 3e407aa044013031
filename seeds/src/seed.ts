// Builds the demo conference (and, for demos, the demo accounts) idempotently: every row is found by its natural
// key and updated, never duplicated. Running it again restores the demo facts.

import { createHash } from 'node:crypto';
import { TeamRole, SubmissionState, type Db } from '@podium/db';
import { hashPassword, verifyPassword } from '@podium/auth';
import { dateKeysBetween, zonedLocalToUtc } from '@podium/domain';
import { kvmForum2012 } from './kvm-forum-2012.ts';

export const DEMO_PASSWORD = 'podium-demo';

export const DEMO_ACCOUNTS = [
  { email: 'admin@podium.test', name: 'Ada Admin', isAdmin: true, teamRole: null },
  { email: 'organizer@podium.test', name: 'Olga Organizer', isAdmin: false, teamRole: TeamRole.ORGANIZER },
  { email: 'reviewer@podium.test', name: 'Rémy Reviewer', isAdmin: false, teamRole: TeamRole.REVIEWER },
  { email: 'speaker@podium.test', name: 'Sam Speaker', isAdmin: false, teamRole: null },
] as const;

/** The first release of the demo schedule went out two weeks before the conference. */
const RELEASE_1_0_AT = new Date('2012-10-24T10:00:00Z');
/** The speakers' bios were approved before that release; one speaker sent a newer bio afterwards (pending approval). */
const BIOS_APPROVED_AT = new Date('2012-10-22T10:00:00Z');
const PENDING_BIO_SINCE = new Date('2012-10-30T08:30:00Z');

export interface SeedOptions {
  demoAccounts: boolean;
  /** scrypt cost for the demo passwords (tests lower it). */
  passwordCost?: number;
}

export interface SeedReport {
  conferenceId: string;
  sessions: number;
  speakers: number;
  release: string;
}

/** A stable short code for a speaker, derived from the seed key. */
function speakerCode(key: string): string {
  return createHash('sha256').update(`speaker:${key}`).digest('base64url').replace(/[^A-Za-z0-9]/g, '').slice(0, 6).toUpperCase();
}

export async function seedDemoConference(db: Db, options: SeedOptions): Promise<SeedReport> {
  const data = kvmForum2012;
  const c = data.conference;
  const conference = await db.conference.upsert({
    where: { slug: c.slug },
    create: { slug: c.slug, name: c.name, location: c.location, description: c.description, startDate: new Date(c.startDate), endDate: new Date(c.endDate), timeZone: c.timeZone },
    update: { name: c.name, location: c.location, description: c.description, startDate: new Date(c.startDate), endDate: new Date(c.endDate), timeZone: c.timeZone },
  });
  const conferenceId = conference.id;

  // Schedulable hours of each conference day, local time.
  for (const date of dateKeysBetween(c.startDate, c.endDate)) {
    const hours = { start: zonedLocalToUtc(date, '09:00', c.timeZone), end: zonedLocalToUtc(date, '18:30', c.timeZone) };
    await db.scheduleDay.upsert({
      where: { conferenceId_date: { conferenceId, date: new Date(date) } },
      create: { conferenceId, date: new Date(date), ...hours },
      update: hours,
    });
  }

  const trackIds = new Map<string, string>();
  for (const [i, t] of data.tracks.entries()) {
    const row = await db.track.upsert({
      where: { conferenceId_name: { conferenceId, name: t.name } },
      create: { conferenceId, name: t.name, color: t.color, description: t.description, position: i },
      update: { color: t.color, description: t.description, position: i },
    });
    trackIds.set(t.name, row.id);
  }
  const roomIds = new Map<string, string>();
  for (const r of data.rooms) {
    const row = await db.room.upsert({
      where: { conferenceId_name: { conferenceId, name: r.name } },
      create: { conferenceId, name: r.name, capacity: r.capacity, position: r.position },
      update: { capacity: r.capacity, position: r.position },
    });
    roomIds.set(r.name, row.id);
  }
  const typeIds = new Map<string, string>();
  for (const t of data.sessionTypes) {
    const row = await db.sessionType.upsert({
      where: { conferenceId_name: { conferenceId, name: t.name } },
      create: { conferenceId, name: t.name, defaultDurationMinutes: t.defaultDurationMinutes },
      update: { defaultDurationMinutes: t.defaultDurationMinutes },
    });
    typeIds.set(t.name, row.id);
  }

  const profileIds = new Map<string, string>();
  for (const s of data.speakers) {
    const user = await db.user.upsert({ where: { email: s.email }, create: { email: s.email, name: s.name }, update: { name: s.name } });
    // The public sees the approved copy (bio); the working copy is the speaker's newer bio where they sent one.
    const bios = {
      bio: s.pendingBio ?? s.bio,
      links: [],
      approvedBio: s.bio,
      approvedLinks: [],
      bioApprovedAt: BIOS_APPROVED_AT,
      bioApprovedById: null,
      bioChangedAt: s.pendingBio ? PENDING_BIO_SINCE : null,
    };
    const profile = await db.speakerProfile.upsert({
      where: { conferenceId_userId: { conferenceId, userId: user.id } },
      create: { conferenceId, userId: user.id, code: speakerCode(s.key), ...bios },
      update: bios,
    });
    profileIds.set(s.key, profile.id);
  }

  let wip = await db.scheduleVersion.findFirst({ where: { conferenceId, releasedAt: null } });
  wip ??= await db.scheduleVersion.create({ data: { conferenceId } });

  const placements: { submissionId: string; roomId: string; start: Date; end: Date }[] = [];
  const typeMinutes = new Map(data.sessionTypes.map((t) => [t.name, t.defaultDurationMinutes]));
  for (const s of data.sessions) {
    const sessionTypeId = typeIds.get(s.sessionType)!;
    const start = zonedLocalToUtc(s.date, s.start, c.timeZone);
    const end = zonedLocalToUtc(s.date, s.end, c.timeZone);
    const minutes = Math.round((end.getTime() - start.getTime()) / 60000);
    const fields = {
      title: s.title,
      abstract: s.abstract,
      state: SubmissionState.CONFIRMED,
      sessionTypeId,
      trackId: trackIds.get(s.track) ?? null,
      // Only where the session differs from its type's default (e.g. a 45-minute talk).
      durationMinutes: minutes === typeMinutes.get(s.sessionType) ? null : minutes,
    };
    const submission = await db.submission.upsert({
      where: { conferenceId_code: { conferenceId, code: s.code } },
      create: { conferenceId, code: s.code, ...fields },
      update: fields,
    });
    const wanted = s.speakerKeys.map((k) => profileIds.get(k)!);
    await db.submissionSpeaker.deleteMany({ where: { submissionId: submission.id, speakerProfileId: { notIn: wanted } } });
    for (const [position, speakerProfileId] of wanted.entries()) {
      await db.submissionSpeaker.upsert({
        where: { submissionId_speakerProfileId: { submissionId: submission.id, speakerProfileId } },
        create: { submissionId: submission.id, speakerProfileId, position },
        update: { position },
      });
    }
    const placement = {
      submissionId: submission.id,
      roomId: roomIds.get(s.room)!,
      start,
      end,
    };
    placements.push(placement);
    const { submissionId, ...where } = placement;
    await db.scheduleSlot.upsert({
      where: { versionId_submissionId: { versionId: wip.id, submissionId } },
      create: { versionId: wip.id, ...placement },
      update: where,
    });
  }

  // Release 1.0 once: a released version is immutable, so a second run leaves it as it is.
  const released = await db.scheduleVersion.findUnique({ where: { conferenceId_name: { conferenceId, name: '1.0' } } });
  if (!released) {
    await db.scheduleVersion.create({
      data: {
        conferenceId,
        name: '1.0',
        comment: 'First public schedule.',
        releasedAt: RELEASE_1_0_AT,
        slots: { create: placements },
      },
    });
  }

  if (options.demoAccounts) await seedDemoAccounts(db, conferenceId, options.passwordCost);
  return { conferenceId, sessions: data.sessions.length, speakers: data.speakers.length, release: '1.0' };
}

const DEMO_SPEAKER_BIO = 'Demo speaker account: sign in to try the speaker portal.';

async function seedDemoAccounts(db: Db, conferenceId: string, passwordCost?: number) {
  for (const a of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: a.email } });
    // Keep an existing hash when it still matches, so re-seeding does not pay for scrypt again.
    const keep = existing?.passwordHash && (await verifyPassword(DEMO_PASSWORD, existing.passwordHash));
    const passwordHash = keep ? existing.passwordHash! : await hashPassword(DEMO_PASSWORD, passwordCost ? { N: passwordCost } : {});
    const user = await db.user.upsert({
      where: { email: a.email },
      create: { email: a.email, name: a.name, isAdmin: a.isAdmin, passwordHash },
      update: { name: a.name, isAdmin: a.isAdmin, passwordHash },
    });
    if (a.teamRole) {
      await db.membership.upsert({
        where: { userId_conferenceId_role: { userId: user.id, conferenceId, role: a.teamRole } },
        create: { userId: user.id, conferenceId, role: a.teamRole },
        update: {},
      });
    }
    if (a.email === 'speaker@podium.test') {
      await db.speakerProfile.upsert({
        where: { conferenceId_userId: { conferenceId, userId: user.id } },
        create: {
          conferenceId,
          userId: user.id,
          code: speakerCode('demo-speaker'),
          bio: DEMO_SPEAKER_BIO,
          approvedBio: DEMO_SPEAKER_BIO,
          bioApprovedAt: BIOS_APPROVED_AT,
        },
        update: {},
      });
    }
  }
}
