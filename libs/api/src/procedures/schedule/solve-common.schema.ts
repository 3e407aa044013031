// Shapes shared by the automatic scheduler's procedures (schedule.solve.*) and the batch of placements that applies a
// result or undoes it (schedule.applyPlacements).
import { z } from 'zod';
import { SOLVER_MODES } from '@podium/domain';
import { codeSchema, conflictSchema, idSchema, instantSchema } from './schedule-common.schema.ts';

export const solverModeSchema = z.enum(SOLVER_MODES, { message: 'Choose a mode: place, repair, rooms or full.' });
export const SOLVER_RUN_STATES = ['RUNNING', 'DONE', 'FAILED', 'APPLIED', 'DISCARDED'] as const;
export const runIdSchema = z.string().trim().min(1).max(40);

/** A placement to write: the session's code and a room with ISO instants, or all three null (off the grid). */
export const placementItemSchema = z
  .object({ code: codeSchema, roomId: idSchema.nullable(), start: instantSchema.nullable(), end: instantSchema.nullable() })
  .refine((p) => (p.roomId === null) === (p.start === null) && (p.start === null) === (p.end === null), {
    message: 'Give a room, a start and an end, or none of them to take the session off the grid.',
    path: ['roomId'],
  });

/** What a batch of placements answers (solve.applyResult, schedule.applyPlacements): enough to undo and redo it. */
export const placementBatchOutput = z.object({
  revision: z.number().int(),
  /** Sessions whose placement changed. */
  changed: z.number().int(),
  /** applyPlacements of these restores the schedule as it was before. */
  undo: z.array(z.object({ code: z.string(), roomId: z.string().nullable(), start: z.string().nullable(), end: z.string().nullable() })),
  /** applyPlacements of these makes the change again. */
  redo: z.array(z.object({ code: z.string(), roomId: z.string().nullable(), start: z.string().nullable(), end: z.string().nullable() })),
  /** Warnings of the changed sessions after the change (blocking ones refuse it). */
  conflicts: z.array(conflictSchema),
});

const spotSchema = z.object({ roomId: z.string(), roomName: z.string(), start: z.date(), end: z.date() });
const namedSchema = z.object({ code: z.string(), title: z.string() });

/** A finished run's proposal, as a diff against the schedule it started from. */
export const solverPreviewSchema = z.object({
  /** optimal: proven best; feasible: everything placed; partial: some sessions could not be placed. */
  status: z.enum(['optimal', 'feasible', 'partial']),
  moved: z.array(namedSchema.extend({ from: spotSchema, to: spotSchema })),
  placed: z.array(namedSchema.extend({ to: spotSchema })),
  unscheduled: z.array(namedSchema.extend({ from: spotSchema })),
  unplaced: z.array(namedSchema.extend({ reasons: z.array(z.string()) })),
  /** The soft objective (lower is better) and its weighted parts, largest first. */
  objective: z.object({ total: z.number(), parts: z.array(z.object({ name: z.string(), value: z.number() })) }),
  /** Hard conflicts of the proposal by the conflict checker (0 for a usable result). */
  hardConflicts: z.number().int(),
  roomsUsed: z.number().int(),
  firstFeasibleMs: z.number().nullable(),
  totalMs: z.number(),
});

export const solverRunSchema = z.object({
  runId: z.string(),
  mode: solverModeSchema,
  state: z.enum(SOLVER_RUN_STATES),
  timeLimitSeconds: z.number().int(),
  /** The schedule revision the run started from; its result applies only while the schedule is still there. */
  baseRevision: z.number().int(),
  /** The schedule's revision now. */
  currentRevision: z.number().int(),
  /** A DONE run whose schedule has not changed since it started: Apply is possible. */
  applicable: z.boolean(),
  startedBy: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
  /** Why a FAILED run failed. */
  error: z.string().nullable(),
  progress: z.object({
    phase: z.string(),
    /** Wall time since the start (until the end for a finished run). */
    elapsedMs: z.number(),
    placed: z.number().int(),
    total: z.number().int(),
    bestScore: z.number().nullable(),
  }),
  /** The proposal of a DONE (or APPLIED) run; null otherwise. */
  preview: solverPreviewSchema.nullable(),
});
export type SolverRunOutput = z.infer<typeof solverRunSchema>;
