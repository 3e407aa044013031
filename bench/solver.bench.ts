// Benchmark for the automatic scheduler (libs/domain/src/schedule/solver).
//   npx tsx bench/solver.bench.ts                 (SOLVER_BENCH_SECONDS=25: time limit per run)
// Per instance and mode: seconds to the first feasible schedule and to the final one, talks placed / total, hard
// conflicts (must be 0), the soft score, and the score of the human schedule (the input's own placement, by the same
// objective) for comparison. Instances: the demo seed (full and rooms mode) built straight from the seed data module,
// and every schedule in ../shared/fixtures/schedules (full mode: every talk re-planned from scratch in the file's days,
// rooms and room opening hours; see solverInputFromImported). Targets: seed optimal < 1 s; FOSDEM 2021 (773 talks,
// 108 rooms) feasible (all placed, 0 hard conflicts) < 30 s. Asserts nothing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { demoSolverInput } from '../apps/cli/src/demo-solver-input.ts';
import { readScheduleFile } from '../libs/domain/src/agenda/formats/read-schedule-file.ts';
import { solverInputFromImported } from '../libs/domain/src/schedule/solver/from-imported.ts';
import { prepareSolver } from '../libs/domain/src/schedule/solver/milp.ts';
import { scorePlacement, solveSchedule } from '../libs/domain/src/schedule/solver/solve.ts';
import type { SolverInput, SolverMode } from '../libs/domain/src/schedule/solver/types.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../shared/fixtures/schedules');
const SECONDS = Number(process.env.SOLVER_BENCH_SECONDS ?? 25);
/** Files that name no time zone are read in this one (FOSDEM is in Brussels; so is this fallback for the others). */
const FALLBACK_ZONES: Record<string, string> = { 'fosdem-2021-pentabarf.xml': 'Europe/Brussels', 'global-azure-austria-2024-sessionize.json': 'Europe/Vienna' };

const s = (ms: number | null) => (ms === null ? '-' : (ms / 1000).toFixed(2));
const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function parts(p: Record<string, number>): string {
  return (
    Object.entries(p)
      .filter(([, v]) => v !== 0)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ') || '0'
  );
}

async function run(label: string, mode: SolverMode, input: SolverInput, human: SolverInput): Promise<void> {
  const t0 = performance.now();
  const result = await solveSchedule(input, { mode, timeLimitMs: SECONDS * 1000 });
  const wall = performance.now() - t0;
  const ref = scorePlacement(human, mode);
  console.log(
    `solver ${label} ${mode}: ${input.sessions.length} talks, ${input.rooms.length} rooms | ` +
      `first feasible ${s(result.timings.firstFeasibleMs)} s, final ${s(wall)} s (${result.status}) | ` +
      `placed ${result.placements.length}/${input.sessions.length}, hard conflicts ${result.hardConflicts}, rooms used ${result.roomsUsed} | ` +
      `score ${n(result.objective.total)} [${parts(result.objective.parts)}] | ` +
      `human ${n(ref.total)} [${parts(ref.parts)}], rooms used ${ref.roomsUsed}`,
  );
  for (const u of result.unplaced.slice(0, 3)) console.log(`    unplaced "${u.title}": ${u.reasons.join(' ')}`);
  if (result.unplaced.length > 3) console.log(`    … and ${result.unplaced.length - 3} more unplaced`);
}

console.log(`solver: time limit ${SECONDS} s per run`);
// The demo seed: full re-plan, and rooms only (it needs exactly 3 rooms). Both run before HiGHS is loaded: neither
// needs a MILP on the seed (both are proven optimal by their lower bounds), and HiGHS's WebAssembly keeps compiling
// in the background for a while after it loads, which slows down whatever runs then on a small machine (a solver
// worker in the app loads HiGHS only when a MILP is needed).
const seedHuman = demoSolverInput({ keepTimes: true });
await run('seed kvm-forum-2012', 'full', demoSolverInput({ keepTimes: false }), seedHuman);
const seedRooms = demoSolverInput({ keepTimes: true });
seedRooms.weights = { moved: 0, movedDistance: 0, roomChanged: 0 };
await run('seed kvm-forum-2012', 'rooms', seedRooms, { ...seedHuman, weights: seedRooms.weights });

const t0 = performance.now();
await prepareSolver();
console.log(`solver: HiGHS load + warm-up ${s(performance.now() - t0)} s`);

if (!existsSync(FIXTURES)) {
  console.log(`solver fixtures: skipped (${path.relative(process.cwd(), FIXTURES)} not present: ../shared/fixtures is missing)`);
} else {
  for (const file of readdirSync(FIXTURES).sort()) {
    const timeZone = FALLBACK_ZONES[file];
    const schedule = readScheduleFile(readFileSync(path.join(FIXTURES, file), 'utf8'), file, timeZone ? { timeZone } : {});
    const human = solverInputFromImported(schedule, { keepTimes: true });
    await run(file, 'full', solverInputFromImported(schedule, { keepTimes: false }), human);
  }
}
