// Glue of the schedule editor: loads the work-in-progress schedule with everything the conflict checker needs,
// maps rows to domain input and to the grid's output shapes, and runs every change in one transaction behind the
// version's revision (optimistic concurrency) with an audit entry.
import {
  bumpRevision,
  bumpRevisionIfCurrent,
  createAuditEntry,
  ensureWorkInProgressVersion,
  findRevision,
  findScheduleEditorSetup,
  listBlocks,
  listSchedulableSessions,
  type Db,
  type DbOrTx,
  type Prisma,
} from '@podium/db';
import {
  conflictInputFromRows,
  editorDays,
  sessionMinutes,
  staleRevision,
  type Conflict,
  type EditorDay,
  type EditorSessionRow,
} from '@podium/domain';
import type { PlacedSlotOutput } from './schedule-common.schema.ts';

export type EditorSession = Awaited<ReturnType<typeof listSchedulableSessions>>[number];
type Slot = EditorSession['slots'][number];
export type PlacedSlot = Slot & { roomId: string; start: Date; end: Date };

export function placedSlotOf(session: { slots: Slot[] }): PlacedSlot | null {
  const slot = session.slots[0];
  return slot && slot.roomId !== null && slot.start !== null && slot.end !== null ? (slot as PlacedSlot) : null;
}

export async function loadEditorState(db: DbOrTx, conferenceId: string, versionId: string | null) {
  const setup = await findScheduleEditorSetup(db, conferenceId);
  const sessions = await listSchedulableSessions(db, conferenceId, versionId);
  const blocks = versionId ? await listBlocks(db, versionId) : [];
  const days = editorDays(setup.scheduleDays, setup);
  const placed = sessions.flatMap((s) => {
    const slot = placedSlotOf(s);
    return slot ? [{ session: s, slot }] : [];
  });
  const input = conflictInputFromRows({
    timeZone: setup.timeZone,
    travelBufferMinutes: setup.travelBufferMinutes,
    conflictSeverities: setup.conflictSeverities,
    days,
    rooms: setup.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, availability: r.availability })),
    tracks: setup.tracks,
    sessions: placed.map(({ session, slot }) => sessionRow(session, slot)),
    blocks,
  });
  return { setup, days, sessions, placed, blocks, input };
}

export function sessionRow(session: EditorSession, placement: { id: string; roomId: string; start: Date; end: Date }): EditorSessionRow {
  return {
    slotId: placement.id,
    title: session.title,
    trackId: session.trackId,
    expectedAudience: session.expectedAudience,
    speakers: session.speakers.map(({ speakerProfile: p }) => ({ id: p.id, name: p.user.name, availability: p.availability })),
    roomId: placement.roomId,
    start: placement.start,
    end: placement.end,
  };
}

export function sessionCard(session: EditorSession) {
  return {
    code: session.code,
    title: session.title,
    state: session.state,
    track: session.track && session.trackId ? { id: session.trackId, name: session.track.name, color: session.track.color } : null,
    sessionType: session.sessionType.name,
    durationMinutes: sessionMinutes(session.durationMinutes, session.sessionType.defaultDurationMinutes),
    speakers: session.speakers.map(({ speakerProfile: p }) => ({ id: p.id, code: p.code, name: p.user.name })),
    expectedAudience: session.expectedAudience,
  };
}

export function placedSlotOutput(session: EditorSession, slot: PlacedSlot, conflicts: readonly Conflict[]): PlacedSlotOutput {
  return {
    ...sessionCard(session),
    slotId: slot.id,
    roomId: slot.roomId,
    start: slot.start,
    end: slot.end,
    pinned: slot.pinned,
    conflicts: conflicts.map(conflictOutput),
  };
}

export function conflictOutput(c: Conflict) {
  return { kind: c.kind, severity: c.severity, slotIds: [...c.slotIds], speakerIds: [...c.speakerIds], roomId: c.roomId, message: c.message };
}

export function dayOutput(d: EditorDay) {
  return { date: d.date, localStart: d.localStart, localEnd: d.localEnd, start: d.start, end: d.end };
}

/** A placement as the audit log records it. */
export function placementJson(code: string, p: { roomId: string | null; start: Date | null; end: Date | null } | null): Prisma.InputJsonValue | null {
  if (!p || p.roomId === null || p.start === null || p.end === null) return null;
  return { code, roomId: p.roomId, start: p.start.toISOString(), end: p.end.toISOString() };
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
}

/**
 * Runs one change of the work-in-progress schedule in a transaction: the version's revision goes up by one only if it
 * still is `expectedRevision` (else CONFLICT and nothing is written; `null` = settings changes that need no check but
 * must still make open grids refetch), then `change` runs and its audit entry is written. A DomainError thrown by
 * `change` rolls everything back, the revision included.
 */
export async function changeSchedule<T>(
  ctx: { db: Db; conference: { id: string }; user: { id: string } },
  expectedRevision: number | null,
  change: (tx: Tx, version: { id: string; revision: number }) => Promise<{ result: T; audit: AuditRecord }>,
): Promise<T & { revision: number }> {
  return ctx.db.$transaction(
    async (tx) => {
      const version = await ensureWorkInProgressVersion(tx, ctx.conference.id);
      let revision: number;
      if (expectedRevision === null) {
        revision = (await bumpRevision(tx, version.id)).revision;
      } else {
        if (!(await bumpRevisionIfCurrent(tx, version.id, expectedRevision))) throw staleRevision(expectedRevision, await findRevision(tx, version.id));
        revision = expectedRevision + 1;
      }
      const { result, audit } = await change(tx, { id: version.id, revision });
      await createAuditEntry(tx, { conferenceId: ctx.conference.id, userId: ctx.user.id, ...audit });
      return { ...result, revision };
    },
    { timeout: 30_000, maxWait: 20_000 },
  );
}
