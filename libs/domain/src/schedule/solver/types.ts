// The automatic scheduler's contract (issue 5). Pure data in, pure data out: everything here is structured-clone safe
// (Dates, strings, numbers, plain objects), so the same values cross a worker thread's postMessage unchanged.
//
// The solver reuses the conflict checker's vocabulary (rooms, speakers, tracks, blocks, conference hours, settings) and
// adds what it needs to *place* sessions: durations, current placement, pins, weights.

import type { ConflictSettings, ScheduleBlock, ScheduleRoom, ScheduleSpeaker, ScheduleTrack, TimeWindow } from '../conflicts.ts';

/**
 * place:  put unscheduled sessions into free room × time; everything already placed stays.
 * repair: remove every blocking conflict, moving as few sessions as possible and as little as possible; pinned never move.
 * rooms:  times are fixed; assign rooms (fewest rooms, best capacity fit).
 * full:   schedule everything from scratch (pinned sessions stay).
 */
export type SolverMode = 'place' | 'repair' | 'rooms' | 'full';
export const SOLVER_MODES: readonly SolverMode[] = ['place', 'repair', 'rooms', 'full'];

export interface SolverSession {
  id: string;
  title: string;
  durationMinutes: number;
  speakerIds: string[];
  trackId?: string | null;
  /** People expected; a room must seat them when both numbers are known (hard). */
  expectedAudience?: number | null;
  /** Current placement: all three set (placed) or all null (unscheduled). */
  roomId: string | null;
  start: Date | null;
  /** Pinned sessions never move (in every mode). */
  pinned?: boolean;
}

export interface SolverSpeaker extends ScheduleSpeaker {
  /** Times the speaker prefers (soft); absent: no preference. */
  preferred?: TimeWindow[] | null;
}

/** Weights of the soft objective parts (all ≥ 0; 0 turns a part off). */
export interface SolverWeights {
  /** Per session not in its track's main room (keep a track together in one room). */
  trackRoom: number;
  /** Per gap between consecutive sessions of a track in one room, per hour of gap (keep a track in consecutive slots). */
  trackGap: number;
  /** Per pair of same-track sessions running in parallel. */
  trackParallel: number;
  /** Per unit of audience overlap between two parallel sessions (from favourites or votes when present). */
  audienceOverlap: number;
  /** Per session outside all of its speakers' preferred times. */
  preferredTime: number;
  /** Per session moved away from its current placement (repair / place keep changes minimal). */
  moved: number;
  /** Per hour a moved session ends up from its current start. */
  movedDistance: number;
  /** Per session whose room differs from its current room. */
  roomChanged: number;
  /** Per empty seat per 100 when capacity is known (best capacity fit). */
  capacityFit: number;
  /** Per room used. Rooms mode only (fewest rooms); the other modes take the conference's rooms as they are. */
  roomUsed: number;
}

export const DEFAULT_SOLVER_WEIGHTS: Readonly<SolverWeights> = {
  trackRoom: 10,
  trackGap: 2,
  trackParallel: 20,
  audienceOverlap: 5,
  preferredTime: 5,
  moved: 50,
  movedDistance: 1,
  roomChanged: 5,
  capacityFit: 1,
  roomUsed: 1000,
};

export interface SolverInput {
  /** IANA zone of the conference: local times in explanations. */
  timeZone: string;
  rooms: ScheduleRoom[];
  speakers: SolverSpeaker[];
  tracks?: ScheduleTrack[];
  /** Breaks and blocks: no session may overlap one in its rooms (hard). */
  blocks?: ScheduleBlock[];
  /** When sessions may run (e.g. one window per day). Required to place sessions; rooms mode may omit it. */
  conferenceHours: TimeWindow[] | null;
  sessions: SolverSession[];
  /** Travel buffer (hard for the solver when > 0) and the conference's severities (what counts as "blocking" in repair). */
  settings?: Partial<ConflictSettings>;
  /** Start times snap to this grid, in minutes from each window's start (default 5). */
  granularityMinutes?: number;
  weights?: Partial<SolverWeights>;
  /** How many attendees want both sessions (co-favourites or votes); sessions pairs absent here: 0. */
  audienceOverlap?: { a: string; b: string; weight: number }[];
}

export interface SolverOptions {
  mode: SolverMode;
  /** Hard limit on wall time; the solver returns its best schedule so far when it is reached. */
  timeLimitMs: number;
  /** Called now and then (at most every ~200 ms) while the solver runs. */
  onProgress?: (progress: SolverProgress) => void;
  /** Aborting returns the best schedule so far, like the time limit. */
  signal?: AbortSignal;
}

export interface SolverProgress {
  phase: string;
  elapsedMs: number;
  /** Sessions placed in the best schedule so far (of `total` sessions to schedule). */
  placed: number;
  total: number;
  /** Soft score of the best schedule so far (lower is better), null before the first one. */
  bestScore: number | null;
}

export interface SolverPlacement {
  roomId: string;
  start: Date;
  end: Date;
}

export interface SolverChange {
  sessionId: string;
  /** placed: was unscheduled; moved: time and/or room changed; unscheduled: taken off the grid (repair could not keep it). */
  kind: 'placed' | 'moved' | 'unscheduled';
  from: SolverPlacement | null;
  to: SolverPlacement | null;
}

export interface UnplacedSession {
  sessionId: string;
  title: string;
  /** Specific, human-readable reasons, e.g. "Ada Lovelace is only available Tue 10:00–11:00 and both rooms are taken by pinned sessions". */
  reasons: string[];
}

export interface SolverResult {
  mode: SolverMode;
  /** optimal: proven optimum; feasible: every session placed, not proven optimal; partial: some could not be placed. */
  status: 'optimal' | 'feasible' | 'partial';
  /** The final placement of every session that has one (changed or not). */
  placements: ({ sessionId: string } & SolverPlacement)[];
  /** Only what differs from the input. */
  changes: SolverChange[];
  unplaced: UnplacedSession[];
  /** Soft objective (lower is better): total and its weighted parts by name (keys of SolverWeights). */
  objective: { total: number; parts: Partial<Record<keyof SolverWeights, number>> };
  roomsUsed: number;
  /** Hard conflicts of the result by the conflict library (must be 0 for placed sessions). */
  hardConflicts: number;
  /**
   * Hard conflicts the mode had to keep because they are already in the input among sessions it may not move (place
   * and repair keep the other sessions' places, rooms mode keeps every time, pinned sessions never move). Not counted
   * in hardConflicts.
   */
  inheritedConflicts?: number;
  timings: { firstFeasibleMs: number | null; totalMs: number };
}
