// Human sentences for conflicts, in the conference's local time ("Sat 6 Feb 10:00–10:30").

interface LocalLabel {
  /** "Sat 6 Feb" */
  day: string;
  /** "10:00" */
  time: string;
  /** Identifies the local calendar day. */
  dayKey: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// Conflicts repeat the same instants (a slot in several conflicts): one Intl call per zone and instant.
const labels = new Map<string, LocalLabel>();
const MAX_CACHED_LABELS = 20000;

function label(ms: number, timeZone: string): LocalLabel {
  const key = `${timeZone}|${ms}`;
  const cached = labels.get(key);
  if (cached) return cached;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  const result = { day: `${p.weekday} ${p.day} ${p.month}`, time: `${p.hour}:${p.minute}`, dayKey: `${p.year} ${p.month} ${p.day}` };
  if (labels.size >= MAX_CACHED_LABELS) labels.clear();
  labels.set(key, result);
  return result;
}

/** "Sat 6 Feb 10:00–10:30", or "Sat 6 Feb 23:30–Sun 7 Feb 00:30" across midnight. */
export function describeSpan(start: number, end: number, timeZone: string): string {
  const s = label(start, timeZone);
  const e = label(end, timeZone);
  return s.dayKey === e.dayKey ? `${s.day} ${s.time}–${e.time}` : `${s.day} ${s.time}–${e.day} ${e.time}`;
}

/** "Alice", "Alice and Bob", "Alice, Bob and Carol". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Whole minutes, for buffers and gaps ("5 min"). */
export function minutes(ms: number): string {
  return `${Math.round(ms / 60000)} min`;
}
