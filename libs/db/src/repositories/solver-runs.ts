// Runs of the automatic scheduler (issue 5). Small queries, no rules: when a run counts as expired, what may be applied
// and how a result becomes slots live in @podium/domain (schedule/auto-schedule.ts) and the API's solver service.
// Every write of a run's outcome is conditional on the state it expects, so two writers (the worker's owner, a
// discard, an expiry seen on read) never overwrite each other's outcome.
import type { Prisma } from '../generated/prisma/client.ts';
import { SolverRunState } from '../generated/prisma/enums.ts';
import type { DbOrTx } from './mail.ts';

export { SolverRunState };

const runSelect = {
  id: true,
  conferenceId: true,
  userId: true,
  mode: true,
  timeLimitSeconds: true,
  state: true,
  baseRevision: true,
  progress: true,
  result: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} satisfies Prisma.SolverRunSelect;

export function createSolverRun(
  tx: DbOrTx,
  data: { conferenceId: string; userId: string | null; mode: string; timeLimitSeconds: number; baseRevision: number; progress: Prisma.InputJsonValue },
) {
  return tx.solverRun.create({ data, select: runSelect });
}

/** One run of a conference (null when the id belongs to another conference). */
export function findSolverRun(db: DbOrTx, conferenceId: string, runId: string) {
  return db.solverRun.findFirst({ where: { id: runId, conferenceId }, select: runSelect });
}

/** The runs of a conference still marked RUNNING, oldest first. */
export function listRunningSolverRuns(db: DbOrTx, conferenceId: string) {
  return db.solverRun.findMany({ where: { conferenceId, state: SolverRunState.RUNNING }, orderBy: { createdAt: 'asc' }, select: runSelect });
}

/** The newest run of a conference, any state (the grid reopens it after a reload). */
export function findLatestSolverRun(db: DbOrTx, conferenceId: string) {
  return db.solverRun.findFirst({ where: { conferenceId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: runSelect });
}

/** Progress of a run that is still RUNNING; false when it has finished meanwhile (nothing written). */
export async function updateSolverRunProgress(db: DbOrTx, runId: string, progress: Prisma.InputJsonValue): Promise<boolean> {
  const { count } = await db.solverRun.updateMany({ where: { id: runId, state: SolverRunState.RUNNING }, data: { progress } });
  return count === 1;
}

/** A RUNNING run's result (state DONE); false when it was discarded or failed meanwhile. */
export async function finishSolverRun(db: DbOrTx, runId: string, data: { progress: Prisma.InputJsonValue; result: Prisma.InputJsonValue; finishedAt: Date }): Promise<boolean> {
  const { count } = await db.solverRun.updateMany({ where: { id: runId, state: SolverRunState.RUNNING }, data: { ...data, state: SolverRunState.DONE } });
  return count === 1;
}

/** Marks a RUNNING run FAILED with its reason; false when it already had an outcome. */
export async function failSolverRun(db: DbOrTx, runId: string, error: string, finishedAt: Date): Promise<boolean> {
  const { count } = await db.solverRun.updateMany({ where: { id: runId, state: SolverRunState.RUNNING }, data: { state: SolverRunState.FAILED, error, finishedAt } });
  return count === 1;
}

/**
 * Moves a run from one of `from` to `to` (DONE -> APPLIED, RUNNING|DONE -> DISCARDED); false when its state was none
 * of `from` (someone else got there first).
 */
export async function transitionSolverRun(db: DbOrTx, runId: string, from: readonly SolverRunState[], to: SolverRunState, finishedAt?: Date): Promise<boolean> {
  const { count } = await db.solverRun.updateMany({ where: { id: runId, state: { in: [...from] } }, data: { state: to, ...(finishedAt && { finishedAt }) } });
  return count === 1;
}

