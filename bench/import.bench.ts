// Benchmark for importing real schedule files (../shared/fixtures/schedules) into a Podium database.
//   npx tsx bench/import.bench.ts
// Prints, per file: reading (readScheduleFile), a preview (plan only, nothing written), the first import into a new
// conference (one transaction, bulk inserts), and a re-import of the same file (everything unchanged). Medians of
// 3 runs on the embedded database, each first import into a fresh conference. Target: FOSDEM 2021 (773 events,
// 108 rooms, 684 speakers) imported in < 5 s. Asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDb, defaultMigrationsDir, importSchedule, migrate, startEmbeddedDatabase } from '@podium/db';
import { readScheduleFile } from '@podium/domain';
import { median } from './support/util.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../shared/fixtures/schedules');
const FILES: { file: string; timeZone?: string }[] = [
  { file: 'pretalx-democon.json' },
  { file: 'global-azure-austria-2024-sessionize.json', timeZone: 'Europe/Vienna' },
  { file: 'debconf23-wafer.xml' },
  { file: '39c3-hub.xml' },
  { file: 'fosdem-2021-pentabarf.xml', timeZone: 'Europe/Brussels' },
];
const RUNS = 3;
const TARGET_MS = 5000;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await fn();
  return [result, performance.now() - t0];
}

async function main() {
  if (!existsSync(FIXTURES)) {
    console.log(`import: skipped (${path.relative(process.cwd(), FIXTURES)} not present: ../shared/fixtures is missing)`);
    return;
  }
  const embedded = await startEmbeddedDatabase({ dataDir: null, port: 0 });
  try {
    await migrate(embedded.url, defaultMigrationsDir());
    const db = createDb(embedded.url, { max: 4 });
    await db.conference.count(); // connect and warm up the client before timing
    for (const [n, { file, timeZone }] of FILES.entries()) {
      const full = path.join(FIXTURES, file);
      if (!existsSync(full)) {
        console.log(`import ${file}: skipped (not present)`);
        continue;
      }
      const text = readFileSync(full, 'utf8');
      const reads: number[] = [];
      const previews: number[] = [];
      const imports: number[] = [];
      const reimports: number[] = [];
      let schedule = readScheduleFile(text, file, timeZone ? { timeZone } : {});
      let created = 0;
      for (let run = 0; run < RUNS; run++) {
        const slug = `bench-${n}-${run}`;
        const [read, readMs] = await time(() => readScheduleFile(text, file, timeZone ? { timeZone } : {}));
        schedule = read;
        reads.push(readMs);
        previews.push((await time(() => importSchedule(db, schedule, { slug, dryRun: true })))[1]);
        const [report, importMs] = await time(() => importSchedule(db, schedule, { slug }));
        imports.push(importMs);
        created = Object.values(report.counts).reduce((sum, c) => sum + c.created, 0);
        const [again, reimportMs] = await time(() => importSchedule(db, schedule, { slug }));
        reimports.push(reimportMs);
        const changed = Object.values(again.counts).reduce((sum, c) => sum + c.created + c.updated, 0);
        if (changed !== 0) console.log(`import ${file}: the re-import changed ${changed} row(s), expected none`);
      }
      const events = schedule.events.length;
      const importMs = median(imports);
      const mark = file.startsWith('fosdem') ? (importMs < TARGET_MS ? ` (target < ${s(TARGET_MS)}: met)` : ` (target < ${s(TARGET_MS)}: MISSED)`) : '';
      console.log(
        `import ${file} (${events} events, ${schedule.rooms.length} rooms, ${schedule.persons.length} persons; ${created} rows created): ` +
          `read ${s(median(reads))}, preview ${s(median(previews))}, import ${s(importMs)}${mark}, re-import ${s(median(reimports))} ` +
          `[imports min ${s(Math.min(...imports))} max ${s(Math.max(...imports))}]`,
      );
    }
    await db.$disconnect();
  } finally {
    await embedded.stop();
  }
}

await main();
