import { findScheduleEditorSetup, type DbOrTx, type Prisma } from '@podium/db';
import { validateBlock } from '@podium/domain';

/** A block from the editor, validated against the conference's rooms. */
export async function readBlock(
  db: DbOrTx,
  conferenceId: string,
  input: { title: string; start: string; end: string; allRooms: boolean; roomIds: string[] },
) {
  const setup = await findScheduleEditorSetup(db, conferenceId);
  return validateBlock({ ...input, start: new Date(input.start), end: new Date(input.end) }, new Set(setup.rooms.map((r) => r.id)));
}

export function blockJson(b: { title: string; start: Date; end: Date; allRooms: boolean; roomIds: string[] }): Prisma.InputJsonValue {
  return { title: b.title, start: b.start.toISOString(), end: b.end.toISOString(), allRooms: b.allRooms, roomIds: b.roomIds };
}

export function blockOut(b: { id: string; title: string; start: Date; end: Date; allRooms: boolean; roomIds: string[] }) {
  return { id: b.id, title: b.title, start: b.start, end: b.end, allRooms: b.allRooms, roomIds: b.roomIds };
}
