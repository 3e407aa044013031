// Benchmark for the schedule conflict checker on real schedules (../shared/fixtures/schedules).
//   npx tsx bench/conflicts.bench.ts
// Prints, per schedule, the full check (index build + every rule, median of 20 runs after warm-up) and the
// incremental check of one move (checkMove, median over 1,000 seeded random moves). Targets: full < 50 ms,
// one move < 5 ms. Asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readScheduleFile } from '../libs/domain/src/agenda/formats/read-schedule-file.ts';
import { checkMove, checkSchedule, createConflictIndex, type SlotMove } from '../libs/domain/src/schedule/conflicts.ts';
import { conflictInputFromImported } from '../libs/domain/src/schedule/from-imported.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../shared/fixtures/schedules');
const TRAVEL_BUFFER_MINUTES = 10;

/** mulberry32: small, seeded, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const ms = (x: number) => (x >= 1 ? x.toFixed(1) : x >= 0.01 ? x.toFixed(3) : x.toFixed(4));

function bench(label: string, file: string, timeZone?: string): void {
  const full = path.join(FIXTURES, file);
  if (!existsSync(full)) {
    console.log(`conflicts ${label}: skipped (${path.relative(process.cwd(), full)} not present: ../shared/fixtures is missing)`);
    return;
  }
  const schedule = readScheduleFile(readFileSync(full, 'utf8'), file, timeZone ? { timeZone } : {});
  const input = conflictInputFromImported(schedule, { settings: { travelBufferMinutes: TRAVEL_BUFFER_MINUTES } });

  // Full check: warm up, then the median of 20 runs.
  let found = 0;
  for (let i = 0; i < 5; i++) found = checkSchedule(input).length;
  const fullRuns: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    found = checkSchedule(input).length;
    fullRuns.push(performance.now() - t0);
  }
  fullRuns.sort((a, b) => a - b);

  // Incremental: one index, 1,000 random moves of random slots (any room, any 5-minute start within the schedule's
  // span, same length), each checked without changing the index.
  const index = createConflictIndex(input);
  const rnd = prng(42);
  const first = Math.min(...input.slots.map((s) => s.start.getTime()));
  const last = Math.max(...input.slots.map((s) => s.end.getTime()));
  const steps = Math.max(1, Math.floor((last - first) / 300000));
  const moves: { slotId: string; move: SlotMove }[] = Array.from({ length: 1000 }, () => {
    const slot = input.slots[Math.floor(rnd() * input.slots.length)]!;
    const start = first + Math.floor(rnd() * steps) * 300000;
    const length = slot.end.getTime() - slot.start.getTime();
    const room = input.rooms[Math.floor(rnd() * input.rooms.length)]!;
    return { slotId: slot.id, move: { roomId: room.id, start: new Date(start), end: new Date(start + length) } };
  });
  for (const { slotId, move } of moves.slice(0, 200)) checkMove(index, slotId, move); // warm-up
  const moveRuns: number[] = [];
  let moveConflicts = 0;
  for (const { slotId, move } of moves) {
    const t0 = performance.now();
    moveConflicts += checkMove(index, slotId, move).length;
    moveRuns.push(performance.now() - t0);
  }
  moveRuns.sort((a, b) => a - b);

  console.log(
    `conflicts ${label} (${schedule.events.length} events, ${schedule.rooms.length} rooms, travel buffer ${TRAVEL_BUFFER_MINUTES} min): ` +
      `full check median ${ms(quantile(fullRuns, 0.5))} ms (p95 ${ms(quantile(fullRuns, 0.95))} ms), ` +
      `incremental move median ${ms(quantile(moveRuns, 0.5))} ms (p95 ${ms(quantile(moveRuns, 0.95))} ms, max ${ms(moveRuns[moveRuns.length - 1]!)} ms), ` +
      `conflicts found ${found} (${(moveConflicts / moves.length).toFixed(2)} per random move)`,
  );
}

bench('fosdem-2021', 'fosdem-2021-pentabarf.xml', 'Europe/Brussels');
bench('39c3', '39c3-hub.xml');
