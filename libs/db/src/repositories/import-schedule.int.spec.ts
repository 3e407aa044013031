// The schedule importer against a real database: every real file of ../shared/fixtures, re-imports that change nothing,
// a changed copy that updates exactly what changed, sessions the file no longer lists (kept and reported), bad files
// (a clear message, nothing changed) and previews (nothing written). The round trip through the released schedule.json
// is in libs/api (procedures/import/import-round-trip.int.spec.ts), where the export lives.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, readScheduleFile, type ImportedSchedule, type ImportReport } from '@podium/domain';
import { createDb, type Db } from '../client.ts';
import { createTestDatabase, makeConference, makeUser, type TestDatabase } from '../testing/index.ts';
import { importSchedule, importScheduleFile } from './import-schedule.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../../shared/fixtures/schedules');
const fixturePath = (name: string) => path.join(FIXTURES, name);
const present = (name: string) => existsSync(fixturePath(name));
const absent = (name: string) => `${name} (skipped: ${path.relative(process.cwd(), fixturePath(name))} not present, ../shared/fixtures is missing)`;
const tmp = mkdtempSync(path.join(tmpdir(), 'podium-import-'));

let testDb: TestDatabase;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDb(testDb.url, { max: 4 });
});
afterAll(async () => {
  await db?.$disconnect();
  await testDb?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

let slugSeq = 0;
const newSlug = (prefix: string) => `${prefix}-${++slugSeq}-${Math.random().toString(36).slice(2, 6)}`;

/** Row counts of one conference, and of rows that belong to nobody (users without profile are counted overall). */
async function rowCounts(slug: string) {
  const conference = await db.conference.findUnique({ where: { slug } });
  if (!conference) return null;
  const conferenceId = conference.id;
  const wip = await db.scheduleVersion.findFirst({ where: { conferenceId, releasedAt: null } });
  return {
    rooms: await db.room.count({ where: { conferenceId } }),
    tracks: await db.track.count({ where: { conferenceId } }),
    sessionTypes: await db.sessionType.count({ where: { conferenceId } }),
    speakers: await db.speakerProfile.count({ where: { conferenceId } }),
    sessions: await db.submission.count({ where: { conferenceId } }),
    sessionSpeakers: await db.submissionSpeaker.count({ where: { submission: { conferenceId } } }),
    slots: wip ? await db.scheduleSlot.count({ where: { versionId: wip.id } }) : 0,
    breaks: wip ? await db.scheduleBlock.count({ where: { versionId: wip.id } }) : 0,
    days: await db.scheduleDay.count({ where: { conferenceId } }),
    versions: await db.scheduleVersion.count({ where: { conferenceId } }),
    users: await db.user.count(),
  };
}

/** Everything the work-in-progress schedule places, as the file would say it: id, title, room, times, speakers. */
async function placedSessions(slug: string) {
  const slots = await db.scheduleSlot.findMany({
    where: { version: { conference: { slug }, releasedAt: null } },
    select: {
      start: true,
      end: true,
      room: { select: { name: true } },
      submission: {
        select: { externalId: true, title: true, state: true, speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { user: { select: { name: true } } } } } } },
      },
    },
  });
  return slots
    .map((s) => ({
      id: s.submission.externalId!,
      title: s.submission.title,
      state: s.submission.state,
      room: s.room!.name,
      start: s.start!.toISOString(),
      end: s.end!.toISOString(),
      persons: s.submission.speakers.map((x) => x.speakerProfile.user.name),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The file's sessions in the same shape. */
const fileSessions = (s: ImportedSchedule) =>
  s.events
    .filter((e) => !e.isBreak)
    .map((e) => ({
      id: e.id,
      title: e.title,
      state: 'CONFIRMED',
      room: e.room,
      start: e.start.toISOString(),
      end: e.end.toISOString(),
      persons: [...new Map(e.persons.map((p) => [p.id ?? p.name.toLowerCase(), p.name])).values()],
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

const allUnchanged = (r: ImportReport) => Object.values(r.counts).every((c) => c.created === 0 && c.updated === 0);

const REAL_FILES: { file: string; timeZone?: string; expected: { sessions: number; rooms: number; days: number; breaks: number } }[] = [
  { file: 'pretalx-democon.json', expected: { sessions: 36, rooms: 2, days: 3, breaks: 0 } },
  { file: '39c3-hub.xml', expected: { sessions: 215, rooms: 14, days: 4, breaks: 0 } },
  { file: 'fosdem-2021-pentabarf.xml', timeZone: 'Europe/Brussels', expected: { sessions: 773, rooms: 108, days: 2, breaks: 0 } },
  { file: 'debconf23-wafer.xml', expected: { sessions: 117, rooms: 5, days: 8, breaks: 0 } },
  { file: 'global-azure-austria-2024-sessionize.json', timeZone: 'Europe/Vienna', expected: { sessions: 15, rooms: 4, days: 1, breaks: 0 } },
];

describe('importScheduleFile: real schedule files', () => {
  for (const { file, timeZone, expected } of REAL_FILES) {
    it.skipIf(!present(file))(present(file) ? `${file} creates a conference with every session placed, and a second import changes nothing` : absent(file), { timeout: 180_000 }, async () => {
      const text = readFileSync(fixturePath(file), 'utf8');
      const schedule = readScheduleFile(text, file, timeZone ? { timeZone } : {});
      const slug = newSlug('real');

      const first = await importScheduleFile(db, { text, fileName: file, slug, ...(timeZone && { timeZone }) });
      const persons = new Set(schedule.events.filter((e) => !e.isBreak).flatMap((e) => e.persons.map((p) => p.id ?? `name:${p.name.toLowerCase()}`)));
      const types = new Set(schedule.events.filter((e) => !e.isBreak).map((e) => (e.type || 'Talk').toLowerCase()));
      const tracks = new Set([...schedule.tracks.map((t) => t.name), ...schedule.events.flatMap((e) => (e.track && !e.isBreak ? [e.track] : []))]);
      expect(first.counts).toEqual({
        rooms: { created: expected.rooms, updated: 0, unchanged: 0 },
        tracks: { created: tracks.size, updated: 0, unchanged: 0 },
        sessionTypes: { created: types.size, updated: 0, unchanged: 0 },
        speakers: { created: persons.size, updated: 0, unchanged: 0 },
        sessions: { created: expected.sessions, updated: 0, unchanged: 0 },
        breaks: { created: expected.breaks, updated: 0, unchanged: 0 },
        days: { created: expected.days, updated: 0, unchanged: 0 },
      });
      expect([first.conference.created, first.conference.timeZone, first.changes, first.missing, first.skipped, first.warnings]).toEqual([
        true,
        schedule.timeZone,
        [],
        [],
        schedule.skipped,
        schedule.warnings,
      ]);
      expect(await placedSessions(slug)).toEqual(fileSessions(schedule));
      const after = await rowCounts(slug);
      expect(after).toMatchObject({ rooms: expected.rooms, sessions: expected.sessions, slots: expected.sessions, speakers: persons.size, days: expected.days, breaks: expected.breaks, versions: 1 });

      const second = await importScheduleFile(db, { text, fileName: file, slug, ...(timeZone && { timeZone }) });
      expect([allUnchanged(second), second.changes, second.missing, second.conference.created]).toEqual([true, [], [], false]);
      expect(second.counts.sessions).toEqual({ created: 0, updated: 0, unchanged: expected.sessions });
      expect(await rowCounts(slug)).toEqual(after);
    });
  }

  it.skipIf(!present('pretalx-democon.json'))(
    present('pretalx-democon.json') ? 'imported speakers have no account, and their bios are published (bio = approved bio)' : absent('pretalx-democon.json'),
    async () => {
      const slug = newSlug('bios');
      const importer = await makeUser(db, { name: 'Ingrid Importer' });
      await importScheduleFile(db, { text: readFileSync(fixturePath('pretalx-democon.json'), 'utf8'), fileName: 'pretalx-democon.json', slug, userId: importer.id });
      const brian = await db.speakerProfile.findFirstOrThrow({ where: { conference: { slug }, externalId: 'NQTF8Y' }, include: { user: true } });
      expect([brian.user.name, brian.user.email, brian.user.passwordHash, brian.bio === brian.approvedBio, brian.approvedBio.split('\n')[0], brian.bioApprovedById]).toEqual([
        'Brian Robinson',
        null,
        null,
        true,
        'Break through direction. Power cultural most should.',
        importer.id,
      ]);
      expect(brian.bioApprovedAt!.getTime()).toBe(brian.bioChangedAt!.getTime());
    },
  );
});

/** pretalx-democon.json as an object, to write changed copies of it. */
function democon(): { schedule: { conference: { days: { rooms: Record<string, Record<string, unknown>[]> }[] } } } {
  return JSON.parse(readFileSync(fixturePath('pretalx-democon.json'), 'utf8'));
}

function writeTemp(name: string, content: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe.skipIf(!present('pretalx-democon.json'))(present('pretalx-democon.json') ? 'importScheduleFile: changed files' : absent('pretalx-democon.json'), () => {
  const original = () => readFileSync(fixturePath('pretalx-democon.json'), 'utf8');

  it('a copy with one title and one time changed updates exactly those two sessions', async () => {
    const slug = newSlug('changed');
    await importScheduleFile(db, { text: original(), fileName: 'pretalx-democon.json', slug });
    const before = await rowCounts(slug);

    const doc = democon();
    const gray = doc.schedule.conference.days[0]!.rooms['Gray Room']!;
    // The first talk gets a new title; the second (09:30–10:00, +01:00) starts 10 minutes later, same length.
    const [renamed, moved] = [gray[0]!, gray[1]!];
    renamed.title = 'Focused 6thgeneration hardware';
    expect([moved.date, moved.start, moved.duration]).toEqual(['2020-12-14T09:30:00+01:00', '09:30', '00:30']);
    moved.date = '2020-12-14T09:40:00+01:00';
    moved.start = '09:40';
    const file = writeTemp('democon-changed.json', JSON.stringify(doc));

    const report = await importScheduleFile(db, { text: readFileSync(file, 'utf8'), fileName: file, slug });
    expect(report.changes).toEqual([
      { kind: 'sessions', key: renamed.guid, label: 'Focused 6thgeneration hardware', fields: ['title'] },
      { kind: 'sessions', key: moved.guid, label: moved.title, fields: ['time'] },
    ]);
    expect(report.counts.sessions).toEqual({ created: 0, updated: 2, unchanged: 34 });
    expect(Object.entries(report.counts).filter(([k]) => k !== 'sessions').every(([, c]) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(await rowCounts(slug)).toEqual(before);
    const placed = await placedSessions(slug);
    expect(placed.find((s) => s.id === renamed.guid)!.title).toBe('Focused 6thgeneration hardware');
    expect(placed.find((s) => s.id === moved.guid)!).toMatchObject({ start: '2020-12-14T08:40:00.000Z', end: '2020-12-14T09:10:00.000Z' });
  });

  it('a copy without one session keeps that session, its slot and its speakers, and reports it as missing', async () => {
    const slug = newSlug('missing');
    await importScheduleFile(db, { text: original(), fileName: 'pretalx-democon.json', slug });
    const before = await rowCounts(slug);
    const doc = democon();
    const gone = doc.schedule.conference.days[0]!.rooms['Gray Room']!.shift()!;
    const report = await importScheduleFile(db, { text: JSON.stringify(doc), fileName: 'democon-shorter.json', slug });
    const kept = await db.submission.findFirstOrThrow({ where: { conference: { slug }, externalId: gone.guid as string } });
    expect(report.missing).toEqual([{ code: kept.code, externalId: gone.guid, title: gone.title }]);
    expect([report.counts.sessions, report.changes]).toEqual([{ created: 0, updated: 0, unchanged: 35 }, []]);
    expect(await rowCounts(slug)).toEqual(before);
    expect((await placedSessions(slug)).some((s) => s.id === gone.guid)).toBe(true);
  });

  it('a preview reports what the import would do and writes nothing', async () => {
    const slug = newSlug('preview');
    const usersBefore = await db.user.count();
    const preview = await importScheduleFile(db, { text: original(), fileName: 'pretalx-democon.json', slug, dryRun: true });
    expect([await rowCounts(slug), await db.user.count()]).toEqual([null, usersBefore]);
    const real = await importScheduleFile(db, { text: original(), fileName: 'pretalx-democon.json', slug });
    expect({ ...preview, dryRun: false }).toEqual(real);
    expect(preview.dryRun).toBe(true);

    const doc = democon();
    doc.schedule.conference.days[0]!.rooms['Gray Room']![0]!.title = 'Renamed in preview';
    const counts = await rowCounts(slug);
    const again = await importScheduleFile(db, { text: JSON.stringify(doc), fileName: 'democon.json', slug, dryRun: true });
    expect(again.counts.sessions).toEqual({ created: 0, updated: 1, unchanged: 35 });
    expect(await rowCounts(slug)).toEqual(counts);
    expect((await placedSessions(slug)).some((s) => s.title === 'Renamed in preview')).toBe(false);
  });

  it('into an existing conference: rooms and speakers are matched by name, an account keeps its name, the dates widen', async () => {
    const conference = await makeConference(db, { timeZone: 'Europe/Berlin', startDate: '2020-12-15', endDate: '2020-12-15' });
    const gray = await db.room.create({ data: { conferenceId: conference.id, name: 'Gray Room', capacity: 80, position: 1 } });
    const brianUser = await makeUser(db, { name: 'Brian Robinson', email: 'brian@example.test' });
    const brian = await db.speakerProfile.create({ data: { conferenceId: conference.id, userId: brianUser.id, code: 'BRIAN1', bio: 'Mine.', approvedBio: 'Mine.' } });
    const report = await importScheduleFile(db, { text: original(), fileName: 'pretalx-democon.json', slug: conference.slug });
    expect(report.counts.rooms).toEqual({ created: 1, updated: 0, unchanged: 1 });
    expect(report.counts.speakers).toEqual({ created: 26, updated: 1, unchanged: 0 });
    expect(report.changes.filter((c) => c.kind !== 'sessions')).toEqual([
      { kind: 'speakers', key: 'NQTF8Y', label: 'Brian Robinson', fields: ['id', 'bio'] },
      { kind: 'conference', key: conference.slug, label: conference.name, fields: ['start date', 'end date'] },
    ]);
    expect([report.conference.created, report.conference.startDate, report.conference.endDate]).toEqual([false, '2020-12-14', '2020-12-16']);
    const profile = await db.speakerProfile.findUniqueOrThrow({ where: { id: brian.id } });
    expect([profile.externalId, profile.approvedBio.startsWith('Break through direction.'), profile.bio === profile.approvedBio]).toEqual(['NQTF8Y', true, true]);
    const inGray = readScheduleFile(original()).events.filter((e) => e.room === 'Gray Room').length;
    expect([inGray, await db.scheduleSlot.count({ where: { roomId: gray.id } })]).toEqual([27, 27]);
  });
});

describe('importScheduleFile: Sessionize breaks and zone', () => {
  const sessionize = (lunchEnd: string) =>
    JSON.stringify({
      sessions: [
        { id: '11', title: 'Opening', startsAt: '2024-04-20T09:00:00', endsAt: '2024-04-20T09:30:00', roomId: 1, speakers: ['a'], isServiceSession: false, isPlenumSession: false, categoryItems: [] },
        { id: '12', title: 'Lunch', startsAt: '2024-04-20T12:00:00', endsAt: lunchEnd, roomId: 1, speakers: [], isServiceSession: true, isPlenumSession: true, categoryItems: [] },
        { id: '13', title: 'Not placed yet', startsAt: null, endsAt: null, roomId: null, speakers: ['a'], isServiceSession: false, categoryItems: [] },
      ],
      speakers: [{ id: 'a', fullName: 'Ada Lovelace', bio: 'Counts.' }, { id: 'b', fullName: 'Unscheduled Speaker' }],
      rooms: [{ id: 1, name: 'Aula' }],
      categories: [],
    });

  it('reads local times in the conference zone, makes service sessions breaks, and updates a break whose end moved', async () => {
    const conference = await makeConference(db, { timeZone: 'Europe/Vienna', startDate: '2024-04-20', endDate: '2024-04-20' });
    const first = await importScheduleFile(db, { text: sessionize('2024-04-20T13:00:00'), fileName: 'azure.json', slug: conference.slug });
    expect([first.counts.sessions, first.counts.breaks, first.counts.speakers, first.skipped]).toEqual([
      { created: 1, updated: 0, unchanged: 0 },
      { created: 1, updated: 0, unchanged: 0 },
      { created: 1, updated: 0, unchanged: 0 },
      [{ kind: 'event', id: '13', label: '"Not placed yet" (13)', reason: 'no start time (not scheduled yet)' }],
    ]);
    expect(first.warnings).toEqual(['The file names no time zone; local times were read in Europe/Vienna (the given fallback).', '1 session(s) have no time yet and were skipped.']);
    const block = await db.scheduleBlock.findFirstOrThrow({ where: { version: { conferenceId: conference.id } } });
    expect([block.title, block.start.toISOString(), block.end.toISOString(), block.allRooms, block.roomIds]).toEqual(['Lunch', '2024-04-20T10:00:00.000Z', '2024-04-20T11:00:00.000Z', true, []]);
    expect((await placedSessions(conference.slug)).map((x) => [x.title, x.start, x.persons])).toEqual([['Opening', '2024-04-20T07:00:00.000Z', ['Ada Lovelace']]]);
    const ada = await db.speakerProfile.findFirstOrThrow({ where: { conferenceId: conference.id, externalId: 'a' } });
    expect([ada.bio, ada.approvedBio]).toEqual(['Counts.', 'Counts.']);

    const same = await importScheduleFile(db, { text: sessionize('2024-04-20T13:00:00'), fileName: 'azure.json', slug: conference.slug });
    expect([allUnchanged(same), same.counts.breaks]).toEqual([true, { created: 0, updated: 0, unchanged: 1 }]);
    const longer = await importScheduleFile(db, { text: sessionize('2024-04-20T13:30:00'), fileName: 'azure.json', slug: conference.slug });
    // Lunch now ends the day later (13:30 local): the day's hours widen to 14:00 with it.
    expect([longer.counts.breaks, longer.changes]).toEqual([
      { created: 0, updated: 1, unchanged: 0 },
      [
        { kind: 'breaks', key: '12', label: 'Lunch', fields: ['time'] },
        { kind: 'days', key: '2024-04-20', label: '2024-04-20', fields: ['hours'] },
      ],
    ]);
    const day = await db.scheduleDay.findFirstOrThrow({ where: { conferenceId: conference.id } });
    expect([day.start.toISOString(), day.end.toISOString()]).toEqual(['2024-04-20T07:00:00.000Z', '2024-04-20T12:00:00.000Z']);
    expect((await db.scheduleBlock.findUniqueOrThrow({ where: { id: block.id } })).end.toISOString()).toBe('2024-04-20T11:30:00.000Z');
  });
});

describe('importScheduleFile: bad input changes nothing', () => {
  const cases: [string, string, string][] = [
    ['notes.txt', 'hello, world', '"notes.txt" is neither XML nor JSON; expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.'],
    ['empty.json', '  \n', '"empty.json" is empty.'],
    ['people.json', '{"people": []}', '"people.json" is JSON of an unknown shape; expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.'],
    ['feed.xml', '<rss><channel/></rss>', '"feed.xml" is XML but not a schedule (root element <rss>); expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.'],
    ['broken.json', '{"schedule": ', `"broken.json" is not valid JSON: ${jsonError('{"schedule": ')}`],
  ];
  it.each(cases)('%s is refused with a clear message', async (fileName, text, message) => {
    const conference = await makeConference(db);
    const before = [await rowCounts(conference.slug), await db.conference.count()];
    await expect(importScheduleFile(db, { text, fileName, slug: conference.slug })).rejects.toEqual(new DomainError('INVALID', message));
    await expect(importScheduleFile(db, { text, fileName, slug: newSlug('bad') })).rejects.toEqual(new DomainError('INVALID', message));
    expect([await rowCounts(conference.slug), await db.conference.count()]).toEqual(before);
  });

  it('refuses a slug that cannot name a new conference, and an unknown one when creating is off', async () => {
    const schedule = readScheduleFile(
      '<schedule><conference><title>Tiny</title><time_zone_name>UTC</time_zone_name></conference><day date="2024-01-01"><room name="R"><event id="1"><date>2024-01-01T10:00:00Z</date><duration>00:30</duration><title>T</title></event></room></day></schedule>',
    );
    const before = await db.conference.count();
    await expect(importSchedule(db, schedule, { slug: 'Not A Slug' })).rejects.toEqual(
      new DomainError('INVALID', '"Not A Slug" cannot be a conference\'s slug: use 2–64 lower-case letters, digits and single hyphens (e.g. fosdem-2021).', {
        slug: 'Lower-case letters, digits and hyphens.',
      }),
    );
    await expect(importSchedule(db, schedule, { slug: 'no-such-conf', createIfMissing: false })).rejects.toEqual(new DomainError('NOT_FOUND', 'No conference "no-such-conf".'));
    expect(await db.conference.count()).toBe(before);
  });

  it('a failure inside the import rolls back what it already wrote', async () => {
    // A conference without a work-in-progress schedule: the import creates that version first, then plans; a code
    // generator that only gives a code the conference already uses makes the planning fail after that write.
    const conference = await makeConference(db, { timeZone: 'UTC' });
    const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
    const taken = await db.submission.create({ data: { conferenceId: conference.id, code: 'ABCDEF', title: 'Existing', sessionTypeId: type.id } });
    const before = await rowCounts(conference.slug);
    expect(before!.versions).toBe(0);
    const schedule = readScheduleFile(
      '<schedule><conference><title>Tiny</title><time_zone_name>UTC</time_zone_name></conference><day date="2024-01-01"><room name="R"><event id="1"><date>2024-01-01T10:00:00Z</date><duration>00:30</duration><title>T</title></event></room></day></schedule>',
    );
    await expect(importSchedule(db, schedule, { slug: conference.slug, newCode: () => taken.code })).rejects.toThrow('No free public code found after 1000 attempts.');
    expect(await rowCounts(conference.slug)).toEqual(before);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return (err as Error).message;
  }
  return '';
}
