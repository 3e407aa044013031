// Availability windows (a speaker's, a room's, the conference hours): a list of [start, end) spans, merged once into a
// sorted list of disjoint spans so "is [s, e) inside the union?" is one binary search.

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** Disjoint, sorted, non-touching spans in epoch milliseconds. */
export type MergedWindows = readonly { start: number; end: number }[];

/** Sorts and merges spans; overlapping and touching ones (09:00–12:00 + 12:00–18:00) become one. Empty spans are dropped. */
export function mergeWindows(windows: readonly TimeWindow[]): MergedWindows {
  const spans = windows
    .map((w) => ({ start: w.start.getTime(), end: w.end.getTime() }))
    .filter((w) => w.end > w.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const w of spans) {
    const last = out[out.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else out.push({ ...w });
  }
  return out;
}

/** [start, end) lies inside one merged span. A zero-length interval counts when a span contains its instant. */
export function coveredBy(merged: MergedWindows, start: number, end: number): boolean {
  // The last span starting at or before `start`.
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (merged[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = merged[lo - 1];
  return span !== undefined && start < span.end && end <= span.end;
}
