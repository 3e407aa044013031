// Time limit, abort and progress for one solver run. The search calls `tick` in its loops: it reports progress at most
// every 200 ms and hands the event loop a turn every ~25 ms, so an abort (or a worker's message) can arrive.

import type { SolverOptions, SolverProgress } from './types.ts';

const now = () => performance.now();

export class Control {
  readonly started = now();
  readonly deadline: number;
  private lastProgress = -Infinity;
  private lastYield = now();
  progress: Omit<SolverProgress, 'elapsedMs'> = { phase: 'model', placed: 0, total: 0, bestScore: null };
  firstFeasibleMs: number | null = null;

  constructor(private readonly options: Pick<SolverOptions, 'timeLimitMs' | 'signal' | 'onProgress'>) {
    const limit = Number.isFinite(options.timeLimitMs) && options.timeLimitMs > 0 ? options.timeLimitMs : 0;
    this.deadline = this.started + limit;
  }

  elapsed(): number {
    return now() - this.started;
  }

  remaining(): number {
    return Math.max(0, this.deadline - now());
  }

  aborted(): boolean {
    return this.options.signal?.aborted === true;
  }

  /** Stop searching: the time is up or the caller aborted. */
  stop(): boolean {
    return this.aborted() || now() >= this.deadline;
  }

  report(update: Partial<Omit<SolverProgress, 'elapsedMs'>>): void {
    this.progress = { ...this.progress, ...update };
    const t = now();
    if (this.options.onProgress && t - this.lastProgress >= 200) {
      this.lastProgress = t;
      this.options.onProgress({ ...this.progress, elapsedMs: Math.round(t - this.started) });
    }
  }

  feasible(): void {
    this.firstFeasibleMs ??= Math.round(this.elapsed());
  }

  /** Yields to the event loop when the last turn was long enough ago; returns true when the search must stop. */
  async tick(): Promise<boolean> {
    const t = now();
    if (t - this.lastYield >= 25) {
      this.lastYield = t;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      this.lastYield = now();
    }
    return this.stop();
  }
}
