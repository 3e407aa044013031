// Glue between the schedule editor and the automatic scheduler (issue 5), pure: the editor's rows become the solver's
// input, a run's lifetime rule, and the refusals of a batch of placements (a solver result applied in one step, or its
// undo). The solver itself lives in ./solver/; nothing here reads a database or starts a thread.

import { DomainError } from '../errors.ts';
import { localTimeOfDay } from '../time/zoned.ts';
import type { Conflict } from './conflicts.ts';
import { conflictInputFromRows, type EditorConflictRows, type EditorSpeakerRow } from './editor.ts';
import type { SolverInput, SolverSession, SolverSpeaker } from './solver/types.ts';

/** Bounds of a run's time limit, in seconds. */
export const SOLVER_TIME_LIMIT_SECONDS = { min: 1, max: 300 } as const;

/**
 * How long past its time limit a run may still be RUNNING: the worker thread's start (compiling the solver) and the
 * solver's last step. Past it the worker is stopped, and a run still RUNNING (its server restarted) counts as failed.
 */
export const SOLVER_GRACE_MS = 20_000;

/** A session as the editor loads it, for the solver: its length, where it sits now (if anywhere), its pin. */
export interface SolverSessionRow {
  id: string;
  title: string;
  trackId: string | null;
  expectedAudience: number | null;
  /** The session's length (its own, else its type's default); a placed session keeps the length it has on the grid. */
  durationMinutes: number;
  speakers: readonly EditorSpeakerRow[];
  placement: { roomId: string; start: Date; end: Date } | null;
  pinned: boolean;
}

export interface SolverInputRows extends Omit<EditorConflictRows, 'sessions'> {
  sessions: readonly SolverSessionRow[];
}

/**
 * The solver's input from the work-in-progress schedule: the same rooms, blocks, day hours and settings the conflict
 * checker sees (conflictInputFromRows), every schedulable session with its current placement, and every speaker of
 * those sessions (placed or not) with their availability. A placed session keeps its length on the grid (it may have
 * been resized); an unplaced one has its own or its type's length.
 */
export function solverInputFromRows(rows: SolverInputRows): SolverInput {
  const frame = conflictInputFromRows({ ...rows, sessions: [] });
  const speakers = new Map<string, SolverSpeaker>();
  for (const s of rows.sessions) {
    for (const sp of s.speakers) {
      if (!speakers.has(sp.id)) speakers.set(sp.id, { id: sp.id, name: sp.name, availability: sp.availability.length > 0 ? sp.availability.map((w) => ({ start: w.start, end: w.end })) : null });
    }
  }
  const sessions = rows.sessions.map(
    (s): SolverSession => ({
      id: s.id,
      title: s.title,
      durationMinutes: s.placement ? Math.round((s.placement.end.getTime() - s.placement.start.getTime()) / 60_000) : s.durationMinutes,
      speakerIds: s.speakers.map((sp) => sp.id),
      trackId: s.trackId,
      expectedAudience: s.expectedAudience,
      roomId: s.placement?.roomId ?? null,
      start: s.placement?.start ?? null,
      pinned: s.placement !== null && s.pinned,
    }),
  );
  return {
    timeZone: frame.timeZone,
    rooms: frame.rooms,
    speakers: [...speakers.values()],
    tracks: frame.tracks ?? [],
    blocks: frame.blocks ?? [],
    conferenceHours: frame.conferenceHours ?? null,
    sessions,
    settings: frame.settings ?? {},
  };
}

/** When a run that is still RUNNING is given up: its time limit plus the grace. */
export function solverRunDeadline(createdAt: Date, timeLimitSeconds: number, graceMs: number = SOLVER_GRACE_MS): Date {
  return new Date(createdAt.getTime() + timeLimitSeconds * 1000 + graceMs);
}

/** Why a run that outlived its deadline failed. */
export function expiredRunMessage(timeLimitSeconds: number, graceMs: number = SOLVER_GRACE_MS): string {
  return `The automatic scheduler did not finish within its time limit of ${timeLimitSeconds} s (plus ${Math.round(graceMs / 1000)} s to start and stop) and was stopped; nothing was changed. Please try again.`;
}

/** The refusal of a start while another run of the same conference is still going. */
export function solverAlreadyRunning(run: { mode: string; createdAt: Date }, startedBy: string | null, timeZone: string): DomainError {
  const at = localTimeOfDay(run.createdAt, timeZone);
  return new DomainError(
    'CONFLICT',
    `The automatic scheduler is already running for this conference (${run.mode} mode, started at ${at}${startedBy ? ` by ${startedBy}` : ''}): wait for it to finish or cancel it first.`,
  );
}

/** The refusal of applying a result computed on a schedule that has changed since. */
export function staleSolverResult(baseRevision: number, currentRevision: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `The schedule changed since the automatic scheduler started (revision ${baseRevision}, now ${currentRevision}): this result no longer fits it. Discard it and run the scheduler again.`,
    { expectedRevision: String(currentRevision) },
  );
}

/** The refusal of a batch of placements that would cause blocking conflicts: every reason, and per kind in fields. */
export function refusedPlacements(blocking: readonly Conflict[]): DomainError {
  const fields: Record<string, string> = {};
  for (const c of blocking) fields[c.kind] = fields[c.kind] ? `${fields[c.kind]}\n${c.message}` : c.message;
  return new DomainError('CONFLICT', `These changes are refused: ${blocking.map((c) => c.message).join(' ')}`, fields);
}

type Spot = { roomId: string | null; start: Date | null; end: Date | null } | null;

/** Whether two placements are the same (both unscheduled, or the same room, start and end). */
export function samePlacement(a: Spot, b: Spot): boolean {
  const placedA = a !== null && a.roomId !== null && a.start !== null && a.end !== null;
  const placedB = b !== null && b.roomId !== null && b.start !== null && b.end !== null;
  if (!placedA || !placedB) return placedA === placedB;
  return a.roomId === b.roomId && a.start!.getTime() === b.start!.getTime() && a.end!.getTime() === b.end!.getTime();
}
