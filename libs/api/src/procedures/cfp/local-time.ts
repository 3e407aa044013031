import { DomainError, parseLocalDateTime } from '@podium/domain';

/** A datetime-local form value in the conference zone, or an INVALID error naming the field. */
export function readLocalDateTime(value: string, timeZone: string, field: string): Date | null {
  try {
    return parseLocalDateTime(value, timeZone);
  } catch {
    throw new DomainError('INVALID', 'Please correct the marked fields.', { [field]: 'A date and time like 2030-05-06 09:30.' });
  }
}
