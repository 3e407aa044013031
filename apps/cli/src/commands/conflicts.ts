import { readFile } from 'node:fs/promises';
import {
  CONFLICT_KINDS,
  DomainError,
  checkSchedule,
  conflictInputFromImported,
  readScheduleFile,
  type ConflictKind,
  type ConflictSeverity,
} from '@podium/domain';
import type { Command } from '../command.ts';

/** One line of output per conflict. */
export interface ConflictOutput {
  kind: ConflictKind;
  severity: 'block' | 'warn';
  /** The file's event ids (guid, else id), sorted. */
  eventIds: string[];
  /** Names of the speakers who cause it (double booking, travel, availability). */
  speakers: string[];
  /** The room all involved events share, or null. */
  room: string | null;
  message: string;
}

/** Where the command writes: stdout for the conflicts, stderr for the summary, warnings and errors. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

const SEVERITIES: readonly ConflictSeverity[] = ['block', 'warn', 'ignore'];
const MAX_WARNINGS = 10;

class UsageError extends Error {}

function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function parseSeverities(values: Values): Partial<Record<ConflictKind, ConflictSeverity>> {
  const raw = values.severity;
  const items = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((x): x is string => typeof x === 'string');
  const out: Partial<Record<ConflictKind, ConflictSeverity>> = {};
  for (const item of items) {
    const [kind, level] = item.split('=').map((s) => s.trim());
    if (!CONFLICT_KINDS.includes(kind as ConflictKind)) {
      throw new UsageError(`--severity ${item}: unknown kind "${kind}" (kinds: ${CONFLICT_KINDS.join(', ')}).`);
    }
    if (!SEVERITIES.includes(level as ConflictSeverity)) throw new UsageError(`--severity ${item}: the level must be block, warn or ignore.`);
    out[kind as ConflictKind] = level as ConflictSeverity;
  }
  return out;
}

function parseTravelBuffer(values: Values): number {
  const raw = stringOption(values, 'travel-buffer');
  if (raw === undefined) return 0;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`--travel-buffer must be a whole number of minutes (0 or more), got "${raw}".`);
  return Number(raw.trim());
}

/** The command itself, writing through `io` (the CLI passes stdout/stderr; tests collect the text). */
export async function runConflicts(values: Values, io: CommandIo): Promise<number> {
  const input = stringOption(values, 'input');
  let severities: Partial<Record<ConflictKind, ConflictSeverity>>;
  let travelBufferMinutes: number;
  try {
    if (!input) throw new UsageError('--input <file> is required.');
    severities = parseSeverities(values);
    travelBufferMinutes = parseTravelBuffer(values);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`podium conflicts: ${err.message}\n\n${conflictsCommand.usage}\n`);
    return 2;
  }

  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    io.err(`podium conflicts: cannot read ${input}: ${why}.\n`);
    return 2;
  }

  const timeZone = stringOption(values, 'time-zone');
  let schedule;
  try {
    schedule = readScheduleFile(text, input, timeZone ? { timeZone } : {});
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    io.err(`podium conflicts: ${err.message}\n`);
    return 2;
  }

  const conflictInput = conflictInputFromImported(schedule, { settings: { severities, travelBufferMinutes } });
  const conflicts = checkSchedule(conflictInput);
  const speakerNames = new Map(conflictInput.speakers.map((s) => [s.id, s.name]));
  const rows: ConflictOutput[] = conflicts.map((c) => ({
    kind: c.kind,
    severity: c.severity,
    eventIds: c.slotIds,
    speakers: c.speakerIds.map((id) => speakerNames.get(id) ?? id),
    room: c.roomId, // rooms are keyed by name
    message: c.message,
  }));

  if (values.pretty) io.out(`${JSON.stringify(rows, null, 2)}\n`);
  else if (values.ndjson) io.out(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  else io.out(rows.length === 0 ? '[]\n' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);

  for (const w of schedule.warnings.slice(0, MAX_WARNINGS)) io.err(`warning: ${w}\n`);
  if (schedule.warnings.length > MAX_WARNINGS) io.err(`warning: … and ${schedule.warnings.length - MAX_WARNINGS} more.\n`);
  io.err(`${summary(input, schedule, rows)}\n`);
  return 0;
}

function summary(
  input: string,
  schedule: { format: string; timeZone: string; events: unknown[]; rooms: unknown[] },
  rows: ConflictOutput[],
): string {
  const byKind = new Map<string, number>();
  for (const r of rows) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  const blocking = rows.filter((r) => r.severity === 'block').length;
  const head = `${input}: ${schedule.format}, ${schedule.events.length} events in ${schedule.rooms.length} rooms (${schedule.timeZone}); ${rows.length} conflict${rows.length === 1 ? '' : 's'}`;
  if (rows.length === 0) return `${head}.`;
  return `${head} (${blocking} block, ${rows.length - blocking} warn): ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}.`;
}

export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'Check a schedule file (frab XML/JSON, pentabarf XML, Sessionize JSON) for conflicts; prints JSON.',
  usage: `podium conflicts --input <file> [--travel-buffer <minutes>] [--time-zone <IANA zone>]
                 [--severity <kind>=<block|warn|ignore>]... [--pretty | --ndjson]

Reads a schedule file and prints its conflicts, found by the same checker the schedule editor uses. The format is
recognised from the content: frab/pretalx schedule.xml or schedule.json (c3voc), pentabarf XML (FOSDEM), Sessionize
JSON (/view/All). Rooms are matched by name, speakers by the file's person id (else by name). Files carry no
conference hours, availabilities or audience sizes, so those rules only apply to data that has them.

Output (stdout): a JSON array with one conflict object per line (the whole output is valid JSON, and each line but
the brackets is one conflict):
  {"kind": "room_overlap", "severity": "block", "eventIds": ["12284", "12286"], "speakers": [], "room": "S.ow2",
   "message": "S.ow2 is double-booked: ..."}
  kind      ${CONFLICT_KINDS.slice(0, 5).join(', ')},
            ${CONFLICT_KINDS.slice(5).join(', ')}
  severity  block or warn (ignored kinds are not printed)
  eventIds  the file's event ids (guid, else id), sorted
  speakers  names of the speakers who cause the conflict (double booking, travel buffer, availability)
  room      the room all involved events share, or null
A summary line and the reader's warnings (what it skipped or guessed) go to stderr.
Exit code 0 whenever the file could be read, conflicts or not; 2 for a missing, unreadable or unknown file or a bad option.

Options:
  --input <file>           The schedule file (required).
  --travel-buffer <min>    Minutes a speaker needs between talks in different rooms (default 0: off).
  --time-zone <zone>       IANA zone for files that name none (pentabarf, Sessionize; default UTC, with a warning).
  --severity <kind>=<lvl>  Override a kind's severity; repeatable. Defaults: room_overlap and speaker_double_booked
                           block, the others warn.
  --pretty                 Indented JSON array instead of one object per line.
  --ndjson                 One object per line without the surrounding array (newline-delimited JSON).`,
  options: {
    input: { type: 'string', short: 'i' },
    'travel-buffer': { type: 'string' },
    'time-zone': { type: 'string' },
    severity: { type: 'string', multiple: true },
    pretty: { type: 'boolean' },
    ndjson: { type: 'boolean' },
  },
  run(values) {
    return runConflicts(values, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
  },
};
