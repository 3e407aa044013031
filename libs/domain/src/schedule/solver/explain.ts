// Why a session found no place, in words an organizer can act on. The rules are tried from the most basic (no hours,
// no room big enough) to the most specific (the only times its speaker can come are taken by pinned sessions), and
// the first that explains it is given, with the names, times and numbers involved.

import { formatUtcOffset, utcOffsetMinutes } from '../../time/zoned.ts';
import { describeSpan, listNames } from '../conflict-messages.ts';
import { intersect, type Model, type Span } from './model.ts';
import type { Item, State } from './state.ts';

const MINUTE = 60000;

function fmtMinutes(m: number): string {
  const r = Math.round(m);
  return `${r} min`;
}

/** "Wed 7 Nov 10:00–11:00 (UTC+01:00)", several spans joined ("…, … and …"), one offset when they share it. */
export function describeSpans(model: Model, spans: readonly Span[]): string {
  const shown = spans.slice(0, 6);
  const ms = (t: number) => model.base + t * MINUTE;
  const offsets = shown.map((s) => formatUtcOffset(utcOffsetMinutes(new Date(ms(s.start)), model.timeZone)));
  const same = offsets.every((o) => o === offsets[0]);
  const parts = shown.map((s, i) => describeSpan(ms(s.start), ms(s.end), model.timeZone) + (same ? '' : ` (${offsets[i]})`));
  if (spans.length > shown.length) parts.push(`${spans.length - shown.length} more`);
  return `${listNames(parts)}${same && offsets.length > 0 ? ` (${offsets[0]})` : ''}`;
}

function quote(title: string): string {
  return `"${title}"`;
}

/** Rooms that could seat the session at all (capacity). */
function seatingRooms(model: Model, s: number): number[] {
  const aud = model.sessions[s]!.audience;
  return model.rooms.filter((r) => r.capacity === null || aud === null || aud <= r.capacity).map((r) => r.idx);
}

function roomsPhrase(model: Model, rooms: readonly number[]): { subject: string; verb: string } {
  if (rooms.length === 1) return { subject: model.rooms[rooms[0]!]!.name, verb: 'is' };
  if (rooms.length === 2) return { subject: 'both rooms', verb: 'are' };
  return { subject: `all ${rooms.length} rooms`, verb: 'are' };
}

/** Reasons session s (not in `state`) cannot be placed anywhere, for place, repair and full mode. */
export function explainUnplaced(state: State, s: number): string[] {
  const model = state.model;
  const session = model.sessions[s]!;
  const dur = session.dur;
  if (session.pinned && !session.cur) return ['It is pinned but has no time and room; unpin it to let the solver place it.'];
  if (model.rooms.length === 0) return ['There are no rooms.'];
  if (model.hours === null) return ['No conference hours are set, so there is no time to place it in.'];

  const seating = seatingRooms(model, s);
  if (seating.length === 0) {
    const largest = Math.max(...model.rooms.map((r) => r.capacity ?? 0));
    return [`Needs ${session.audience} seats; ${model.rooms.length === 1 ? 'the only room' : 'the largest room'} has ${largest}.`];
  }
  for (const p of session.speakers) {
    const sp = model.speakers[p]!;
    if (sp.avail !== null && sp.avail.length === 0) return [`${sp.name} has no available time.`];
  }

  // Open time of the rooms that seat it (hours, room availability, breaks), ignoring speakers.
  const open = seating.flatMap((r) => (model.roomOpen[r] ?? []).map((x) => ({ ...x, room: r })));
  const longestOpen = Math.max(0, ...open.map((x) => x.end - x.start));
  if (longestOpen < dur) {
    const where = seating.length < model.rooms.length ? ` that seats ${session.audience}` : '';
    return [`${fmtMinutes(dur)} does not fit in any room's open hours${where} (the longest stretch between breaks is ${fmtMinutes(longestOpen)}).`];
  }

  // Speakers' availability.
  const restricted = session.speakers.filter((p) => model.speakers[p]!.avail !== null);
  const together = model.speakerTime[s]!;
  const who = listNames(restricted.map((p) => model.speakers[p]!.name));
  const availablePhrase =
    restricted.length === 0
      ? ''
      : restricted.length === 1
        ? `${who} is only available ${describeSpans(model, together!)}`
        : together!.length === 0
          ? ''
          : `${who} are only all available ${describeSpans(model, together!)}`;
  if (restricted.length > 1 && together!.length === 0) return [`${who} are never available at the same time.`];

  const staticFits: { room: number; span: Span & { origin: number } }[] = [];
  for (const r of seating) {
    for (const span of intersect(model.roomOpen[r] ?? [], together)) {
      const k = Math.ceil((span.start - span.origin) / model.g - 1e-9);
      const first = span.origin + Math.max(0, k) * model.g;
      if (first + dur <= span.end) staticFits.push({ room: r, span });
    }
  }
  if (staticFits.length === 0) {
    return [`${availablePhrase}, when no room is open for ${fmtMinutes(dur)}.`];
  }

  // Every statically possible place is taken: by what?
  const roomBlockers = new Set<number>();
  const speakerBlockers = new Map<number, Set<number>>();
  const roomsInvolved = new Set<number>();
  for (const { room, span } of staticFits) {
    roomsInvolved.add(room);
    for (const it of state.roomItems(room, span.start, span.end)) if (it.s !== s) roomBlockers.add(it.s);
    for (const p of session.speakers) {
      for (const it of state.speakerItems(p, span.start - model.buffer, span.end + model.buffer)) {
        if (it.s === s || it.room === room) continue;
        let set = speakerBlockers.get(p);
        if (!set) speakerBlockers.set(p, (set = new Set()));
        set.add(it.s);
      }
    }
  }
  const reasons: string[] = [];
  const allPinned = roomBlockers.size > 0 && [...roomBlockers].every((b) => model.sessions[b]!.pinned);
  const taken = roomsPhrase(model, [...roomsInvolved].sort((a, b) => a - b));
  if (availablePhrase) {
    reasons.push(`${availablePhrase} and ${taken.subject} ${taken.verb} taken then${allPinned ? ' by pinned sessions' : ''}.`);
  } else {
    reasons.push(`${fmtMinutes(dur)} does not fit in any room's free time${allPinned ? ' (the rest is taken by pinned sessions)' : ''}.`);
  }
  for (const [p, set] of speakerBlockers) {
    const items = [...set].map((b) => state.pos[b]).filter((x): x is Item => x !== null).sort((a, b) => a.start - b.start || a.s - b.s);
    if (items.length === 0) continue;
    const list = items.slice(0, 3).map((it) => `${quote(model.sessions[it.s]!.title)} (${describeSpans(model, [it])})`);
    reasons.push(`${model.speakers[p]!.name} also speaks in ${listNames(list)}${items.length > 3 ? ` and ${items.length - 3} more` : ''}.`);
  }
  return reasons;
}

/** Reasons session s (not in `state`) gets no room at its fixed time, for rooms mode. */
export function explainNoRoom(state: State, s: number, start: number, roomOk: (r: number) => boolean): string[] {
  const model = state.model;
  const session = model.sessions[s]!;
  if (!session.cur) return ['It has no time; rooms mode keeps every session at its time, so it needs one first.'];
  if (model.rooms.length === 0) return ['There are no rooms.'];
  const seating = seatingRooms(model, s);
  if (seating.length === 0) {
    const largest = Math.max(...model.rooms.map((r) => r.capacity ?? 0));
    return [`Needs ${session.audience} seats; ${model.rooms.length === 1 ? 'the only room' : 'the largest room'} has ${largest}.`];
  }
  const end = start + session.dur;
  const when = describeSpans(model, [{ start, end }]);
  const closed = seating.filter((r) => !roomOk(r));
  const busy: string[] = [];
  for (const r of seating) {
    if (!roomOk(r)) continue;
    const other = [...state.roomItems(r, start, end)].find((it) => it.s !== s);
    if (other) busy.push(`${model.rooms[r]!.name} has ${quote(model.sessions[other.s]!.title)}`);
  }
  const reasons = [`No room that seats it is free ${when}.`];
  if (busy.length) reasons.push(`${listNames(busy.slice(0, 4))}${busy.length > 4 ? ` and ${busy.length - 4} more rooms are taken` : ''}.`);
  if (closed.length) reasons.push(`${listNames(closed.slice(0, 4).map((r) => model.rooms[r]!.name))} ${closed.length === 1 ? 'is' : 'are'} closed or on a break then.`);
  return reasons;
}
