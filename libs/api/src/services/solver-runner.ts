// Runs the automatic scheduler off the web server's event loop: one worker thread per run (solver-worker.ts, loaded
// through solver-worker-boot.mjs), whose progress and result this main-thread side writes to the run's SolverRun row.
//
// - Progress reaches the row at most every PROGRESS_WRITE_MS (the worker already throttles what it posts); writes of
//   one run are chained so a late progress write never lands after the outcome.
// - The time limit is the solver's own (it returns its best schedule when reached); as a safety net the worker is
//   terminated at limit + grace and the run marked FAILED with the reason. A run still RUNNING past that deadline
//   because its server restarted is reported FAILED when read (solve-common.ts).
// - Every outcome write is conditional on the row still being RUNNING: a run discarded meanwhile stays discarded.
// - The worker file is found from the workspace root (PODIUM_ROOT, else the nearest folder holding nx.json above the
//   working folder), because the libs run inside Next's bundle where the source files' own paths are unknown.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { failSolverRun, finishSolverRun, updateSolverRunProgress, type Db, type Prisma } from '@podium/db';
import { SOLVER_GRACE_MS, expiredRunMessage, type SolverInput, type SolverMode, type SolverProgress, type SolverResult } from '@podium/domain';
import type { SolverWorkerCommand, SolverWorkerData, SolverWorkerMessage } from './solver-worker.ts';

const PROGRESS_POST_MS = 200;
const PROGRESS_WRITE_MS = 250;
/** A runaway solve fails its run instead of taking the web server's memory with it. */
const WORKER_HEAP_MB = 1024;

/** The progress a run row holds. */
export interface RunProgress {
  phase: string;
  elapsedMs: number;
  placed: number;
  total: number;
  bestScore: number | null;
}

/** What a finished run's row holds: the solver's result (instants as ISO strings) and the sessions it names. */
export interface StoredSolverResult {
  solver: SolverResult;
  sessions: Record<string, { code: string; title: string }>;
}

export interface SolverJob {
  runId: string;
  mode: SolverMode;
  timeLimitSeconds: number;
  input: SolverInput;
  /** Code and title of every session of the input, by id (kept in the result for the ones it names). */
  sessions: ReadonlyMap<string, { code: string; title: string }>;
}

interface Running {
  /** Resolves once the outcome is written and the worker has stopped. */
  settled: Promise<void>;
  /** Stops the worker without writing an outcome. */
  stop: () => Promise<void>;
}

// One registry per process, also when Next loads this module in more than one bundle layer.
const REGISTRY = Symbol.for('podium.solverRuns');
const running: Map<string, Running> = ((globalThis as Record<symbol, unknown>)[REGISTRY] as Map<string, Running> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY] = new Map<string, Running>());

/** Time a run may overrun its limit: PODIUM_SOLVER_GRACE_MS when set (tests, slow machines), else SOLVER_GRACE_MS. */
export function solverGraceMs(): number {
  const fromEnv = Number(process.env.PODIUM_SOLVER_GRACE_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 0 && process.env.PODIUM_SOLVER_GRACE_MS !== '' ? fromEnv : SOLVER_GRACE_MS;
}

/** The workspace root: PODIUM_ROOT, else the nearest folder holding nx.json at or above the working folder. */
export function workspaceRoot(): string {
  if (process.env.PODIUM_ROOT) return path.resolve(process.env.PODIUM_ROOT);
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`Cannot find Podium's folder (nx.json) above ${process.cwd()}: set PODIUM_ROOT to it.`);
}

/**
 * node:worker_threads' Worker, fetched at run time. A bundler rewrites a `new Worker(path)` whose path it cannot
 * resolve at build time (Turbopack turns it into a throw of "Cannot find module 'unknown'"), and this path is only
 * known at run time.
 */
function workerClass(): typeof Worker {
  return (process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads')).Worker;
}

function workerEntry(): string {
  const file = path.join(workspaceRoot(), 'libs/api/src/services/solver-worker-boot.mjs');
  if (!existsSync(file)) throw new Error(`The automatic scheduler's worker file is missing (${file}): set PODIUM_ROOT to Podium's folder.`);
  return file;
}

/** A Date-free copy of the solver's result for a JSON column. */
function jsonOf<T>(value: T): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function progressJson(p: RunProgress): Prisma.InputJsonValue {
  return { phase: p.phase, elapsedMs: p.elapsedMs, placed: p.placed, total: p.total, bestScore: p.bestScore };
}

/**
 * Starts the run's worker and returns at once; the worker's messages update the row. A worker that cannot start
 * fails the run with the reason (never throws to the caller, whose transaction has committed the RUNNING row).
 */
export function launchSolverRun(db: Db, job: SolverJob): void {
  const startedAt = Date.now();
  const graceMs = solverGraceMs();
  let chain: Promise<unknown> = Promise.resolve();
  const write = (fn: () => Promise<unknown>) => {
    chain = chain.then(fn).catch((err: unknown) => console.error(`solver run ${job.runId}: could not write its state:`, err));
    return chain;
  };
  /** Marks the run FAILED (when still RUNNING); call inside write() or alone, never nested in write(). */
  const fail = async (message: string) => {
    if (await failSolverRun(db, job.runId, message, new Date())) console.error(`solver run ${job.runId} failed: ${message}`);
  };

  let worker: Worker;
  try {
    const data: SolverWorkerData = { input: job.input, mode: job.mode, timeLimitMs: job.timeLimitSeconds * 1000, progressEveryMs: PROGRESS_POST_MS };
    const WorkerThread = workerClass();
    worker = new WorkerThread(workerEntry(), { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  } catch (err) {
    const settled = write(() => fail(`The automatic scheduler could not start: ${err instanceof Error ? err.message : String(err)}`)).then(() => {
      running.delete(job.runId);
    });
    running.set(job.runId, { settled, stop: () => settled });
    return;
  }

  let done = false;
  let lastWrite = 0;
  let pendingProgress: RunProgress | null = null;
  let progressTimer: NodeJS.Timeout | null = null;
  const flushProgress = () => {
    progressTimer = null;
    const p = pendingProgress;
    pendingProgress = null;
    if (!p || done) return;
    lastWrite = Date.now();
    void write(() => (done ? Promise.resolve() : updateSolverRunProgress(db, job.runId, progressJson(p))));
  };

  let resolveSettled!: () => void;
  const settled = new Promise<void>((r) => (resolveSettled = r));
  /** The run's one outcome: written (unless `outcome` is null: stopped by a discard), then the worker goes. */
  const finish = (outcome: (() => Promise<unknown>) | null) => {
    if (done) return settled;
    done = true;
    clearTimeout(deadline);
    if (progressTimer) clearTimeout(progressTimer);
    running.delete(job.runId);
    void (outcome ? write(outcome) : chain)
      .then(() => worker.terminate())
      .catch(() => undefined)
      .finally(resolveSettled);
    return settled;
  };

  const deadline = setTimeout(() => finish(() => fail(expiredRunMessage(job.timeLimitSeconds, graceMs))), job.timeLimitSeconds * 1000 + graceMs);
  deadline.unref?.();

  worker.on('message', (m: SolverWorkerMessage) => {
    if (done) return;
    if (m.type === 'progress') {
      pendingProgress = m.progress;
      const wait = PROGRESS_WRITE_MS - (Date.now() - lastWrite);
      if (wait <= 0) flushProgress();
      else progressTimer ??= setTimeout(flushProgress, wait);
    } else if (m.type === 'result') {
      const result = m.result;
      const named = new Set([...result.changes.map((c) => c.sessionId), ...result.unplaced.map((u) => u.sessionId), ...result.placements.map((p) => p.sessionId)]);
      const sessions = Object.fromEntries([...named].flatMap((id) => (job.sessions.has(id) ? [[id, job.sessions.get(id)!] as const] : [])));
      const last: SolverProgress | null = m.lastProgress;
      const total = last?.total ?? job.input.sessions.length;
      const progress: RunProgress = { phase: 'done', elapsedMs: Date.now() - startedAt, placed: last?.placed ?? result.placements.length, total, bestScore: result.objective.total };
      const stored: StoredSolverResult = { solver: result, sessions };
      finish(() => finishSolverRun(db, job.runId, { progress: progressJson(progress), result: jsonOf(stored), finishedAt: new Date() }));
    } else {
      finish(() => fail(`The automatic scheduler failed: ${m.message}`));
    }
  });
  worker.on('error', (err) => finish(() => fail(`The automatic scheduler failed: ${err.message}`)));
  worker.on('exit', (code) => finish(() => fail(`The automatic scheduler stopped unexpectedly (exit code ${code}) before giving a result.`)));

  running.set(job.runId, {
    settled,
    stop: () => {
      if (!done) worker.postMessage({ type: 'abort' } satisfies SolverWorkerCommand);
      return finish(null);
    },
  });
}

/**
 * Stops the run's worker when this process runs it (a discard or cancel); the caller has already changed the row's
 * state, so the worker's outcome is not written. Resolves once it has stopped.
 */
export async function stopSolverRun(runId: string): Promise<boolean> {
  const r = running.get(runId);
  if (!r) return false;
  await r.stop();
  return true;
}

/** Resolves when the run's outcome has been written (at once when this process does not run it). For tests and shutdown. */
export async function solverRunSettled(runId: string): Promise<void> {
  await running.get(runId)?.settled;
}
