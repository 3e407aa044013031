// Sorted arrays of half-open time intervals [start, end) with binary search: the per-room, per-speaker and per-track
// indexes of the conflict checker. Items are ordered by (start, id); `maxDuration` bounds how far back an interval
// that still reaches a given instant can start, so a window query is two binary searches plus a short scan.

export interface Interval {
  readonly id: string;
  start: number;
  end: number;
}

/** Total order of a timeline: start, then id (plain code-unit comparison: deterministic in every locale). */
export function compareIntervals(a: Interval, b: Interval): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** [a.start, a.end) and [b.start, b.end) share an instant. Touching intervals (a.end === b.start) do not. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Milliseconds between two intervals that do not overlap (0 when they touch); negative when they overlap. */
export function gapBetween(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(b.start - a.end, a.start - b.end);
}

export class Timeline<T extends Interval> {
  readonly items: T[];
  /** The longest interval ever held (never shrinks on removal: a larger bound only widens the scan, stays correct). */
  maxDuration = 0;

  constructor(items: Iterable<T> = []) {
    this.items = [...items].sort(compareIntervals);
    for (const it of this.items) this.maxDuration = Math.max(this.maxDuration, it.end - it.start);
  }

  get size(): number {
    return this.items.length;
  }

  /** Index of the first item with start > t. */
  private firstStartingAfter(t: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.start <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first item not before `key` in the timeline's order. */
  private lowerBound(key: Interval): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareIntervals(this.items[mid]!, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(item: T): void {
    this.items.splice(this.lowerBound(item), 0, item);
    this.maxDuration = Math.max(this.maxDuration, item.end - item.start);
  }

  /** Removes the item with this id at the given start and end (the values it was inserted with). */
  remove(id: string, start: number, end: number): boolean {
    const i = this.lowerBound({ id, start, end });
    if (this.items[i]?.id !== id) return false;
    this.items.splice(i, 1);
    return true;
  }

  /** Items with start < to and end > from (they reach into [from, to)), in timeline order. */
  *within(from: number, to: number): Generator<T> {
    // An item with end > from starts after from - maxDuration.
    for (let i = this.firstStartingAfter(from - this.maxDuration); i < this.items.length; i++) {
      const it = this.items[i]!;
      if (it.start >= to) break;
      if (it.end > from) yield it;
    }
  }
}
