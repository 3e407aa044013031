import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSchedule, conflictInputFromImported, readScheduleFile } from '@podium/domain';
import { runSolve } from './solve.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'podium-solve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(values: Record<string, string | boolean>) {
  let out = '';
  let err = '';
  const code = await runSolve(values, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const event = (guid: string, title: string, room: string, date: string, duration: string, persons: { id: number; public_name: string }[], track: string) => ({
  id: Number(guid.slice(2)),
  guid,
  date,
  start: date.slice(11, 16),
  duration,
  room,
  title,
  track,
  type: 'Talk',
  persons,
});
const paolo = { id: 1, public_name: 'Paolo Bonzini' };
const anthony = { id: 2, public_name: 'Anthony Liguori' };
const avi = { id: 3, public_name: 'Avi Kivity' };

// Sala A is open 09:00–11:00, Sala B 09:00–10:00. Keynote and Workshop clash in Sala A; Paolo is in two places at once.
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
                event('g-1', 'Keynote', 'Sala A', '2012-11-07T09:00:00+01:00', '01:00', [paolo], 'KVM'),
                event('g-2', 'Workshop', 'Sala A', '2012-11-07T09:30:00+01:00', '00:30', [anthony], 'KVM'),
                event('g-4', 'Closing', 'Sala A', '2012-11-07T10:30:00+01:00', '00:30', [avi], 'KVM'),
              ],
              'Sala B': [event('g-3', 'Panel', 'Sala B', '2012-11-07T09:30:00+01:00', '00:30', [paolo, anthony], 'oVirt')],
            },
          },
        ],
      },
    },
  }),
);

/** The written schedule, read back with Podium's own reader, and its hard conflicts by the conflict library. */
function readBack(out: string) {
  const schedule = readScheduleFile(readFileSync(out, 'utf8'), out);
  const conflicts = checkSchedule(
    conflictInputFromImported(schedule, {
      settings: {
        severities: {
          break_overlap: 'block',
          speaker_travel_buffer: 'block',
          speaker_unavailable: 'block',
          room_unavailable: 'block',
          outside_conference_hours: 'block',
          room_capacity: 'block',
          same_track_parallel: 'ignore',
        },
      },
    }),
  );
  return { schedule, conflicts };
}

describe('podium solve', () => {
  it('schedules every talk of a file from scratch, writes a frab schedule.json and prints a summary', async () => {
    const output = path.join(dir, 'out.json');
    const { code, out, err } = await run({ input: file, output, 'time-limit': '20' });
    expect([code, err]).toEqual([0, '']);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`${file}: frab-json, 4 talks in 2 rooms (Europe/Madrid); mode full`);
    // 2½ h of talks, Sala A open 2 h and Sala B only 09:30–10:00: the Panel takes Sala B, so Paolo's Keynote and
    // Anthony's Workshop must avoid 09:30–10:00 in Sala A; the KVM track fills Sala A without a gap. Nothing costs:
    // KVM is whole in one room without gaps or talks in parallel, and rooms used counts in --rooms-only alone.
    expect(lines[1]).toBe('placed 4/4, unplaced 0, hard conflicts 0, rooms used 2, status optimal');
    expect(lines[2]).toBe('objective 0: nothing');
    expect(lines[3]).toMatch(/^seconds: first feasible \d+\.\d\d, total \d+\.\d\d$/);
    expect(lines.slice(4)).toEqual([`wrote ${output}`, '']);
    const { schedule, conflicts } = readBack(output);
    expect(schedule.events.map((e) => [e.id, e.room, e.start.toISOString()])).toEqual([
      ['g-2', 'Sala A', '2012-11-07T08:00:00.000Z'],
      ['g-4', 'Sala A', '2012-11-07T08:30:00.000Z'],
      ['g-3', 'Sala B', '2012-11-07T08:30:00.000Z'],
      ['g-1', 'Sala A', '2012-11-07T09:00:00.000Z'],
    ]);
    expect(conflicts).toEqual([]);
    // Durations and people survive the round trip.
    const panel = schedule.events.find((e) => e.id === 'g-3')!;
    expect([(panel.end.getTime() - panel.start.getTime()) / 60000, panel.persons.map((p) => p.name), panel.track]).toEqual([30, ['Paolo Bonzini', 'Anthony Liguori'], 'oVirt']);
  });

  it('keeps every time with --rooms-only and says which talk has no free room', async () => {
    const output = path.join(dir, 'rooms.json');
    const { code, out } = await run({ input: file, output, 'rooms-only': true, 'time-limit': '20' });
    expect(code).toBe(0);
    // Keynote 09:00–10:00 and Workshop 09:30–10:00 overlap: one goes to Sala B, but the Panel holds Sala B then.
    // Keynote and Closing keep Sala A with half an hour between them: trackGap 0.5 h × 2.
    expect(out.split('\n').slice(1, 3)).toEqual([
      'placed 3/4, unplaced 1, hard conflicts 0 (1 kept from the input, whose times stay), rooms used 2, status partial',
      'objective 2001: trackGap 1, roomUsed 2000',
    ]);
    expect(out).toContain(
      '  - "Workshop" (g-2): No room that seats it is free Wed 7 Nov 09:30–10:00 (UTC+01:00). Sala A has "Keynote" and Sala B has "Panel".',
    );
    const { schedule, conflicts } = readBack(output);
    expect(schedule.events.map((e) => [e.id, e.room, e.start.toISOString()])).toEqual([
      ['g-1', 'Sala A', '2012-11-07T08:00:00.000Z'],
      ['g-3', 'Sala B', '2012-11-07T08:30:00.000Z'],
      ['g-4', 'Sala A', '2012-11-07T09:30:00.000Z'],
    ]);
    // Paolo's Keynote and Panel overlap in the file itself: rooms cannot fix that.
    expect(conflicts.map((c) => `${c.kind} ${c.slotIds.join('+')}`)).toEqual(['speaker_double_booked g-1+g-3']);
  });

  it('assigns the demo conference to exactly 3 rooms with --demo --rooms-only, proven optimal', async () => {
    const output = path.join(dir, 'demo.json');
    const { code, out } = await run({ demo: true, output, 'rooms-only': true, 'time-limit': '5' });
    expect(code).toBe(0);
    // Three talks run at once on Wednesday 13:00 (two KVM, one oVirt): 3 rooms. The KVM talks in parallel (13:00,
    // 16:30, 17:00) are three pairs (60) and keep one of each pair out of KVM's main room (30). The best main-room
    // chain for KVM keeps the keynote and one talk of each pair, with gaps on Wednesday 09:15–13:00, 13:40–14:30,
    // 15:00–15:30, 16:00–16:30 and on Thursday 10:00–10:30: 6 1/12 h; oVirt's gap 12:00–13:00 adds 1 h, so
    // 2 × 7 1/12 h = 14.17. The other KVM talks fit without gaps beside oVirt, which no lower bound beats.
    expect(out.split('\n').slice(0, 3)).toEqual([
      'demo conference kvm-forum-2012, 16 talks in 3 rooms (Europe/Madrid); mode rooms',
      'placed 16/16, unplaced 0, hard conflicts 0, rooms used 3, status optimal',
      'objective 3104.17: trackRoom 30, trackGap 14.17, trackParallel 60, roomUsed 3000',
    ]);
    expect(readBack(output).conflicts).toEqual([]);
  });

  it('plans the demo conference from scratch with its two tracks side by side in rooms of their own', async () => {
    const output = path.join(dir, 'demo-full.json');
    const { code, out } = await run({ demo: true, output, 'time-limit': '5' });
    expect(code).toBe(0);
    expect(out.split('\n').slice(1, 3)).toEqual(['placed 16/16, unplaced 0, hard conflicts 0, rooms used 2, status optimal', 'objective 0: nothing']);
    const { schedule, conflicts } = readBack(output);
    expect(conflicts).toEqual([]);
    // KVM Forum (350 min) in the Auditorium and the oVirt Workshop (210 min) in Sala Gaudí, both from Wednesday 09:00
    // without a gap, in the seed's order: the keynote opens the conference; the day ends at 14:50, not in the evening.
    const rooms = (track: string) => [...new Set(schedule.events.filter((e) => e.track === track).map((e) => e.room))];
    expect([rooms('KVM Forum'), rooms('oVirt Workshop')]).toEqual([['Auditorium'], ['Sala Gaudí']]);
    const keynote = schedule.events.find((e) => e.id === 'KVMKEY')!;
    expect([keynote.room, keynote.start.toISOString()]).toEqual(['Auditorium', '2012-11-07T08:00:00.000Z']);
    expect(Math.max(...schedule.events.map((e) => e.end.getTime()))).toBe(Date.parse('2012-11-07T13:50:00Z'));
  });

  it.each([
    ['no --input', { output: 'x.json' }, '--input <file> (or --demo) is required.'],
    ['no --output', { input: 'x.xml' }, '--output <file> is required.'],
    ['a bad --time-limit', { input: 'x.xml', output: 'x.json', 'time-limit': 'soon' }, '--time-limit must be a number of at least 0.1, got "soon".'],
    ['a bad --time-zone', { input: 'x.xml', output: 'x.json', 'time-zone': 'Mars/Base' }, '--time-zone "Mars/Base" is not an IANA time zone (e.g. Europe/Brussels).'],
  ])('exits 2 and shows the usage for %s', async (_name, values, message) => {
    const { code, out, err } = await run(values);
    expect([code, out, err.split('\n')[0], err.includes('podium solve --input <file> --output <out.json>')]).toEqual([2, '', `podium solve: ${message}`, true]);
  });

  it('exits 2 with a clear message for a missing file and for a file that is not a schedule', async () => {
    const missing = path.join(dir, 'nope.xml');
    expect(await run({ input: missing, output: path.join(dir, 'o.json') })).toEqual({ code: 2, out: '', err: `podium solve: cannot read ${missing}: no such file.\n` });
    const feed = path.join(dir, 'feed.xml');
    writeFileSync(feed, '<?xml version="1.0"?><rss><channel/></rss>');
    expect(await run({ input: feed, output: path.join(dir, 'o.json') })).toEqual({
      code: 2,
      out: '',
      err: 'podium solve: "feed.xml" is XML but not a schedule (root element <rss>); expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.\n',
    });
  });
});

const fixture = path.resolve(import.meta.dirname, '../../../../../shared/fixtures/schedules/pretalx-democon.json');
const repo = path.resolve(import.meta.dirname, '../../../..');

describe.skipIf(!existsSync(fixture))(
  existsSync(fixture) ? 'podium solve as a process on a real schedule' : 'podium solve on a real schedule (skipped: ../shared/fixtures not present)',
  () => {
    it('re-plans the pretalx demo conference without a conflict and exits 0', () => {
      const output = path.join(dir, 'democon.json');
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'solve', '--input', fixture, '--output', output, '--time-limit', '10'], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect([child.status, child.stderr]).toEqual([0, '']);
      expect(child.stdout.split('\n').slice(0, 2)).toEqual([
        `${fixture}: frab-json, 36 talks in 2 rooms (UTC); mode full`,
        'placed 36/36, unplaced 0, hard conflicts 0, rooms used 2, status optimal',
      ]);
      const { schedule, conflicts } = readBack(output);
      expect([schedule.events.length, conflicts]).toEqual([36, []]);
    }, 150_000);
  },
);
