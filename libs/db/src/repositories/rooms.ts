import type { Db } from '../client.ts';
import type { DbOrTx } from './mail.ts';

/** Rooms in order, with their availability windows and how many slots (in any schedule version) use them. */
export function listRoomsForSettings(db: Db, conferenceId: string) {
  return db.room.findMany({
    where: { conferenceId },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      capacity: true,
      description: true,
      position: true,
      availability: { orderBy: { start: 'asc' }, select: { start: true, end: true } },
      _count: { select: { slots: true } },
    },
  });
}

export function listRoomNames(db: DbOrTx, conferenceId: string, exceptId?: string) {
  return db.room.findMany({ where: { conferenceId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } }).then((r) => r.map((x) => x.name));
}

export function findRoomWithUse(db: DbOrTx, conferenceId: string, id: string) {
  return db.room.findFirst({ where: { id, conferenceId }, include: { _count: { select: { slots: true } } } });
}

export async function createRoom(db: DbOrTx, data: { conferenceId: string; name: string; capacity: number | null; description: string }) {
  const last = await db.room.aggregate({ where: { conferenceId: data.conferenceId }, _max: { position: true } });
  return db.room.create({ data: { ...data, position: (last._max.position ?? 0) + 1 } });
}

export function updateRoom(db: DbOrTx, id: string, data: { name: string; capacity: number | null; description: string }) {
  return db.room.update({ where: { id }, data });
}

export function deleteRoom(db: DbOrTx, id: string) {
  return db.room.delete({ where: { id } });
}

/** Moves a room one place left or right in the grid's column order. */
export async function moveRoom(db: DbOrTx, conferenceId: string, id: string, direction: 'up' | 'down') {
  const all = await db.room.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true } });
  const i = all.findIndex((r) => r.id === id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= all.length) return;
  [all[i], all[j]] = [all[j]!, all[i]!];
  for (const [position, r] of all.entries()) await db.room.update({ where: { id: r.id }, data: { position: position + 1 } });
}
