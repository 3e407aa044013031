import { writeFile } from 'node:fs/promises';
import { scheduleFeed, SCHEDULE_FORMATS, type ScheduleFormat } from '@podium/api';
import { createDb, type Db } from '@podium/db';
import { DomainError } from '@podium/domain';
import { withDatabase } from '../database.ts';
import type { Command } from '../command.ts';

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Where the command writes: stdout for the export (without --output), stderr for the summary and errors. */
export interface ExportIo {
  out(text: string): void;
  err(text: string): void;
}

export type WithDb = <T>(fn: (db: Db) => Promise<T>) => Promise<T>;

/** The CLI's database (DATABASE_URL, else the embedded store), for as long as `fn` runs. */
const defaultWithDb: WithDb = (fn) =>
  withDatabase(async (url) => {
    const db = createDb(url, { max: 2 });
    try {
      return await fn(db);
    } finally {
      await db.$disconnect();
    }
  });

const str = (values: Values, name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

/**
 * Writes the latest release of a conference in one format: exactly the bytes the public app serves at
 * /<slug>/schedule.<format> (same generator, same PODIUM_PUBLIC_URL in the links).
 */
export async function runExport(values: Values, io: ExportIo, withDb: WithDb = defaultWithDb): Promise<number> {
  const slug = str(values, 'conference')?.trim();
  const format = str(values, 'format')?.trim().toLowerCase();
  const output = str(values, 'output');
  const usage = (message: string) => {
    io.err(`podium export: ${message}\n\n${exportCommand.usage}\n`);
    return 2;
  };
  if (!slug) return usage('--conference <slug> is required.');
  if (!format) return usage(`--format is required (${SCHEDULE_FORMATS.join(', ')}).`);
  if (!SCHEDULE_FORMATS.includes(format as ScheduleFormat)) return usage(`--format must be one of ${SCHEDULE_FORMATS.join(', ')}, got "${format}".`);
  if (output !== undefined && output.trim() === '') return usage('--output needs a file name.');

  const feed = await withDb(async (db) => {
    try {
      return await scheduleFeed(db, slug, { kind: 'schedule', format: format as ScheduleFormat });
    } catch (err) {
      if (err instanceof DomainError && err.kind === 'NOT_FOUND') {
        io.err(`podium export: ${err.message}\n`);
        return null;
      }
      throw err;
    }
  });
  if (!feed) return 1;

  const size = new TextEncoder().encode(feed.body).length;
  if (output) {
    try {
      await writeFile(output, feed.body, 'utf8');
    } catch (err) {
      io.err(`podium export: cannot write ${output}: ${(err as Error).message}\n`);
      return 1;
    }
    io.err(`Wrote ${slug} release ${feed.releaseName} (${feed.releasedAt.toISOString()}) as ${format}: ${size} bytes to ${output}.\n`);
  } else {
    io.out(feed.body);
  }
  return 0;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the latest released schedule as frab/c3voc XML or JSON, or iCalendar (what the public URLs serve).',
  usage: `podium export --conference <slug> --format xml|json|ics [--output <file>]

Writes the conference's latest released schedule, exactly as the public app serves it:
  xml   /<slug>/schedule.xml   frab / c3voc schedule.xml (valid against the c3voc XSD)
  json  /<slug>/schedule.json  c3voc schedule.json (valid against the c3voc JSON schema)
  ics   /<slug>/schedule.ics   iCalendar (RFC 5545), every session, with a VTIMEZONE
Links in the export point to PODIUM_PUBLIC_URL (default http://localhost:3000), as the app's do.
Exit code 0 when written; 1 for an unknown conference or one without a release; 2 for a bad option.

Options:
  --conference <slug>   The conference (required).
  --format <format>     xml, json or ics (required).
  --output <file>       Write to this file instead of stdout.`,
  options: {
    conference: { type: 'string', short: 'c' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  },
  run(values) {
    return runExport(values, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
  },
};
