// The automatic scheduler (issue 5): one entry point for the four modes. See types.ts for the contract.
//
//   full    pinned sessions stay; everything else is planned from scratch: an exact MILP (HiGHS) when the instance is
//           small, else a constructive greedy followed by large-neighbourhood search with small MILPs, until the time
//           limit.
//   place   placed sessions stay; the unscheduled ones go where they add least to the objective (MILP when small).
//   repair  the sessions in blocking conflicts (by the conference's severities) are moved, as few and as little as
//           possible; pinned never move; what cannot be kept conflict-free is taken off the grid and explained.
//   rooms   times stay; rooms are assigned (interval-graph colouring by start and a track-first construction; proven
//           optimal by a lower bound when one reaches it, else by an exact search or a MILP for fewest rooms and fit).
//
// Every result is checked by the conflict library (verify.ts); `hardConflicts` counts what the solver is
// responsible for and is 0.

import { DomainError } from '../../errors.ts';
import { checkSchedule } from '../conflicts.ts';
import { Control } from './control.ts';
import { explainUnplaced } from './explain.ts';
import { buildModel, toDate, type Model } from './model.ts';
import { solveFull, solvePlace } from './place.ts';
import { solveRepair } from './repair.ts';
import { solveRooms } from './rooms.ts';
import { scoreItems, scoreState, type ObjectiveParts } from './score.ts';
import { State } from './state.ts';
import { SOLVER_MODES, type SolverChange, type SolverInput, type SolverOptions, type SolverPlacement, type SolverResult } from './types.ts';
import { inputHardConflicts, verify } from './verify.ts';

/** What a mode hands back: the schedule, why the rest could not be placed, and whether it is a proven optimum. */
export interface ModeOutcome {
  state: State;
  reasons: Map<number, string[]>;
  optimal: boolean;
  /** Sessions this mode had to schedule (progress and status count these). */
  total: number;
}

export async function solveSchedule(input: SolverInput, options: SolverOptions): Promise<SolverResult> {
  if (!SOLVER_MODES.includes(options.mode)) {
    throw new DomainError('INVALID', `Unknown solver mode "${String(options.mode)}"; expected ${SOLVER_MODES.join(', ')}.`);
  }
  const control = new Control(options);
  const model = buildModel(input, options.mode);
  const inputConflicts = inputHardConflicts(model);
  control.report({ phase: 'model', placed: 0, total: model.sessions.length });

  let outcome: ModeOutcome;
  switch (options.mode) {
    case 'full':
      outcome = await solveFull(model, control);
      break;
    case 'place':
      outcome = await solvePlace(model, control);
      break;
    case 'repair':
      outcome = await solveRepair(model, control, blockingSessions(model));
      break;
    case 'rooms':
      outcome = await solveRooms(model, control);
      break;
  }
  return finish(model, control, outcome, inputConflicts);
}

/**
 * The soft objective of the input's own placement (its placed sessions, as they are), with the weights of `mode`:
 * what a human schedule scores, to compare with the solver's.
 */
export function scorePlacement(input: SolverInput, mode: SolverOptions['mode']): { total: number; parts: ObjectiveParts; placed: number; roomsUsed: number } {
  const model = buildModel(input, mode);
  const items = model.sessions.filter((s) => s.cur).map((s) => ({ s: s.idx, room: s.cur!.room, start: s.cur!.start, end: s.cur!.start + s.dur }));
  return { ...scoreItems(model, items), placed: items.length, roomsUsed: new Set(items.map((it) => it.room)).size };
}

/** Blocking conflicts of the input by the conference's own severities: [conflict message, session indexes]. */
function blockingSessions(model: Model): { message: string; sessions: number[] }[] {
  const input = model.input;
  const idOf = new Map(model.sessions.map((s) => [s.id, s.idx]));
  const slots = model.sessions
    .filter((s) => s.cur)
    .map((s) => ({
      id: s.id,
      title: s.title,
      roomId: model.rooms[s.cur!.room]!.id,
      start: toDate(model, s.cur!.start),
      end: toDate(model, s.cur!.start + s.dur),
      speakerIds: s.speakers.map((p) => model.speakers[p]!.id),
      trackId: s.track >= 0 ? model.tracks[s.track]!.id : null,
      expectedAudience: s.audience,
    }));
  const conflicts = checkSchedule({
    timeZone: input.timeZone,
    rooms: input.rooms,
    speakers: input.speakers,
    tracks: input.tracks ?? [],
    blocks: input.blocks ?? [],
    conferenceHours: input.conferenceHours,
    slots,
    settings: { severities: model.severities, travelBufferMinutes: model.buffer },
  });
  return conflicts.filter((c) => c.severity === 'block').map((c) => ({ message: c.message, sessions: c.slotIds.map((id) => idOf.get(id)!) }));
}

function placementOf(model: Model, room: number, start: number, dur: number): SolverPlacement {
  return { roomId: model.rooms[room]!.id, start: toDate(model, start), end: toDate(model, start + dur) };
}

function finish(model: Model, control: Control, outcome: ModeOutcome, inputConflicts: ReturnType<typeof inputHardConflicts>): SolverResult {
  const { state, reasons } = outcome;
  // Safety net: the search only makes conflict-free moves, so this never fires; if it did, the result would still be
  // honest (the session comes off the grid with the conflict as its reason) rather than wrong.
  let check = verify(state, inputConflicts);
  for (let guard = 0; check.own.length > 0 && guard < model.sessions.length; guard++) {
    const c = check.own[0]!;
    const ids = c.slotIds.map((id) => model.sessions.findIndex((s) => s.id === id));
    const victim = ids.filter((s) => !model.sessions[s]!.pinned).sort((a, b) => b - a)[0] ?? ids[ids.length - 1]!;
    state.unplace(victim);
    reasons.set(victim, [`The solver's result had a conflict, so it was taken off the grid: ${c.message}`]);
    check = verify(state, inputConflicts);
  }

  const placements: SolverResult['placements'] = [];
  const changes: SolverChange[] = [];
  for (const s of model.sessions) {
    const it = state.pos[s.idx];
    const to = it ? placementOf(model, it.room, it.start, s.dur) : null;
    const from = s.cur ? placementOf(model, s.cur.room, s.cur.start, s.dur) : null;
    if (to) placements.push({ sessionId: s.id, ...to });
    if (!from && to) changes.push({ sessionId: s.id, kind: 'placed', from: null, to });
    else if (from && !to) changes.push({ sessionId: s.id, kind: 'unscheduled', from, to: null });
    else if (from && to && (from.roomId !== to.roomId || from.start.getTime() !== to.start.getTime())) {
      changes.push({ sessionId: s.id, kind: 'moved', from, to });
    }
  }
  const unplaced: SolverResult['unplaced'] = [];
  for (const s of model.sessions) {
    if (state.pos[s.idx]) continue;
    const why = reasons.get(s.idx);
    if (!why && !(outcome.total === model.sessions.length || s.cur)) continue; // repair leaves unscheduled sessions alone
    unplaced.push({ sessionId: s.id, title: s.title, reasons: why ?? explainUnplaced(state, s.idx) });
  }
  const objective = scoreState(state);
  const roomsUsed = state.roomCount.filter((n) => n > 0).length;
  const status: SolverResult['status'] = unplaced.length > 0 ? 'partial' : outcome.optimal ? 'optimal' : 'feasible';
  control.report({ phase: 'done', placed: placements.length, total: outcome.total, bestScore: objective.total });
  return {
    mode: model.mode,
    status,
    placements,
    changes,
    unplaced,
    objective,
    roomsUsed,
    hardConflicts: check.own.length,
    inheritedConflicts: check.inherited.length,
    timings: { firstFeasibleMs: control.firstFeasibleMs, totalMs: Math.round(control.elapsed()) },
  };
}
