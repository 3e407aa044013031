// The import API: organizers preview and import a schedule file into their conference, administrators create a
// conference from one; everyone else is refused and nothing changes.
import { describe, expect, it } from 'vitest';
import { makeConference, makeMember } from '@podium/db/testing';
import { importFileTooLarge, MAX_IMPORT_FILE_BYTES } from '@podium/domain';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi, type Api } from '../../testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi();
const slug = 'kvm-forum-2012';

/** A frab schedule.json with two talks on 8 November 2012 (Madrid); `title` renames the first. */
function scheduleJson(title = 'Nested virtualization'): string {
  const talk = (id: number, guid: string, t: string, date: string, room: string, person: { id: number; public_name: string }) => ({
    id,
    guid,
    date,
    start: date.slice(11, 16),
    duration: '00:30',
    room,
    title: t,
    type: 'Talk',
    track: 'KVM',
    abstract: `Talk number ${id}.`,
    description: '',
    persons: [{ ...person, biography: `${person.public_name} works on KVM.` }],
  });
  return JSON.stringify({
    schedule: {
      version: '1',
      conference: {
        acronym: 'importcon',
        title: 'ImportCon 2012',
        start: '2012-11-08',
        end: '2012-11-08',
        time_zone_name: 'Europe/Madrid',
        rooms: [{ name: 'Sala Import' }],
        days: [
          {
            index: 1,
            date: '2012-11-08',
            rooms: {
              'Sala Import': [
                talk(501, '0b5e3c6a-8d61-4b52-9f3e-2a7c1d9e5001', title, '2012-11-08T16:00:00+01:00', 'Sala Import', { id: 91, public_name: 'Nadav Har El' }),
                talk(502, '0b5e3c6a-8d61-4b52-9f3e-2a7c1d9e5002', 'Virtio everywhere', '2012-11-08T16:30:00+01:00', 'Sala Import', { id: 92, public_name: 'Rusty Russell' }),
              ],
            },
          },
        ],
      },
    },
  });
}

const file = (content = scheduleJson()) => ({ fileName: 'importcon.json', content });

const snapshot = async () => ({
  conferences: await db.conference.findMany({ orderBy: { slug: 'asc' }, select: { slug: true, startDate: true, endDate: true } }),
  submissions: await db.submission.findMany({ orderBy: { id: 'asc' }, select: { id: true, title: true, state: true } }),
  rooms: await db.room.count(),
  tracks: await db.track.count(),
  sessionTypes: await db.sessionType.count(),
  users: await db.user.count(),
  profiles: await db.speakerProfile.count(),
  slots: await db.scheduleSlot.findMany({ orderBy: { id: 'asc' }, select: { id: true, roomId: true, start: true, end: true } }),
  days: await db.scheduleDay.count(),
  revisions: await db.scheduleVersion.findMany({ orderBy: { id: 'asc' }, select: { id: true, revision: true } }),
  audit: await db.auditLogEntry.count(),
});

describe('import API: who may call', () => {
  const organizerCalls: Record<string, (api: Api) => Promise<unknown>> = {
    preview: (api) => api.import.preview({ slug, ...file() }),
    run: (api) => api.import.run({ slug, ...file() }),
  };

  it.each(Object.entries(organizerCalls))("%s refuses anonymous, speaker, reviewer and another conference's organizer, changing nothing", async (_name, call) => {
    const other = await makeConference(db);
    const stranger = await makeMember(db, other.id, 'ORGANIZER');
    const before = await snapshot();
    expect(await failure(call(await callerFor(null)))).toEqual({ code: 'UNAUTHORIZED', fields: undefined, message: 'Please sign in first.' });
    for (const who of [await userId('speaker@podium.test'), await userId('reviewer@podium.test'), stranger.id]) {
      expect(await failure(call(await callerFor(who)))).toEqual({ code: 'FORBIDDEN', fields: undefined, message: 'Only the organizers of this conference may do this.' });
    }
    expect(await snapshot()).toEqual(before);
  });

  const adminCalls: Record<string, (api: Api) => Promise<unknown>> = {
    previewNewConference: (api) => api.import.previewNewConference({ slug: 'importcon-2012', ...file() }),
    createConference: (api) => api.import.createConference({ slug: 'importcon-2012', ...file() }),
  };

  it.each(Object.entries(adminCalls))('%s refuses anyone but an administrator (even an organizer), changing nothing', async (_name, call) => {
    const before = await snapshot();
    expect(await failure(call(await callerFor(null)))).toEqual({ code: 'UNAUTHORIZED', fields: undefined, message: 'Please sign in first.' });
    for (const who of [await userId('speaker@podium.test'), await userId('reviewer@podium.test'), await userId('organizer@podium.test')]) {
      expect(await failure(call(await callerFor(who)))).toEqual({ code: 'FORBIDDEN', fields: undefined, message: 'Only administrators may create a conference.' });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('import API: organizers import into their conference', () => {
  it('previews (nothing written), imports, and a second import of the same file changes nothing', async () => {
    const api = await callerFor(await userId('organizer@podium.test'));
    const before = await snapshot();
    const preview = await api.import.preview({ slug, ...file() });
    expect(await snapshot()).toEqual(before);
    expect([preview.dryRun, preview.counts.sessions, preview.counts.speakers, preview.counts.rooms, preview.conference]).toEqual([
      true,
      { created: 2, updated: 0, unchanged: 0 },
      { created: 2, updated: 0, unchanged: 0 },
      { created: 1, updated: 0, unchanged: 0 },
      { slug, name: 'KVM Forum + oVirt Workshop 2012', created: false, timeZone: 'Europe/Madrid', startDate: '2012-11-07', endDate: '2012-11-09' },
    ]);

    const done = await api.import.run({ slug, ...file() });
    expect({ ...done, dryRun: true }).toEqual(preview);
    const imported = await db.submission.findMany({ where: { conference: { slug }, externalId: { not: null } }, orderBy: { title: 'asc' }, select: { title: true, state: true } });
    expect(imported).toEqual([
      { title: 'Nested virtualization', state: 'CONFIRMED' },
      { title: 'Virtio everywhere', state: 'CONFIRMED' },
    ]);
    const audit = await db.auditLogEntry.findFirstOrThrow({ where: { conference: { slug }, action: 'schedule.import' } });
    expect(audit.userId).toBe(await userId('organizer@podium.test'));

    const again = await api.import.run({ slug, ...file() });
    expect([again.counts.sessions, again.changes]).toEqual([{ created: 0, updated: 0, unchanged: 2 }, []]);
    const renamed = await api.import.run({ slug, ...file(scheduleJson('Nested virtualization, revisited')) });
    expect(renamed.changes).toEqual([{ kind: 'sessions', key: '0b5e3c6a-8d61-4b52-9f3e-2a7c1d9e5001', label: 'Nested virtualization, revisited', fields: ['title'] }]);
  });

  it('refuses a file that is not a schedule, naming why, and changes nothing', async () => {
    const api = await callerFor(await userId('organizer@podium.test'));
    const before = await snapshot();
    expect(await failure(api.import.run({ slug, fileName: 'minutes.txt', content: 'Minutes of the PC meeting' }))).toEqual({
      code: 'BAD_REQUEST',
      fields: {},
      message: '"minutes.txt" is neither XML nor JSON; expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.',
    });
    expect(await failure(api.import.preview({ slug, ...file(), timeZone: 'Europe/Atlantis' }))).toEqual({
      code: 'BAD_REQUEST',
      fields: { timeZone: 'Unknown time zone.' },
      message: '"Europe/Atlantis" is not an IANA time zone (e.g. Europe/Brussels).',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over the size limit with the limit in the message', async () => {
    const api = await callerFor(await userId('organizer@podium.test'));
    const before = await snapshot();
    // Under the limit in characters, over it in bytes: "é" is two bytes in UTF-8.
    const content = 'é'.repeat(MAX_IMPORT_FILE_BYTES / 2 + 1);
    const refused = await failure(api.import.run({ slug, fileName: 'huge.json', content }));
    expect([refused.code, refused.fields]).toEqual(['BAD_REQUEST', { content: importFileTooLarge(MAX_IMPORT_FILE_BYTES + 2) }]);
    expect(importFileTooLarge(MAX_IMPORT_FILE_BYTES + 2)).toBe('The file is 5.1 MB, over the limit of 5 MB. Import larger files with `npm run podium -- import`.');
    expect(await snapshot()).toEqual(before);
  });
});

describe('import API: administrators create a conference from a file', () => {
  it('previews, creates it with the file’s name, dates and zone, and refuses a slug that exists', async () => {
    const api = await callerFor(await userId('admin@podium.test'));
    const before = await snapshot();
    const preview = await api.import.previewNewConference({ slug: 'importcon-2012', ...file() });
    expect(await snapshot()).toEqual(before);
    expect(preview.conference).toEqual({ slug: 'importcon-2012', name: 'ImportCon 2012', created: true, timeZone: 'Europe/Madrid', startDate: '2012-11-08', endDate: '2012-11-08' });

    const created = await api.import.createConference({ slug: 'importcon-2012', name: 'ImportCon, the sequel', ...file() });
    expect([created.conference.name, created.counts.sessions]).toEqual(['ImportCon, the sequel', { created: 2, updated: 0, unchanged: 0 }]);
    const conference = await db.conference.findUniqueOrThrow({ where: { slug: 'importcon-2012' } });
    expect([conference.name, conference.timeZone, conference.startDate.toISOString().slice(0, 10)]).toEqual(['ImportCon, the sequel', 'Europe/Madrid', '2012-11-08']);

    const after = await snapshot();
    expect(await failure(api.import.createConference({ slug, ...file() }))).toEqual({
      code: 'CONFLICT',
      fields: undefined,
      message: 'A conference "kvm-forum-2012" exists already: import into it from its Import page.',
    });
    expect((await failure(api.import.createConference({ slug: 'Not a slug', ...file() }))).fields).toEqual({ slug: 'Use 2–64 lower-case letters, digits and single hyphens (e.g. fosdem-2021).' });
    expect(await snapshot()).toEqual(after);
  });
});
