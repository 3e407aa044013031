// Rooms as organizers set them up: a unique name and a capacity that is a positive whole number (or unknown).
import { DomainError } from '../errors.ts';

export function validateRoom(room: { name: string; capacity: number | null; description: string }, otherNames: readonly string[]): void {
  const fields: Record<string, string> = {};
  const name = room.name.trim();
  if (!name) fields.name = 'A name is required.';
  else if (name.length > 100) fields.name = 'At most 100 characters.';
  else if (otherNames.some((n) => n.toLowerCase() === name.toLowerCase())) fields.name = `There is already a room "${name}".`;
  if (room.capacity !== null && (!Number.isInteger(room.capacity) || room.capacity < 1 || room.capacity > 100_000)) {
    fields.capacity = 'A whole number of seats from 1 to 100,000, or empty when unknown.';
  }
  if (room.description.length > 2000) fields.description = 'At most 2,000 characters.';
  if (Object.keys(fields).length) throw new DomainError('INVALID', 'Please correct the marked fields.', fields);
}
