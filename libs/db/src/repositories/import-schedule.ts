// Importing a schedule file (frab/pretalx XML or JSON, pentabarf XML, Sessionize JSON) into a conference: reads what
// the conference holds, lets the domain plan the changes (libs/domain/src/agenda/import-plan.ts: matching, diffs, the
// report), and writes the plan in ONE transaction, in bulk (one INSERT … SELECT FROM unnest per table), so FOSDEM's 773
// events and 684 speakers take about a second. A preview (dryRun) plans without writing. Re-importing the same file
// changes nothing; a changed file updates what changed; sessions the file no longer lists are kept and reported, never
// deleted.

import { randomBytes } from 'node:crypto';
import {
  DomainError,
  isConferenceSlug,
  planImport,
  readScheduleFile,
  type ImportPlan,
  type ImportRef,
  type ImportReport,
  type ImportTarget,
  type ImportedSchedule,
} from '@podium/domain';
import type { Db } from '../client.ts';
import { SubmissionState } from '../generated/prisma/enums.ts';
import type { DbOrTx } from './mail.ts';
import { bumpRevision, createAuditEntry, ensureWorkInProgressVersion, findWorkInProgressVersion } from './schedule-editor.ts';
import { isUniqueViolation } from './speaker-portal.ts';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface ImportScheduleOptions {
  /** The conference to import into. */
  slug: string;
  /** When no conference has this slug: create it from the file (title, dates, time zone). Default true. */
  createIfMissing?: boolean;
  /** The name of a conference the import creates (default: the file's title). */
  name?: string;
  /** Who imports (audit log, bio approval); null for the command line. */
  userId?: string | null;
  /** Plan and report only; nothing is written. */
  dryRun?: boolean;
  /** New public codes (tests); default random. */
  newCode?: () => string;
}

export interface ImportScheduleFileOptions extends ImportScheduleOptions {
  text: string;
  fileName?: string;
  /** IANA zone for files that name none (pentabarf, Sessionize). Default: the conference's zone, else UTC. */
  timeZone?: string;
}

/** Reads a schedule file and imports it: a file without a zone is read in the conference's zone (or `timeZone`). */
export async function importScheduleFile(db: Db, options: ImportScheduleFileOptions): Promise<ImportReport> {
  const { text, fileName, timeZone, ...rest } = options;
  const existing = await db.conference.findUnique({ where: { slug: options.slug }, select: { timeZone: true } });
  const zone = timeZone ?? existing?.timeZone;
  const schedule = readScheduleFile(text, fileName, zone ? { timeZone: zone } : {});
  return importSchedule(db, schedule, rest);
}

/** Imports `schedule` into the conference `options.slug` (see the file comment); returns what it did (or would do). */
export async function importSchedule(db: Db, schedule: ImportedSchedule, options: ImportScheduleOptions): Promise<ImportReport> {
  const found = await db.conference.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (!found) {
    if (options.createIfMissing === false) throw new DomainError('NOT_FOUND', `No conference "${options.slug}".`);
    if (!isConferenceSlug(options.slug)) {
      throw new DomainError('INVALID', `"${options.slug}" cannot be a conference's slug: use 2–64 lower-case letters, digits and single hyphens (e.g. fosdem-2021).`, {
        slug: 'Lower-case letters, digits and hyphens.',
      });
    }
  }
  const name = (options.name?.trim() || schedule.title).slice(0, 200);
  const planOptions = { dryRun: !!options.dryRun, ...(options.newCode && { newCode: options.newCode }) };
  if (options.dryRun) {
    const target = found ? await loadImportTarget(db, found.id, (await findWorkInProgressVersion(db, found.id))?.id ?? null) : newTarget(options.slug, name, schedule.timeZone);
    return planImport(schedule, target, planOptions).report;
  }
  return db.$transaction(
    async (tx) => {
      let conferenceId: string;
      let plan: ImportPlan;
      let versionId: string;
      if (found) {
        conferenceId = found.id;
        versionId = (await ensureWorkInProgressVersion(tx, conferenceId)).id; // locks the conference row
        plan = planImport(schedule, await loadImportTarget(tx, conferenceId, versionId), planOptions);
        if (plan.conference.datesChanged) {
          await tx.conference.update({ where: { id: conferenceId }, data: { startDate: new Date(plan.conference.startDate), endDate: new Date(plan.conference.endDate) } });
        }
      } else {
        plan = planImport(schedule, newTarget(options.slug, name, schedule.timeZone), planOptions);
        const conference = await tx.conference
          .create({
            data: { slug: options.slug, name, timeZone: schedule.timeZone, startDate: new Date(plan.conference.startDate), endDate: new Date(plan.conference.endDate) },
          })
          .catch((err: unknown) => {
            // Someone created a conference with this slug since we looked: import again to import into it.
            if (isUniqueViolation(err)) throw new DomainError('CONFLICT', `A conference "${options.slug}" was created meanwhile; nothing was imported. Import again to import into it.`);
            throw err;
          });
        conferenceId = conference.id;
        versionId = (await tx.scheduleVersion.create({ data: { conferenceId }, select: { id: true } })).id;
      }
      await writePlan(tx, conferenceId, versionId, plan, options.userId ?? null);
      await bumpRevision(tx, versionId);
      const { counts, file } = plan.report;
      await createAuditEntry(tx, {
        conferenceId,
        userId: options.userId ?? null,
        action: 'schedule.import',
        entity: 'Conference',
        entityId: conferenceId,
        before: null,
        after: {
          file: { ...file },
          counts: Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, { ...c }])),
          changes: plan.report.changes.length,
          skipped: plan.report.skipped.length,
          missing: plan.report.missing.length,
        },
      });
      return plan.report;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

function newTarget(slug: string, name: string, timeZone: string): ImportTarget {
  return { conference: { slug, name, timeZone, dates: null }, rooms: [], tracks: [], sessionTypes: [], speakers: [], sessions: [], blocks: [], days: [] };
}

const dateKey = (d: Date) => d.toISOString().slice(0, 10);

/** What the conference holds now, as the import plan compares it (its work-in-progress slots and breaks). */
export async function loadImportTarget(db: DbOrTx, conferenceId: string, versionId: string | null): Promise<ImportTarget> {
  // One query after the other: inside a transaction they share one connection.
  const conference = await db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { slug: true, name: true, timeZone: true, startDate: true, endDate: true } });
  const rooms = await db.room.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, externalId: true, capacity: true, position: true } });
  const tracks = await db.track.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, color: true, position: true } });
  const sessionTypes = await db.sessionType.findMany({ where: { conferenceId }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
  const speakers = await db.speakerProfile.findMany({
    where: { conferenceId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, userId: true, code: true, externalId: true, bio: true, approvedBio: true, user: { select: { name: true, email: true } } },
  });
  const sessions = await db.submission.findMany({
    where: { conferenceId },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      code: true,
      externalId: true,
      title: true,
      abstract: true,
      description: true,
      state: true,
      sessionTypeId: true,
      trackId: true,
      durationMinutes: true,
      speakers: { orderBy: { position: 'asc' }, select: { speakerProfileId: true } },
      slots: { where: { versionId: versionId ?? '' }, select: { roomId: true, start: true, end: true } },
    },
  });
  const blocks = versionId ? await db.scheduleBlock.findMany({ where: { versionId }, orderBy: [{ start: 'asc' }, { id: 'asc' }] }) : [];
  const days = await db.scheduleDay.findMany({ where: { conferenceId }, orderBy: { date: 'asc' }, select: { date: true, start: true, end: true } });
  return {
    conference: { slug: conference.slug, name: conference.name, timeZone: conference.timeZone, dates: { start: dateKey(conference.startDate), end: dateKey(conference.endDate) } },
    rooms,
    tracks,
    sessionTypes,
    speakers: speakers.map((s) => ({
      id: s.id,
      userId: s.userId,
      code: s.code,
      externalId: s.externalId,
      name: s.user.name,
      imported: s.user.email === null,
      bio: s.bio,
      approvedBio: s.approvedBio,
    })),
    sessions: sessions.map(({ speakers: sp, slots, ...s }) => ({ ...s, speakerIds: sp.map((x) => x.speakerProfileId), slot: slots[0] ?? null })),
    blocks: blocks.map((b) => ({ id: b.id, title: b.title, start: b.start, end: b.end, allRooms: b.allRooms, roomIds: b.roomIds })),
    days: days.map((d) => ({ date: dateKey(d.date), start: d.start, end: d.end })),
  };
}

/** A cuid-shaped id ("c" + 24 base-36 characters) for rows created in bulk that need their ids before insertion. */
function newId(): string {
  const bytes = randomBytes(24);
  let id = 'c';
  for (const b of bytes) id += (b % 36).toString(36);
  return id;
}

type Column = 'text' | 'int4' | 'timestamptz' | '"SubmissionState"';

/**
 * Inserts many rows in one statement with one array parameter per column (INSERT … SELECT FROM unnest): on the
 * embedded store about fifteen times faster than createMany, which sends one parameter per value. Table and column
 * names come from this file only, never from input; every value travels as a parameter.
 */
async function bulkInsert(tx: Tx, table: string, columns: Record<string, Column>, rows: Record<string, string | number | Date | null>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${columns[n]}[]`).join(', ')})`;
  await tx.$executeRawUnsafe(sql, ...names.map((n) => rows.map((r) => r[n] ?? null)));
}

/** Resolves a plan reference to a row id: existing rows by id, created ones through `created` (key → id). */
function resolver(kind: string, created: Map<string, string>) {
  return (ref: ImportRef): string => {
    if ('id' in ref) return ref.id;
    const id = created.get(ref.key);
    if (!id) throw new Error(`Import plan refers to a ${kind} it does not create: "${ref.key}".`);
    return id;
  };
}

/** Writes a plan: creates in bulk, updates row by row (only what changed). */
async function writePlan(tx: Tx, conferenceId: string, versionId: string, plan: ImportPlan, userId: string | null): Promise<void> {
  const now = new Date();

  // Days.
  if (plan.days.create.length) await tx.scheduleDay.createMany({ data: plan.days.create.map((d) => ({ conferenceId, date: new Date(d.date), start: d.start, end: d.end })) });
  for (const d of plan.days.update) {
    await tx.scheduleDay.update({ where: { conferenceId_date: { conferenceId, date: new Date(d.date) } }, data: { start: d.start, end: d.end } });
  }

  // Rooms (renames first, so a created room may take a name a renamed one gave up).
  for (const r of plan.rooms.update) await tx.room.update({ where: { id: r.id }, data: r.data });
  const rooms = plan.rooms.create.map((r) => ({ id: newId(), conferenceId, name: r.name, externalId: r.externalId, capacity: r.capacity, position: r.position }));
  await bulkInsert(tx, 'Room', { id: 'text', conferenceId: 'text', name: 'text', externalId: 'text', capacity: 'int4', position: 'int4' }, rooms);
  const room = resolver('room', new Map(rooms.map((r) => [r.name, r.id])));

  // Tracks and session types.
  for (const t of plan.tracks.update) await tx.track.update({ where: { id: t.id }, data: t.data });
  const tracks = plan.tracks.create.map((t) => ({ id: newId(), conferenceId, name: t.name, color: t.color, position: t.position }));
  await bulkInsert(tx, 'Track', { id: 'text', conferenceId: 'text', name: 'text', color: 'text', position: 'int4' }, tracks);
  const track = resolver('track', new Map(tracks.map((t) => [t.name, t.id])));
  const types = plan.sessionTypes.create.length
    ? await tx.sessionType.createManyAndReturn({
        data: plan.sessionTypes.create.map((t) => ({ conferenceId, name: t.name, defaultDurationMinutes: t.defaultDurationMinutes })),
        select: { id: true, name: true },
      })
    : [];
  const type = resolver('session type', new Map(types.map((t) => [t.name, t.id])));

  // Speakers: a user without email or password per new person, and their profile. Imported bios are published at once
  // (bio = approvedBio, approved now), as the file already is public.
  const users = plan.speakers.create.map((s) => ({ id: newId(), name: s.name, updatedAt: now }));
  await bulkInsert(tx, 'User', { id: 'text', name: 'text', updatedAt: 'timestamptz' }, users);
  const profiles = plan.speakers.create.map((s, i) => ({
    id: newId(),
    conferenceId,
    userId: users[i]!.id,
    code: s.code,
    externalId: s.externalId,
    bio: s.bio,
    approvedBio: s.bio,
    bioChangedAt: s.bio ? now : null,
    bioApprovedAt: s.bio ? now : null,
    bioApprovedById: s.bio ? userId : null,
    updatedAt: now,
  }));
  await bulkInsert(
    tx,
    'SpeakerProfile',
    {
      id: 'text',
      conferenceId: 'text',
      userId: 'text',
      code: 'text',
      externalId: 'text',
      bio: 'text',
      approvedBio: 'text',
      bioChangedAt: 'timestamptz',
      bioApprovedAt: 'timestamptz',
      bioApprovedById: 'text',
      updatedAt: 'timestamptz',
    },
    profiles,
  );
  const speaker = resolver('speaker', new Map(plan.speakers.create.map((s, i) => [s.key, profiles[i]!.id])));
  for (const s of plan.speakers.update) {
    if (s.name !== undefined) await tx.user.update({ where: { id: s.userId }, data: { name: s.name } });
    const data = {
      ...(s.externalId !== undefined && { externalId: s.externalId }),
      ...(s.approvedBio !== undefined && { approvedBio: s.approvedBio, bioApprovedAt: now, bioApprovedById: userId }),
      ...(s.bio !== undefined && { bio: s.bio, bioChangedAt: now }),
    };
    if (Object.keys(data).length) await tx.speakerProfile.update({ where: { id: s.id }, data });
  }

  // Sessions, their speakers and their work-in-progress slots.
  const created = plan.sessions.create.map((s) => ({
    id: newId(),
    conferenceId,
    code: s.code,
    externalId: s.externalId,
    title: s.title,
    abstract: s.abstract,
    description: s.description,
    state: SubmissionState.CONFIRMED,
    sessionTypeId: type(s.sessionType),
    trackId: s.track ? track(s.track) : null,
    durationMinutes: s.durationMinutes,
    submittedAt: now,
    decidedAt: now,
    confirmedAt: now,
    updatedAt: now,
  }));
  await bulkInsert(
    tx,
    'Submission',
    {
      id: 'text',
      conferenceId: 'text',
      code: 'text',
      externalId: 'text',
      title: 'text',
      abstract: 'text',
      description: 'text',
      state: '"SubmissionState"',
      sessionTypeId: 'text',
      trackId: 'text',
      durationMinutes: 'int4',
      submittedAt: 'timestamptz',
      decidedAt: 'timestamptz',
      confirmedAt: 'timestamptz',
      updatedAt: 'timestamptz',
    },
    created,
  );
  const speakerRows: { submissionId: string; speakerProfileId: string; position: number }[] = [];
  const slotRows: { id: string; versionId: string; submissionId: string; roomId: string; start: Date; end: Date }[] = [];
  for (const [i, s] of plan.sessions.create.entries()) {
    const submissionId = created[i]!.id;
    s.speakers.forEach((ref, position) => speakerRows.push({ submissionId, speakerProfileId: speaker(ref), position }));
    slotRows.push({ id: newId(), versionId, submissionId, roomId: room(s.room), start: s.start, end: s.end });
  }
  const replacedSpeakers: string[] = [];
  for (const s of plan.sessions.update) {
    await tx.submission.update({
      where: { id: s.id },
      data: {
        externalId: s.externalId,
        title: s.title,
        abstract: s.abstract,
        description: s.description,
        sessionTypeId: type(s.sessionType),
        trackId: s.track ? track(s.track) : null,
        durationMinutes: s.durationMinutes,
        ...(s.state && { state: s.state, decidedAt: now, confirmedAt: now }),
      },
    });
    if (s.speakersChanged) {
      replacedSpeakers.push(s.id);
      s.speakers.forEach((ref, position) => speakerRows.push({ submissionId: s.id, speakerProfileId: speaker(ref), position }));
    }
    const placement = { roomId: room(s.room), start: s.start, end: s.end };
    if (s.slot === 'create') slotRows.push({ id: newId(), versionId, submissionId: s.id, ...placement });
    else if (s.slot === 'update') await tx.scheduleSlot.update({ where: { versionId_submissionId: { versionId, submissionId: s.id } }, data: placement });
  }
  if (replacedSpeakers.length) await tx.submissionSpeaker.deleteMany({ where: { submissionId: { in: replacedSpeakers } } });
  await bulkInsert(tx, 'SubmissionSpeaker', { submissionId: 'text', speakerProfileId: 'text', position: 'int4' }, speakerRows);
  await bulkInsert(tx, 'ScheduleSlot', { id: 'text', versionId: 'text', submissionId: 'text', roomId: 'text', start: 'timestamptz', end: 'timestamptz' }, slotRows);

  // Breaks.
  const blockData = (b: ImportPlan['blocks']['create'][number]) => ({ title: b.title, start: b.start, end: b.end, allRooms: b.allRooms, roomIds: b.rooms.map(room) });
  if (plan.blocks.create.length) await tx.scheduleBlock.createMany({ data: plan.blocks.create.map((b) => ({ versionId, ...blockData(b) })) });
  for (const b of plan.blocks.update) await tx.scheduleBlock.update({ where: { id: b.id }, data: blockData(b) });
}
