// Answers to CFP questions as the committee reads them. An answer's stored value is a string, number, boolean or
// list of strings (see the Answer model); anything else shows as empty rather than as raw JSON.

export function formatAnswerForReview(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').join(', ');
  return '';
}
