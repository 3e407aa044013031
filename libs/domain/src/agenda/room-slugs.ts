// Rooms in public URLs: /<conference>/rooms/<slug>, the slug made from the room's name ("Sala Gaudí" → "sala-gaudi").
// Room names are unique in a conference but two names can fold to one slug ("Room 1", "room-1"): those rooms keep
// their id as their key, so every key names one room. A room's id is always accepted too.

export interface SluggableRoom {
  id: string;
  name: string;
}

/** "sala-gaudi" for "Sala Gaudí": lower case ASCII letters and digits joined by single hyphens; "" when none. */
export function roomSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The public key of every room (by id): its slug, or its id when the slug is empty or shared with another room. */
export function roomKeys(rooms: readonly SluggableRoom[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const r of rooms) {
    const s = roomSlug(r.name);
    count.set(s, (count.get(s) ?? 0) + 1);
  }
  return new Map(
    rooms.map((r) => {
      const s = roomSlug(r.name);
      // An id that looks like another room's slug would be ambiguous too; cuids never do, but keep the rule total.
      const clashesWithId = rooms.some((o) => o.id !== r.id && o.id === s);
      return [r.id, s && count.get(s) === 1 && !clashesWithId ? s : r.id];
    }),
  );
}

/** The room a URL key names: its public key (slug) or its id; null when none does. */
export function findRoomByKey<T extends SluggableRoom>(rooms: readonly T[], key: string): T | null {
  const keys = roomKeys(rooms);
  return rooms.find((r) => keys.get(r.id) === key) ?? rooms.find((r) => r.id === key) ?? null;
}
