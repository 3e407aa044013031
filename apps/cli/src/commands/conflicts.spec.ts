import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFLICT_KINDS } from '@podium/domain';
import { runConflicts, type ConflictOutput } from './conflicts.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'podium-conflicts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(values: Record<string, string | boolean | string[]>) {
  let out = '';
  let err = '';
  const code = await runConflicts(values, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const event = (guid: string, title: string, room: string, date: string, duration: string, persons: { id: number; public_name: string }[]) => ({
  id: Number(guid.slice(2)),
  guid,
  date,
  start: date.slice(11, 16),
  duration,
  room,
  slug: `testcon-${guid}`,
  url: `https://example.org/${guid}`,
  title,
  subtitle: '',
  track: null,
  type: 'Talk',
  language: 'en',
  abstract: '',
  description: '',
  persons,
  links: [],
});
const paolo = { id: 1, public_name: 'Paolo Bonzini' };
const anthony = { id: 2, public_name: 'Anthony Liguori' };

// Keynote and Workshop share Sala A (room overlap); Paolo speaks at Keynote and Panel at once (double booking); Panel
// ends in Sala B five minutes before Paolo's Closing starts in Sala A (only a conflict with a travel buffer).
const file = path.join(dir, 'schedule.json');
writeFileSync(
  file,
  JSON.stringify({
    schedule: {
      version: '1.0',
      conference: {
        acronym: 'testcon',
        title: 'TestCon',
        start: '2012-11-07',
        end: '2012-11-07',
        daysCount: 1,
        timeslot_duration: '00:05',
        time_zone_name: 'Europe/Madrid',
        rooms: [{ name: 'Sala A' }, { name: 'Sala B' }],
        days: [
          {
            index: 1,
            date: '2012-11-07',
            day_start: '2012-11-07T08:00:00+01:00',
            day_end: '2012-11-07T20:00:00+01:00',
            rooms: {
              'Sala A': [
                event('g-1', 'Keynote', 'Sala A', '2012-11-07T09:00:00+01:00', '01:00', [paolo]),
                event('g-2', 'Workshop', 'Sala A', '2012-11-07T09:30:00+01:00', '00:30', [anthony]),
                event('g-4', 'Closing', 'Sala A', '2012-11-07T10:20:00+01:00', '00:30', [paolo]),
              ],
              'Sala B': [event('g-3', 'Panel', 'Sala B', '2012-11-07T09:45:00+01:00', '00:30', [paolo, anthony])],
            },
          },
        ],
      },
    },
  }),
);

const roomOverlap: ConflictOutput = {
  kind: 'room_overlap',
  severity: 'block',
  eventIds: ['g-1', 'g-2'],
  speakers: [],
  room: 'Sala A',
  message: 'Sala A is double-booked: "Keynote" (Wed 7 Nov 09:00–10:00) overlaps "Workshop" (Wed 7 Nov 09:30–10:00).',
};
const doubleBooked: ConflictOutput = {
  kind: 'speaker_double_booked',
  severity: 'block',
  eventIds: ['g-1', 'g-3'],
  speakers: ['Paolo Bonzini'],
  room: null,
  message: 'Paolo Bonzini is booked twice at once: "Keynote" in Sala A (Wed 7 Nov 09:00–10:00) and "Panel" in Sala B (Wed 7 Nov 09:45–10:15).',
};
const anthonyDoubleBooked: ConflictOutput = {
  kind: 'speaker_double_booked',
  severity: 'block',
  eventIds: ['g-2', 'g-3'],
  speakers: ['Anthony Liguori'],
  room: null,
  message: 'Anthony Liguori is booked twice at once: "Workshop" in Sala A (Wed 7 Nov 09:30–10:00) and "Panel" in Sala B (Wed 7 Nov 09:45–10:15).',
};
const travel: ConflictOutput = {
  kind: 'speaker_travel_buffer',
  severity: 'warn',
  eventIds: ['g-3', 'g-4'],
  speakers: ['Paolo Bonzini'],
  room: null,
  message:
    'Paolo Bonzini has 5 min to get from "Panel" in Sala B (Wed 7 Nov 09:45–10:15) to "Closing" in Sala A (Wed 7 Nov 10:20–10:50); the travel buffer is 10 min.',
};

describe('podium conflicts', () => {
  it('prints a JSON array with one conflict per line, a summary on stderr, and exits 0', async () => {
    const { code, out, err } = await run({ input: file });
    expect(code).toBe(0);
    expect(out).toBe(`[\n${[roomOverlap, doubleBooked, anthonyDoubleBooked].map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);
    expect(JSON.parse(out)).toEqual([roomOverlap, doubleBooked, anthonyDoubleBooked]);
    expect(err).toBe(`${file}: frab-json, 4 events in 2 rooms (Europe/Madrid); 3 conflicts (3 block, 0 warn): room_overlap 1, speaker_double_booked 2.\n`);
  });

  it('checks the travel buffer when given one', async () => {
    const { code, out } = await run({ input: file, 'travel-buffer': '10' });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([roomOverlap, doubleBooked, anthonyDoubleBooked, travel]);
  });

  it('applies --severity overrides and prints NDJSON with --ndjson', async () => {
    const { code, out, err } = await run({ input: file, severity: ['room_overlap=ignore', 'speaker_double_booked=warn'], ndjson: true });
    expect(code).toBe(0);
    expect(out).toBe(`${JSON.stringify({ ...doubleBooked, severity: 'warn' })}\n${JSON.stringify({ ...anthonyDoubleBooked, severity: 'warn' })}\n`);
    expect(err).toBe(`${file}: frab-json, 4 events in 2 rooms (Europe/Madrid); 2 conflicts (0 block, 2 warn): speaker_double_booked 2.\n`);
  });

  it('prints an indented array with --pretty, and [] when there is nothing', async () => {
    const pretty = await run({ input: file, pretty: true, severity: ['speaker_double_booked=ignore'] });
    expect(pretty.out).toBe(`${JSON.stringify([roomOverlap], null, 2)}\n`);
    const none = await run({ input: file, severity: ['speaker_double_booked=ignore', 'room_overlap=ignore'] });
    expect([none.code, none.out]).toEqual([0, '[]\n']);
  });

  it.each([
    ['a missing file', { input: path.join(dir, 'nope.xml') }, `podium conflicts: cannot read ${path.join(dir, 'nope.xml')}: no such file.\n`],
    ['a directory', { input: dir }, `podium conflicts: cannot read ${dir}: it is a directory.\n`],
    ['a bad time zone', { input: file, 'time-zone': 'Mars/Base' }, 'podium conflicts: "Mars/Base" is not an IANA time zone (e.g. Europe/Brussels).\n'],
  ])('exits 2 with a clear message for %s', async (_name, values, message) => {
    const { code, out, err } = await run(values);
    expect([code, out, err]).toEqual([2, '', message]);
  });

  it('exits 2 for a file of an unknown format', async () => {
    const unknown = path.join(dir, 'feed.xml');
    writeFileSync(unknown, '<?xml version="1.0"?><rss><channel/></rss>');
    const { code, out, err } = await run({ input: unknown });
    expect([code, out, err]).toEqual([
      2,
      '',
      'podium conflicts: "feed.xml" is XML but not a schedule (root element <rss>); expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.\n',
    ]);
  });

  it.each([
    ['no --input', {}, '--input <file> is required.'],
    ['a bad --travel-buffer', { input: 'x', 'travel-buffer': '-3' }, '--travel-buffer must be a whole number of minutes (0 or more), got "-3".'],
    ['a bad --severity level', { input: 'x', severity: ['room_overlap=fatal'] }, '--severity room_overlap=fatal: the level must be block, warn or ignore.'],
  ])('exits 2 and shows the usage for %s', async (_name, values, message) => {
    const { code, out, err } = await run(values);
    expect([code, out, err.split('\n')[0], err.includes('podium conflicts --input <file>')]).toEqual([2, '', `podium conflicts: ${message}`, true]);
  });
});

const fosdem = path.resolve(import.meta.dirname, '../../../../../shared/fixtures/schedules/fosdem-2021-pentabarf.xml');

describe.skipIf(!existsSync(fosdem))(
  existsSync(fosdem) ? 'podium conflicts on the FOSDEM 2021 schedule' : 'podium conflicts on FOSDEM 2021 (skipped: ../shared/fixtures not present)',
  () => {
    it('runs, and every object has the documented shape', async () => {
      const { code, out, err } = await run({ input: fosdem, 'time-zone': 'Europe/Brussels', 'travel-buffer': '10' });
      expect(code).toBe(0);
      const rows = JSON.parse(out) as ConflictOutput[];
      for (const r of rows) {
        expect(Object.keys(r)).toEqual(['kind', 'severity', 'eventIds', 'speakers', 'room', 'message']);
        expect(CONFLICT_KINDS).toContain(r.kind);
        expect(['block', 'warn']).toContain(r.severity);
        expect(r.eventIds.length === 1 || r.eventIds.length === 2).toBe(true);
        expect(r.eventIds).toEqual([...r.eventIds].sort());
        expect(r.speakers.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
        expect(r.room === null || typeof r.room === 'string').toBe(true);
        expect(r.message.length).toBeGreaterThan(0);
      }
      // What the real schedule holds: two stand sessions booked into S.ow2 at the same time (same track), and two
      // speakers going straight from one room to another.
      expect(rows.map((r) => `${r.kind} ${r.eventIds.join('+')} ${r.speakers.join(',')} @${r.room}`)).toEqual([
        'room_overlap 12284+12286  @S.ow2',
        'speaker_travel_buffer 10840+11842 Stephan Schmidt @null',
        'speaker_travel_buffer 11291+11345 Dario Faggioli @null',
        'same_track_parallel 12284+12286  @S.ow2',
      ]);
      expect(err).toBe(
        'warning: The file names no time zone; local times were read in Europe/Brussels (the given fallback).\n' +
          `${fosdem}: pentabarf-xml, 773 events in 108 rooms (Europe/Brussels); 4 conflicts (1 block, 3 warn): room_overlap 1, speaker_travel_buffer 2, same_track_parallel 1.\n`,
      );
    });
  },
);
