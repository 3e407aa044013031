// A schedule under construction: where each session is, with per-room, per-speaker and per-track lists sorted by start
// so "what is there between a and b?" is a binary search plus a short scan. The search places and removes sessions
// here; every hard rule that depends on other sessions (room overlap, speaker double booking and travel buffer) is
// checked against it.

import { firstGridStart, staticSpans, type GridSpan, type Model } from './model.ts';

export interface Item {
  s: number;
  room: number;
  start: number;
  end: number;
}

class SortedItems {
  readonly items: Item[] = [];

  private lowerBound(start: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(item: Item): void {
    let i = this.lowerBound(item.start);
    while (i < this.items.length && this.items[i]!.start === item.start && this.items[i]!.s < item.s) i++;
    this.items.splice(i, 0, item);
  }

  remove(item: Item): void {
    const i = this.items.indexOf(item, this.lowerBound(item.start));
    if (i >= 0) this.items.splice(i, 1);
  }

  /** Items reaching into [from, to): start < to and end > from. `maxDur` bounds how long an item can be. */
  *within(from: number, to: number, maxDur: number): Generator<Item> {
    for (let i = this.lowerBound(from - maxDur); i < this.items.length; i++) {
      const it = this.items[i]!;
      if (it.start >= to) break;
      if (it.end > from) yield it;
    }
  }
}

export class State {
  readonly pos: (Item | null)[];
  readonly byRoom: SortedItems[];
  readonly bySpeaker: SortedItems[];
  readonly byTrack: SortedItems[];
  readonly maxDur: number;
  /** Sessions placed per room. */
  readonly roomCount: number[];

  constructor(readonly model: Model) {
    this.pos = model.sessions.map(() => null);
    this.byRoom = model.rooms.map(() => new SortedItems());
    this.bySpeaker = model.speakers.map(() => new SortedItems());
    this.byTrack = model.tracks.map(() => new SortedItems());
    this.roomCount = model.rooms.map(() => 0);
    this.maxDur = Math.max(1, ...model.sessions.map((s) => s.dur));
  }

  clone(): State {
    const copy = new State(this.model);
    for (const it of this.pos) if (it) copy.place(it.s, it.room, it.start);
    return copy;
  }

  place(s: number, room: number, start: number): void {
    if (this.pos[s]) this.unplace(s);
    const session = this.model.sessions[s]!;
    const item: Item = { s, room, start, end: start + session.dur };
    this.pos[s] = item;
    this.byRoom[room]!.insert(item);
    for (const p of session.speakers) this.bySpeaker[p]!.insert(item);
    if (session.track >= 0) this.byTrack[session.track]!.insert(item);
    this.roomCount[room]!++;
  }

  unplace(s: number): void {
    const item = this.pos[s];
    if (!item) return;
    const session = this.model.sessions[s]!;
    this.byRoom[item.room]!.remove(item);
    for (const p of session.speakers) this.bySpeaker[p]!.remove(item);
    if (session.track >= 0) this.byTrack[session.track]!.remove(item);
    this.roomCount[item.room]!--;
    this.pos[s] = null;
  }

  /**
   * The earliest start ≥ t that session s could take in room r as far as the other placed sessions go, given only
   * that the answer is > t when t itself conflicts (the caller re-aligns it to the grid and checks again): t when
   * nothing conflicts, else the end of what blocks it (plus the travel buffer for a speaker coming from another room).
   */
  blockedUntil(s: number, r: number, t: number): number {
    const session = this.model.sessions[s]!;
    const end = t + session.dur;
    let next = t;
    for (const it of this.byRoom[r]!.within(t, end, this.maxDur)) if (it.s !== s) next = Math.max(next, it.end);
    const b = this.model.buffer;
    for (const p of session.speakers) {
      for (const it of this.bySpeaker[p]!.within(t - b, end + b, this.maxDur)) {
        if (it.s === s) continue;
        if (it.room === r) {
          if (it.start < end && it.end > t) next = Math.max(next, it.end);
        } else next = Math.max(next, it.end + b);
      }
    }
    return next;
  }

  /** The placed sessions that keep s from running in room r from t (room overlap, speaker clash or travel buffer). */
  blockers(s: number, r: number, t: number): number[] {
    const session = this.model.sessions[s]!;
    const end = t + session.dur;
    const out = new Set<number>();
    for (const it of this.byRoom[r]!.within(t, end, this.maxDur)) if (it.s !== s) out.add(it.s);
    const b = this.model.buffer;
    for (const p of session.speakers) {
      for (const it of this.bySpeaker[p]!.within(t - b, end + b, this.maxDur)) {
        if (it.s === s) continue;
        if (it.room !== r || (it.start < end && it.end > t)) out.add(it.s);
      }
    }
    return [...out];
  }

  /** Session s can run in room r from t without clashing with placed sessions (static rules are the caller's). */
  freeAt(s: number, r: number, t: number): boolean {
    return this.blockedUntil(s, r, t) === t;
  }

  /** The earliest feasible start of s in room r within one static span at or after `from`, or null. */
  earliestIn(s: number, r: number, span: GridSpan, from: number): number | null {
    const dur = this.model.sessions[s]!.dur;
    let t = firstGridStart(this.model, span, Math.max(from, span.start));
    while (t + dur <= span.end) {
      const next = this.blockedUntil(s, r, t);
      if (next === t) return t;
      t = firstGridStart(this.model, span, next);
    }
    return null;
  }

  /** Every feasible start of s in room r (all static spans), in order. */
  *feasibleStarts(s: number, r: number): Generator<number> {
    const dur = this.model.sessions[s]!.dur;
    for (const span of staticSpans(this.model, s, r)) {
      let t = firstGridStart(this.model, span, span.start);
      while (t + dur <= span.end) {
        const next = this.blockedUntil(s, r, t);
        if (next === t) {
          yield t;
          t += this.model.g;
        } else t = firstGridStart(this.model, span, next);
      }
    }
  }

  /** Sessions of a track in room r reaching into [from, to). */
  trackItems(track: number, from: number, to: number): Generator<Item> {
    return this.byTrack[track]!.within(from, to, this.maxDur);
  }

  roomItems(r: number, from: number, to: number): Generator<Item> {
    return this.byRoom[r]!.within(from, to, this.maxDur);
  }

  speakerItems(p: number, from: number, to: number): Generator<Item> {
    return this.bySpeaker[p]!.within(from, to, this.maxDur);
  }

  /** All items of a track, sorted by start. */
  trackList(track: number): readonly Item[] {
    return this.byTrack[track]!.items;
  }

  roomList(r: number): readonly Item[] {
    return this.byRoom[r]!.items;
  }

  placedCount(): number {
    let n = 0;
    for (const it of this.pos) if (it) n++;
    return n;
  }
}
