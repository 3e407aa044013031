// The result checked by the conflict library itself (not by the solver's own bookkeeping): every hard kind set to
// block, same-track parallel left to the objective. A conflict the solver could not have avoided is "inherited": it is
// already in the input and involves only sessions the mode keeps where they are (place and repair keep the others'
// places; rooms mode keeps every time, so double bookings, availability and hours are the input's).

import { checkSchedule, type Conflict, type ConflictInput, type ConflictKind, type ScheduleSlot } from '../conflicts.ts';
import { hardSeverities, toDate, type Model } from './model.ts';
import type { Item, State } from './state.ts';

const TIME_ONLY: ReadonlySet<ConflictKind> = new Set(['speaker_double_booked', 'speaker_unavailable', 'outside_conference_hours']);

function conflictInput(model: Model, slots: ScheduleSlot[]): ConflictInput {
  const input = model.input;
  return {
    timeZone: input.timeZone,
    rooms: input.rooms,
    speakers: input.speakers,
    tracks: input.tracks ?? [],
    blocks: input.blocks ?? [],
    conferenceHours: input.conferenceHours,
    slots,
    settings: { severities: hardSeverities(), travelBufferMinutes: model.buffer },
  };
}

function slot(model: Model, it: Item): ScheduleSlot {
  const s = model.sessions[it.s]!;
  return {
    id: s.id,
    title: s.title,
    roomId: model.rooms[it.room]!.id,
    start: toDate(model, it.start),
    end: toDate(model, it.end),
    speakerIds: s.speakers.map((p) => model.speakers[p]!.id),
    trackId: s.track >= 0 ? model.tracks[s.track]!.id : null,
    expectedAudience: s.audience,
  };
}

/** Hard conflicts of the input's own placement (what a mode may inherit). */
export function inputHardConflicts(model: Model): Conflict[] {
  const slots = model.sessions.filter((s) => s.cur).map((s) => slot(model, { s: s.idx, room: s.cur!.room, start: s.cur!.start, end: s.cur!.start + s.dur }));
  return checkSchedule(conflictInput(model, slots));
}

export function stateHardConflicts(state: State): Conflict[] {
  const model = state.model;
  return checkSchedule(conflictInput(model, state.pos.filter((x): x is Item => x !== null).map((it) => slot(model, it))));
}

const key = (c: Conflict) => `${c.kind}|${c.slotIds.join('\u0000')}`;

export interface Verification {
  /** Conflicts the solver is responsible for (must be empty). */
  own: Conflict[];
  inherited: Conflict[];
}

export function verify(state: State, inputConflicts: readonly Conflict[]): Verification {
  const model = state.model;
  const before = new Set(inputConflicts.map(key));
  const idOf = new Map(model.sessions.map((s) => [s.id, s.idx]));
  const unchanged = (id: string) => {
    const s = model.sessions[idOf.get(id)!]!;
    const it = state.pos[s.idx];
    return s.cur !== null && it != null && it.room === s.cur.room && Math.abs(it.start - s.cur.start) < 1e-9;
  };
  const overlapsAllRoomsBlock = (id: string) => {
    const s = model.sessions[idOf.get(id)!]!;
    const it = state.pos[s.idx];
    if (!it) return false;
    const a = toDate(model, it.start).getTime();
    const b = toDate(model, it.end).getTime();
    return (model.input.blocks ?? []).some((bl) => bl.roomIds === 'all' && bl.start.getTime() < b && a < bl.end.getTime());
  };
  const own: Conflict[] = [];
  const inherited: Conflict[] = [];
  for (const c of stateHardConflicts(state)) {
    let isInherited = false;
    if (before.has(key(c))) {
      if (c.slotIds.every(unchanged)) isInherited = true;
      else if (model.mode === 'rooms' && (TIME_ONLY.has(c.kind) || (c.kind === 'break_overlap' && c.slotIds.every(overlapsAllRoomsBlock)))) isInherited = true;
    }
    (isInherited ? inherited : own).push(c);
  }
  return { own, inherited };
}
