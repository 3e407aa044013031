import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createDb, defaultMigrationsDir, findConferenceBySlug, importScheduleFile, migrate, releaseSchedule } from '@podium/db';
import { DomainError, formatImportReport, type ImportReport } from '@podium/domain';
import { withDatabase } from '../database.ts';
import type { Command } from '../command.ts';

/** Where the command writes: stdout for the report, stderr for errors. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

class UsageError extends Error {}

const stringOption = (values: Values, name: string): string | undefined => {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
};

/** The command itself, writing through `io` (the CLI passes stdout/stderr; tests collect the text). */
export async function runImport(values: Values, io: CommandIo): Promise<number> {
  const input = stringOption(values, 'input');
  const slug = stringOption(values, 'conference')?.trim();
  const releaseName = stringOption(values, 'name');
  try {
    if (!input) throw new UsageError('--input <file> is required.');
    if (!slug) throw new UsageError('--conference <slug> is required (an existing conference, or the slug of a new one).');
    if (releaseName !== undefined && !values.release) throw new UsageError('--name names the release: use it with --release.');
    if (values.release && values['dry-run']) throw new UsageError('--release cannot be combined with --dry-run (a preview writes nothing to release).');
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`podium import: ${err.message}\n\n${importCommand.usage}\n`);
    return 2;
  }

  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    io.err(`podium import: cannot read ${input}: ${why}.\n`);
    return 2;
  }

  return withDatabase(async (url) => {
    await migrate(url, defaultMigrationsDir());
    const db = createDb(url, { max: 2 });
    try {
      const timeZone = stringOption(values, 'time-zone');
      const title = stringOption(values, 'title');
      let report: ImportReport;
      const started = performance.now();
      try {
        report = await importScheduleFile(db, {
          text,
          fileName: input,
          slug,
          ...(timeZone && { timeZone }),
          ...(title && { name: title }),
          dryRun: !!values['dry-run'],
          userId: null,
        });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        io.err(`podium import: ${err.message} Nothing was changed.\n`);
        return 2;
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
      else io.out(`${formatImportReport(report)}\n\n${report.dryRun ? 'Preview only: nothing was changed' : 'Done'} in ${seconds} s.\n`);

      if (values.release) {
        const conference = (await findConferenceBySlug(db, slug))!;
        try {
          const released = await releaseSchedule(db, {
            conferenceId: conference.id,
            name: releaseName ?? null,
            comment: `Imported from ${path.basename(input)}.`,
            userId: null,
            // Imported speakers have no address; speakers with an account learn of it from the conference, not a bulk import.
            notifySpeakers: false,
          });
          io.out(`Released version ${released.name}: ${released.sessions} session(s) published.\n`);
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          io.err(`podium import: imported, but not released: ${err.message}\n`);
          return 1;
        }
      }
      return 0;
    } finally {
      await db.$disconnect();
    }
  });
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a schedule file (frab XML/JSON, pentabarf XML, Sessionize JSON) into a conference.',
  usage: `podium import --input <file> --conference <slug> [--time-zone <zone>] [--title <name>] [--dry-run]
              [--release [--name <release name>]] [--json]

Imports a schedule from another tool into a conference, in one transaction: rooms, tracks, session types, speakers
(without an account; their bios published), sessions (confirmed) and their places in the work-in-progress schedule,
breaks, and the days' hours. The format is recognised from the content: frab/pretalx schedule.xml or schedule.json,
pentabarf XML (FOSDEM), Sessionize JSON (/view/All).

When no conference has the slug, one is created from the file: its title (or --title), its days and its time zone.

Importing again updates instead of duplicating: rooms match by the file's id, else by name; tracks and session types by
name; speakers by the file's person id, else by name; sessions by the event's guid (else id, else code). A changed
title, text, room, time or speaker list updates the session. Sessions of an earlier import that the file no longer
lists are kept as they are and listed under "Not in the file": nothing is ever deleted.

Prints a report: created / updated / unchanged per kind, what changed, what was skipped and why, and the reader's
warnings. Exit code 0 when imported (or previewed), 2 for a missing, unreadable or unknown file or a bad option
(nothing is changed then), 1 when --release was refused after the import (the import stays).

Options:
  --input <file>         The schedule file (required).
  --conference <slug>    The conference to import into; created when it does not exist (required).
  --time-zone <zone>     IANA zone for files that name none (pentabarf, Sessionize). Default: the conference's zone,
                         or UTC for a new conference.
  --title <name>         The name of a conference the import creates (default: the file's title).
  --dry-run              Preview: print the report of what the import would do, change nothing.
  --release              Release the imported schedule at once (refused when it has blocking conflicts).
  --name <name>          The release's name (default: the next number, e.g. 1.0). Only with --release.
  --json                 Print the report as JSON instead of text.`,
  options: {
    input: { type: 'string', short: 'i' },
    conference: { type: 'string', short: 'c' },
    'time-zone': { type: 'string' },
    title: { type: 'string' },
    'dry-run': { type: 'boolean' },
    release: { type: 'boolean' },
    name: { type: 'string' },
    json: { type: 'boolean' },
  },
  run(values) {
    return runImport(values, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
  },
};
