// Many placements as one change of the work-in-progress schedule: an automatic scheduler's result (solve.applyResult) and
// its undo/redo (schedule.applyPlacements). Runs inside changeSchedule's transaction, on the editor state read under
// the version's lock: every target is checked like a hand move (a room of this conference, within one conference day,
// 5..1440 minutes), the conflicts of the schedule *after* all changes are computed in bulk, and a blocking one that
// involves a changed session refuses the whole batch. Nothing is written unless everything passes.
import { clearSlotPlacement, upsertSlotPlacement, type Prisma } from '@podium/db';
import {
  blockingConflicts,
  checkSchedule,
  conflictInputFromRows,
  DomainError,
  placementSpan,
  refusedPlacements,
  samePlacement,
  type Conflict,
} from '@podium/domain';
import { conflictOutput, sessionRow, placedSlotOf, type EditorSession, type loadEditorState } from './editor-state.ts';

type EditorState = Awaited<ReturnType<typeof loadEditorState>>;
type Tx = Parameters<typeof upsertSlotPlacement>[0];

/** Where a session should be: a room and UTC instants, or null (off the grid). */
export type BatchPlacement = { roomId: string; start: Date; end: Date } | null;

export interface BatchTarget {
  session: EditorSession;
  to: BatchPlacement;
}

/** A placement as the API returns it for undo/redo: the session's code, and room + ISO instants or all null. */
export interface PlacementItem {
  code: string;
  roomId: string | null;
  start: string | null;
  end: string | null;
}

export interface BatchOutcome {
  /** Sessions whose placement changed (targets equal to the current placement are skipped). */
  changed: number;
  /** The placements before the change, for undo (applyPlacements of these restores them exactly). */
  undo: PlacementItem[];
  /** The placements after the change, for redo. */
  redo: PlacementItem[];
  /** Non-blocking conflicts of the changed sessions after the change. */
  conflicts: ReturnType<typeof conflictOutput>[];
  /** The audit entry's before/after: every changed slot. */
  audit: { before: Prisma.InputJsonValue; after: Prisma.InputJsonValue };
}

const itemOf = (code: string, p: { roomId: string | null; start: Date | null; end: Date | null } | null): PlacementItem =>
  p && p.roomId !== null && p.start !== null && p.end !== null
    ? { code, roomId: p.roomId, start: p.start.toISOString(), end: p.end.toISOString() }
    : { code, roomId: null, start: null, end: null };

const newSlotId = (sessionId: string) => `(new slot ${sessionId})`;

export async function applyPlacementBatch(tx: Tx, state: EditorState, versionId: string, targets: readonly BatchTarget[]): Promise<BatchOutcome> {
  const roomIds = new Set(state.setup.rooms.map((r) => r.id));
  const seen = new Set<string>();
  const changes: { session: EditorSession; before: ReturnType<typeof placedSlotOf>; to: BatchPlacement; slotId: string }[] = [];
  for (const { session, to } of targets) {
    if (seen.has(session.id)) throw new DomainError('INVALID', `Session ${session.code} is listed twice.`, { placements: `${session.code} is listed twice.` });
    seen.add(session.id);
    const before = placedSlotOf(session);
    if (samePlacement(before, to)) continue;
    if (to) {
      if (!roomIds.has(to.roomId)) throw new DomainError('INVALID', `Session ${session.code}: there is no such room in this conference.`, { placements: 'Choose rooms of this conference.' });
      try {
        placementSpan({ start: to.start, end: to.end }, 0, state.days, state.setup.timeZone);
      } catch (err) {
        if (err instanceof DomainError) throw new DomainError(err.kind, `Session ${session.code}: ${err.message}`, err.fields);
        throw err;
      }
    }
    changes.push({ session, before, to, slotId: session.slots[0]?.id ?? newSlotId(session.id) });
  }

  if (changes.length === 0) throw new DomainError('INVALID', 'Nothing to change: every session is already where given.');

  // The schedule after every change, checked in bulk.
  const changedIds = new Set(changes.map((c) => c.session.id));
  const rows = [
    ...state.placed.filter(({ session }) => !changedIds.has(session.id)).map(({ session, slot }) => sessionRow(session, slot)),
    ...changes.flatMap((c) => (c.to ? [sessionRow(c.session, { id: c.slotId, ...c.to })] : [])),
  ];
  const after = conflictInputFromRows({
    timeZone: state.setup.timeZone,
    travelBufferMinutes: state.setup.travelBufferMinutes,
    conflictSeverities: state.setup.conflictSeverities,
    days: state.days,
    rooms: state.setup.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, availability: r.availability })),
    tracks: state.setup.tracks,
    sessions: rows,
    blocks: state.blocks,
  });
  const changedSlots = new Set(changes.filter((c) => c.to).map((c) => c.slotId));
  const own = checkSchedule(after).filter((c) => c.slotIds.some((id) => changedSlots.has(id)));
  const blocking = blockingConflicts(own);
  if (blocking.length > 0) throw refusedPlacements(blocking);

  const realIds = new Map<string, string>();
  for (const c of changes) {
    if (c.to) {
      const slot = await upsertSlotPlacement(tx, versionId, c.session.id, c.to);
      realIds.set(c.slotId, slot.id);
    } else if (c.before) {
      await clearSlotPlacement(tx, c.before.id);
    }
  }
  const warnings: Conflict[] = own.map((c) => ({ ...c, slotIds: c.slotIds.map((id) => realIds.get(id) ?? id).sort() }));
  const undo = changes.map((c) => itemOf(c.session.code, c.before));
  const redo = changes.map((c) => itemOf(c.session.code, c.to));
  return {
    changed: changes.length,
    undo,
    redo,
    conflicts: warnings.map(conflictOutput),
    audit: { before: { slots: undo as unknown as Prisma.InputJsonValue[] }, after: { slots: redo as unknown as Prisma.InputJsonValue[] } },
  };
}
