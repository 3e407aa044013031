// Queries of the schedule editor (the organizers' grid over the work-in-progress schedule version). Small query
// functions, no rules: validation and conflict checks live in @podium/domain (schedule/editor.ts, schedule/conflicts.ts).
import type { Db } from '../client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { SubmissionState } from '../generated/prisma/enums.ts';
import type { DbOrTx } from './mail.ts';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** What the editor needs of the conference itself: zone, dates, conflict settings, day hours, rooms, tracks. */
export function findScheduleEditorSetup(db: DbOrTx, conferenceId: string) {
  return db.conference.findUniqueOrThrow({
    where: { id: conferenceId },
    select: {
      id: true,
      timeZone: true,
      startDate: true,
      endDate: true,
      travelBufferMinutes: true,
      conflictSeverities: true,
      scheduleDays: { orderBy: { start: 'asc' }, select: { date: true, start: true, end: true } },
      rooms: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        select: { id: true, name: true, capacity: true, position: true, availability: { orderBy: { start: 'asc' }, select: { start: true, end: true } } },
      },
      tracks: { orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, color: true } },
    },
  });
}

export function findWorkInProgressVersion(db: DbOrTx, conferenceId: string) {
  return db.scheduleVersion.findFirst({ where: { conferenceId, releasedAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true, revision: true } });
}

/**
 * The work-in-progress version, created when the conference has none yet. The conference row is locked first so two
 * editors starting at once create one version, not two.
 */
export async function ensureWorkInProgressVersion(tx: Tx, conferenceId: string) {
  await tx.$queryRaw`SELECT id FROM "Conference" WHERE id = ${conferenceId} FOR UPDATE`;
  return (await findWorkInProgressVersion(tx, conferenceId)) ?? tx.scheduleVersion.create({ data: { conferenceId }, select: { id: true, revision: true } });
}

/** Bumps the revision only when it still is `expected` (optimistic concurrency); false when someone changed it first. */
export async function bumpRevisionIfCurrent(tx: DbOrTx, versionId: string, expected: number): Promise<boolean> {
  const { count } = await tx.scheduleVersion.updateMany({ where: { id: versionId, revision: expected }, data: { revision: { increment: 1 } } });
  return count === 1;
}

/** Bumps the revision unconditionally (settings changes the grids must see). */
export function bumpRevision(tx: DbOrTx, versionId: string) {
  return tx.scheduleVersion.update({ where: { id: versionId }, data: { revision: { increment: 1 } }, select: { revision: true } });
}

export async function findRevision(db: DbOrTx, versionId: string): Promise<number> {
  return (await db.scheduleVersion.findUniqueOrThrow({ where: { id: versionId }, select: { revision: true } })).revision;
}

const sessionSelect = (versionId: string | null) =>
  ({
    id: true,
    code: true,
    title: true,
    state: true,
    durationMinutes: true,
    expectedAudience: true,
    trackId: true,
    track: { select: { name: true, color: true } },
    sessionType: { select: { name: true, defaultDurationMinutes: true } },
    speakers: {
      orderBy: { position: 'asc' },
      select: {
        speakerProfile: {
          select: { id: true, code: true, user: { select: { name: true } }, availability: { orderBy: { start: 'asc' }, select: { start: true, end: true } } },
        },
      },
    },
    slots: {
      where: { versionId: versionId ?? '' },
      select: { id: true, roomId: true, start: true, end: true, pinned: true },
    },
  }) satisfies Prisma.SubmissionSelect;

const SCHEDULABLE = [SubmissionState.ACCEPTED, SubmissionState.CONFIRMED];

/** Accepted and confirmed sessions of a conference, each with its slot in `versionId` (if any). */
export function listSchedulableSessions(db: DbOrTx, conferenceId: string, versionId: string | null) {
  return db.submission.findMany({
    where: { conferenceId, state: { in: SCHEDULABLE } },
    orderBy: [{ code: 'asc' }],
    select: sessionSelect(versionId),
  });
}

/** One session of a conference by code (any state), with its slot in `versionId`. */
export function findEditorSession(db: DbOrTx, conferenceId: string, code: string, versionId: string | null) {
  return db.submission.findUnique({ where: { conferenceId_code: { conferenceId, code } }, select: sessionSelect(versionId) });
}

export function listBlocks(db: DbOrTx, versionId: string) {
  return db.scheduleBlock.findMany({ where: { versionId }, orderBy: [{ start: 'asc' }, { id: 'asc' }] });
}

export function findBlock(db: DbOrTx, versionId: string, id: string) {
  return db.scheduleBlock.findFirst({ where: { id, versionId } });
}

export interface BlockData {
  title: string;
  start: Date;
  end: Date;
  allRooms: boolean;
  roomIds: string[];
}

export function createBlock(tx: DbOrTx, versionId: string, data: BlockData) {
  return tx.scheduleBlock.create({ data: { versionId, ...data } });
}

export function updateBlock(tx: DbOrTx, id: string, data: BlockData) {
  return tx.scheduleBlock.update({ where: { id }, data });
}

export function deleteBlock(tx: DbOrTx, id: string) {
  return tx.scheduleBlock.delete({ where: { id } });
}

const slotFields = { id: true, roomId: true, start: true, end: true, pinned: true } as const;

/** Places a session in a version (creating its slot or moving it). */
export function upsertSlotPlacement(tx: DbOrTx, versionId: string, submissionId: string, placement: { roomId: string; start: Date; end: Date }) {
  return tx.scheduleSlot.upsert({
    where: { versionId_submissionId: { versionId, submissionId } },
    create: { versionId, submissionId, ...placement },
    update: placement,
    select: slotFields,
  });
}

/** Takes a session out of the grid (its slot stays, without room, times or pin). */
export function clearSlotPlacement(tx: DbOrTx, slotId: string) {
  return tx.scheduleSlot.update({ where: { id: slotId }, data: { roomId: null, start: null, end: null, pinned: false }, select: slotFields });
}

export function setSlotPinned(tx: DbOrTx, slotId: string, pinned: boolean) {
  return tx.scheduleSlot.update({ where: { id: slotId }, data: { pinned }, select: slotFields });
}

export function updateConflictSettings(tx: DbOrTx, conferenceId: string, data: { conflictSeverities: Record<string, string>; travelBufferMinutes: number }) {
  return tx.conference.update({ where: { id: conferenceId }, data, select: { conflictSeverities: true, travelBufferMinutes: true } });
}

/** Sets the hours of the given conference days (other days keep theirs). */
export async function upsertScheduleDays(tx: DbOrTx, conferenceId: string, days: readonly { date: string; start: Date; end: Date }[]) {
  for (const d of days) {
    const date = new Date(d.date);
    await tx.scheduleDay.upsert({
      where: { conferenceId_date: { conferenceId, date } },
      create: { conferenceId, date, start: d.start, end: d.end },
      update: { start: d.start, end: d.end },
    });
  }
}

export function findRoomOfConference(db: DbOrTx, conferenceId: string, roomId: string) {
  return db.room.findFirst({ where: { id: roomId, conferenceId }, select: { id: true, name: true } });
}

/** Replaces a room's availability windows (none: the room is available whenever the conference runs). */
export async function replaceRoomAvailability(tx: DbOrTx, roomId: string, windows: readonly { start: Date; end: Date }[]) {
  await tx.roomAvailability.deleteMany({ where: { roomId } });
  if (windows.length > 0) await tx.roomAvailability.createMany({ data: windows.map((w) => ({ roomId, start: w.start, end: w.end })) });
}

export function listRoomAvailability(db: DbOrTx, roomId: string) {
  return db.roomAvailability.findMany({ where: { roomId }, orderBy: { start: 'asc' }, select: { start: true, end: true } });
}

export function createAuditEntry(
  tx: DbOrTx,
  entry: { conferenceId: string; userId: string | null; action: string; entity: string; entityId: string; before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null },
) {
  const { before, after, ...rest } = entry;
  return tx.auditLogEntry.create({ data: { ...rest, ...(before !== null && { before }), ...(after !== null && { after }) } });
}

/** The newest audit entries of a conference whose action starts with `prefix`, with the names of who made them. */
export async function listAuditEntries(db: DbOrTx, conferenceId: string, prefix: string, limit: number) {
  const entries = await db.auditLogEntry.findMany({
    where: { conferenceId, action: { startsWith: prefix } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  const userIds = [...new Set(entries.flatMap((e) => (e.userId ? [e.userId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return entries.map((e) => ({ ...e, userName: e.userId ? (names.get(e.userId) ?? null) : null }));
}

/** When the schedule last changed: the newest audit entry whose action starts with `prefix`, or null. */
export async function findLastAuditTime(db: DbOrTx, conferenceId: string, prefix: string): Promise<Date | null> {
  const e = await db.auditLogEntry.findFirst({ where: { conferenceId, action: { startsWith: prefix } }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
  return e?.createdAt ?? null;
}
