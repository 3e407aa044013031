// Round trip: pretalx's own schedule.json, imported, released, and served again as /<slug>/schedule.json (the c3voc
// JSON export), gives the same talks, times, rooms and persons.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConferenceBySlug, importScheduleFile, releaseSchedule, updateConflictSettings } from '@podium/db';
import { readScheduleFile, type ImportedSchedule } from '@podium/domain';
import { scheduleFeed } from '../../services/schedule-exports.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/schedules/pretalx-democon.json');
const present = existsSync(FIXTURE);

const { db } = useTestApi({ demo: false });

/** What both files must agree on, as sets: per event id its title, times, room and persons; and the room and person names. */
const shape = (s: ImportedSchedule) => ({
  talks: new Set(s.events.map((e) => `${e.id} ${e.title}`)),
  times: new Set(s.events.map((e) => `${e.id} ${e.start.toISOString()} ${e.end.toISOString()}`)),
  rooms: new Set(s.events.map((e) => `${e.id} ${e.room}`)),
  persons: new Set(s.events.map((e) => `${e.id} ${e.persons.map((p) => p.name).join(', ')}`)),
  roomNames: new Set(s.rooms.map((r) => r.name)),
  personNames: new Set(s.persons.map((p) => p.name)),
});

describe.skipIf(!present)(present ? 'import and export round trip' : `import and export round trip (skipped: ${path.relative(process.cwd(), FIXTURE)} not present, ../shared/fixtures is missing)`, () => {
  it('pretalx-democon.json imported, released and exported as schedule.json gives the same talks, times, rooms and persons', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    await importScheduleFile(db, { text, fileName: 'pretalx-democon.json', slug: 'democon' });
    const conference = (await findConferenceBySlug(db, 'democon'))!;
    // The real file books Stephanie Hudson twice on 16 December; its organizers published it so: a warning, not a block.
    await updateConflictSettings(db, conference.id, { conflictSeverities: { speaker_double_booked: 'warn' }, travelBufferMinutes: 0 });
    const release = await releaseSchedule(db, { conferenceId: conference.id, name: '1.0', comment: 'Imported.', userId: null, notifySpeakers: false });
    expect([release.sessions, [...new Set(release.warnings.map((w) => w.kind))].sort()]).toEqual([36, ['same_track_parallel', 'speaker_double_booked']]);

    const feed = await scheduleFeed(db, 'democon', { kind: 'schedule', format: 'json' }, { publicBaseUrl: 'https://program.example.org' });
    const exported = readScheduleFile(feed.body, 'schedule.json');
    const original = readScheduleFile(text, 'pretalx-democon.json');
    expect(shape(exported)).toEqual(shape(original));
    expect([exported.events.length, exported.rooms.length, exported.persons.length]).toEqual([36, 2, 27]);
  });
});
