import { readFile, writeFile } from 'node:fs/promises';
import {
  DomainError,
  frabScheduleJson,
  isValidTimeZone,
  readScheduleFile,
  solveSchedule,
  solverInputFromImported,
  type SolverInput,
  type SolverResult,
} from '@podium/domain';
import { kvmForum2012 } from '@podium/seeds';
import type { Command } from '../command.ts';
import { demoSolverInput } from '../demo-solver-input.ts';
import type { CommandIo } from './conflicts.ts';

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

class UsageError extends Error {}

function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function wholeNumber(values: Values, name: string, fallback: number, min: number): number {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || Number(raw) < min) throw new UsageError(`--${name} must be a number of at least ${min}, got "${raw}".`);
  return Number(raw.trim());
}

interface Loaded {
  label: string;
  title: string;
  acronym: string;
  timeZone: string;
  days: string[];
  input: SolverInput;
  /** Per session id: the file's persons (for the output). */
  persons: Map<string, { id?: string; name: string }[]>;
}

async function load(values: Values, roomsOnly: boolean, travelBufferMinutes: number, io: CommandIo): Promise<Loaded | number> {
  if (values.demo) {
    const input = demoSolverInput({ keepTimes: roomsOnly });
    input.settings = { travelBufferMinutes };
    const names = new Map(kvmForum2012.speakers.map((s) => [s.key, s.name]));
    const c = kvmForum2012.conference;
    return {
      label: `demo conference ${c.slug}`,
      title: c.name,
      acronym: c.slug,
      timeZone: c.timeZone,
      days: [...new Set(kvmForum2012.sessions.map((s) => s.date))].sort(),
      input,
      persons: new Map(kvmForum2012.sessions.map((s) => [s.code, s.speakerKeys.map((k) => ({ id: k, name: names.get(k) ?? k }))])),
    };
  }
  const file = stringOption(values, 'input')!;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    io.err(`podium solve: cannot read ${file}: ${why}.\n`);
    return 2;
  }
  const timeZone = stringOption(values, 'time-zone');
  let schedule;
  try {
    schedule = readScheduleFile(text, file, timeZone ? { timeZone } : {});
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    io.err(`podium solve: ${err.message}\n`);
    return 2;
  }
  const talks = schedule.events.filter((e) => !e.isBreak);
  if (talks.length === 0) {
    io.err(`podium solve: ${file} has no talks to schedule.\n`);
    return 2;
  }
  const empty = talks.filter((e) => e.end.getTime() <= e.start.getTime());
  if (empty.length > 0) {
    io.err(`podium solve: ${empty.length} talk(s) in ${file} have no duration (e.g. "${empty[0]!.title}"); the solver needs one for every talk.\n`);
    return 2;
  }
  return {
    label: `${file}: ${schedule.format}`,
    title: schedule.title,
    acronym: schedule.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'schedule',
    timeZone: schedule.timeZone,
    days: schedule.days.map((d) => d.date),
    input: solverInputFromImported(schedule, { keepTimes: roomsOnly, settings: { travelBufferMinutes } }),
    persons: new Map(talks.map((e) => [e.id, e.persons])),
  };
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

function summary(loaded: Loaded, result: SolverResult): string {
  const total = loaded.input.sessions.length;
  const lines = [
    `${loaded.label}, ${total} talks in ${loaded.input.rooms.length} rooms (${loaded.timeZone}); mode ${result.mode}`,
    `placed ${result.placements.length}/${total}, unplaced ${result.unplaced.length}, hard conflicts ${result.hardConflicts}` +
      (result.inheritedConflicts ? ` (${result.inheritedConflicts} kept from the input, whose times stay)` : '') +
      `, rooms used ${result.roomsUsed}, status ${result.status}`,
    `objective ${fmt(result.objective.total)}: ${Object.entries(result.objective.parts)
      .filter(([, v]) => v !== 0)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ') || 'nothing'}`,
    `seconds: first feasible ${result.timings.firstFeasibleMs === null ? '-' : (result.timings.firstFeasibleMs / 1000).toFixed(2)}, total ${(result.timings.totalMs / 1000).toFixed(2)}`,
  ];
  if (result.unplaced.length) {
    lines.push('unplaced:');
    for (const u of result.unplaced) lines.push(`  - "${u.title}" (${u.sessionId}): ${u.reasons.join(' ')}`);
  }
  return lines.join('\n');
}

/** The command itself, writing through `io` (the CLI passes stdout/stderr; tests collect the text). */
export async function runSolve(values: Values, io: CommandIo): Promise<number> {
  let output: string;
  let roomsOnly: boolean;
  let timeLimitSeconds: number;
  let travelBufferMinutes: number;
  try {
    if (!values.demo && !stringOption(values, 'input')) throw new UsageError('--input <file> (or --demo) is required.');
    if (values.demo && stringOption(values, 'input')) throw new UsageError('give either --input <file> or --demo, not both.');
    const out = stringOption(values, 'output');
    if (!out) throw new UsageError('--output <file> is required.');
    output = out;
    roomsOnly = values['rooms-only'] === true;
    timeLimitSeconds = wholeNumber(values, 'time-limit', 30, 0.1);
    travelBufferMinutes = wholeNumber(values, 'travel-buffer', 0, 0);
    const tz = stringOption(values, 'time-zone');
    if (tz !== undefined && !isValidTimeZone(tz)) throw new UsageError(`--time-zone "${tz}" is not an IANA time zone (e.g. Europe/Brussels).`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`podium solve: ${err.message}\n\n${solveCommand.usage}\n`);
    return 2;
  }

  const loaded = await load(values, roomsOnly, travelBufferMinutes, io);
  if (typeof loaded === 'number') return loaded;
  // Rooms only: the file's rooms are a starting point, not something to keep.
  if (roomsOnly) loaded.input.weights = { ...loaded.input.weights, moved: 0, movedDistance: 0, roomChanged: 0 };

  const result = await solveSchedule(loaded.input, { mode: roomsOnly ? 'rooms' : 'full', timeLimitMs: Math.round(timeLimitSeconds * 1000) });

  const sessions = new Map(loaded.input.sessions.map((s) => [s.id, s]));
  const rooms = new Map(loaded.input.rooms.map((r) => [r.id, r.name]));
  const json = frabScheduleJson({
    title: loaded.title,
    acronym: loaded.acronym,
    timeZone: loaded.timeZone,
    days: loaded.days,
    rooms: loaded.input.rooms.map((r) => r.name),
    events: result.placements.map((p) => {
      const s = sessions.get(p.sessionId)!;
      return {
        guid: s.id,
        title: s.title,
        room: rooms.get(p.roomId) ?? p.roomId,
        start: p.start,
        durationMinutes: s.durationMinutes,
        track: s.trackId ?? null,
        persons: loaded.persons.get(s.id) ?? [],
      };
    }),
  });
  try {
    await writeFile(output, `${JSON.stringify(json, null, 2)}\n`);
  } catch (err) {
    io.err(`podium solve: cannot write ${output}: ${(err as Error).message}\n`);
    return 2;
  }
  io.out(`${summary(loaded, result)}\nwrote ${output}\n`);
  return 0;
}

export const solveCommand: Command = {
  name: 'solve',
  summary: 'Schedule every talk of a schedule file (or the demo conference) automatically; writes a frab schedule.json.',
  usage: `podium solve --input <file> --output <out.json> [--rooms-only] [--time-limit <s>] [--travel-buffer <min>]
                  [--time-zone <IANA zone>]
podium solve --demo --output <out.json> [--rooms-only] [...]

Reads a schedule file (frab/pretalx schedule.xml or schedule.json, pentabarf XML, Sessionize JSON) and schedules
every talk with the automatic scheduler: no room double-booked, no speaker in two places (nor in two rooms closer
than the travel buffer), rooms used only when they are open, each track kept together in a room and in sequence.
The file's days and rooms are kept, and each room is open on each day from its earliest start to its latest end in
the file. The talks' own times are dropped and planned from scratch; with --rooms-only they are kept and only the
rooms are assigned, in as few rooms as possible. --demo uses the demo conference (KVM Forum 2012) instead of a file.

Output: the schedule as frab schedule.json (c3voc shape) in --output; a summary on stdout: talks placed, those that
could not be placed with the reasons, the objective's parts and the seconds taken.
Exit code 0 when a schedule was written (also when some talks could not be placed); 2 for a missing, unreadable or
unknown file or a bad option.

Options:
  --input <file>          The schedule file.
  --demo                  Use the demo conference instead of a file.
  --output <file>         Where to write the schedule.json (required).
  --rooms-only            Keep every talk's time; assign rooms only (fewest rooms, best fit).
  --time-limit <s>        Seconds the solver may take (default 30); it returns its best schedule by then.
  --travel-buffer <min>   Minutes a speaker needs between talks in different rooms (default 0: none).
  --time-zone <zone>      IANA zone for files that name none (pentabarf, Sessionize; default UTC, with a warning).`,
  options: {
    input: { type: 'string', short: 'i' },
    output: { type: 'string', short: 'o' },
    demo: { type: 'boolean' },
    'rooms-only': { type: 'boolean' },
    'time-limit': { type: 'string' },
    'travel-buffer': { type: 'string' },
    'time-zone': { type: 'string' },
  },
  run(values) {
    return runSolve(values, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
  },
};
