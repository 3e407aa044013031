// The automatic scheduler in a worker thread, so a long solve never blocks the web server's event loop. It receives
// the solver's input in workerData, posts throttled progress and then the result (or the error), and stops early when
// the main thread posts 'abort' (the solver then returns its best schedule so far). Everything posted is
// structured-clone safe (the solver's contract); nothing here touches the database.
import { parentPort, workerData } from 'node:worker_threads';
import { solveSchedule, type SolverInput, type SolverMode, type SolverProgress, type SolverResult } from '@podium/domain';

export interface SolverWorkerData {
  input: SolverInput;
  mode: SolverMode;
  timeLimitMs: number;
  /** Least time between two progress messages. */
  progressEveryMs: number;
}

export type SolverWorkerMessage =
  | { type: 'progress'; progress: SolverProgress }
  | { type: 'result'; result: SolverResult; lastProgress: SolverProgress | null }
  | { type: 'error'; message: string };

export type SolverWorkerCommand = { type: 'abort' };

async function main(port: NonNullable<typeof parentPort>, data: SolverWorkerData) {
  const controller = new AbortController();
  port.on('message', (m: SolverWorkerCommand) => {
    if (m.type === 'abort') controller.abort();
  });
  let lastSent = 0;
  let last: SolverProgress | null = null;
  const post = (m: SolverWorkerMessage) => port.postMessage(m);
  try {
    const result = await solveSchedule(data.input, {
      mode: data.mode,
      timeLimitMs: data.timeLimitMs,
      signal: controller.signal,
      onProgress: (progress) => {
        last = progress;
        const now = Date.now();
        if (now - lastSent < data.progressEveryMs) return;
        lastSent = now;
        post({ type: 'progress', progress });
      },
    });
    post({ type: 'result', result, lastProgress: last });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
  // The main thread terminates the worker once it has the outcome.
}

if (parentPort) await main(parentPort, workerData as SolverWorkerData);
