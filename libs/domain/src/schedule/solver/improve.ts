// Large-neighbourhood search after the construction (full and place modes on instances too big for one MILP):
// repeatedly free a small group of sessions (a track with its main room, a room on one day, or an unplaced session with
// the sessions of a room where it could fit), re-place them optimally with a small MILP around everything else, and
// keep the result when the exact objective improves (more sessions placed first). Neighbourhoods are chosen in a fixed
// rotation with a seeded generator, so the same input gives the same result for the same amount of work.
//
// Also the lower bound that proves a heuristic schedule optimal when it is reached: rooms already hosting fixed
// sessions (at least one), the cheapest per-placement cost of every session to place, and what the fixed sessions cost
// among themselves in the parts that can only grow as sessions are added (track room, parallel pairs).

import type { Control } from './control.ts';
import { applyChoice } from './exact.ts';
import { bestCandidate, candidates, incrementalCost } from './greedy.ts';
import { dayOf, effectiveWeights } from './model.ts';
import { solveSub, type Cand } from './milp.ts';
import { placementCost, rawParts, scoreState, weighParts } from './score.ts';
import type { Item, State } from './state.ts';

/** mulberry32: small, seeded, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Candidate places per neighbourhood MILP: beyond this the neighbourhood is cut down. */
const LNS_CANDIDATES = 800;
const LNS_MAX_VARS = 12;

function better(a: State, b: State): boolean {
  const pa = a.placedCount();
  const pb = b.placedCount();
  if (pa !== pb) return pa > pb;
  return scoreState(a).total < scoreState(b).total - 1e-9;
}

/** Re-places `vars` within `rooms` optimally around the rest; returns the new state, or null. */
async function reoptimize(state: State, vars: number[], rooms: number[], control: Control, budgetMs: number): Promise<State | null> {
  const base = state.clone();
  for (const s of vars) base.unplace(s);
  const cands: Cand[][] = [];
  let total = 0;
  for (const s of vars) {
    const list: Cand[] = [];
    // Near where it is now (same day, within two hours), or anywhere when it has no place yet.
    const cur0 = state.pos[s];
    const near = (t: number) => !cur0 || (Math.abs(t - cur0.start) <= 120 && dayOf(state.model, t) === dayOf(state.model, cur0.start));
    for (const r of rooms) for (const t of base.feasibleStarts(s, r)) if (near(t)) list.push({ room: r, start: t });
    // Keep the current place available even outside `rooms`.
    const cur = state.pos[s];
    if (cur && !list.some((c) => c.room === cur.room && c.start === cur.start)) list.push({ room: cur.room, start: cur.start });
    total += list.length;
    cands.push(list);
  }
  if (total > LNS_CANDIDATES) {
    // Too many: keep, per session, the places closest in time to where it is now (or to the day's start).
    const per = Math.max(8, Math.floor(LNS_CANDIDATES / vars.length));
    vars.forEach((s, v) => {
      const cur = state.pos[s];
      const anchor = cur?.start ?? 0;
      cands[v] = cands[v]!.sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor) || a.room - b.room || a.start - b.start).slice(0, per);
    });
  }
  const sub = await solveSub({ state: base, vars, cands, allowUnplaced: true, maxLpChars: 80_000 }, control, budgetMs);
  if (!sub) return null;
  return applyChoice(base, vars, cands, sub.choice);
}

function tracksWithCost(state: State): number[] {
  const model = state.model;
  const out: number[] = [];
  for (let k = 0; k < model.tracks.length; k++) {
    const list = state.trackList(k);
    if (list.length < 2) continue;
    const rooms = new Set(list.map((it) => it.room));
    let gaps = false;
    const sorted = [...list].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.start < sorted[i - 1]!.end) gaps = true; // parallel
      else if (sorted[i]!.room === sorted[i - 1]!.room && sorted[i]!.start > sorted[i - 1]!.end && dayOf(model, sorted[i]!.start) === dayOf(model, sorted[i - 1]!.end)) gaps = true;
    }
    if (rooms.size > 1 || gaps) out.push(k);
  }
  return out;
}

/** The room holding most of each track's sessions (-1: none). */
function mainRooms(state: State): number[] {
  return state.model.tracks.map((_, k) => {
    const count = new Map<number, number>();
    for (const it of state.trackList(k)) count.set(it.room, (count.get(it.room) ?? 0) + 1);
    let best = -1;
    let bestN = 0;
    for (const [r, n] of count) if (n > bestN || (n === bestN && r < best)) [best, bestN] = [r, n];
    return best;
  });
}

/**
 * Re-insertion descent: take one session out and put it back where it adds least, when that lowers the exact
 * objective. Cheap (no MILP), so it runs first over every movable session until a pass changes nothing.
 */
async function reinsertion(state: State, toPlace: readonly number[], control: Control, total: number): Promise<void> {
  const model = state.model;
  const w = effectiveWeights(model);
  let current = scoreState(state).total;
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    const main = mainRooms(state);
    for (const s of toPlace) {
      if (await control.tick()) return;
      const at = state.pos[s];
      if (!at) {
        const cands = candidates(state, s, false);
        const best = bestCandidate(state, w, main, s, cands);
        if (best) {
          state.place(s, best.room, best.start);
          current = scoreState(state).total;
          changed = true;
        }
        continue;
      }
      state.unplace(s);
      const stay = incrementalCost(state, w, main, s, at.room, at.start);
      const best = bestCandidate(state, w, main, s, candidates(state, s, false));
      if (best && incrementalCost(state, w, main, s, best.room, best.start) < stay - 1e-6) {
        state.place(s, best.room, best.start);
        const next = scoreState(state).total;
        if (next < current - 1e-9) {
          current = next;
          changed = true;
          continue;
        }
        state.place(s, at.room, at.start);
      } else state.place(s, at.room, at.start);
    }
    control.report({ phase: 'improve', placed: state.placedCount(), total, bestScore: current });
    if (!changed) return;
  }
}

export async function improve(state: State, toPlace: readonly number[], control: Control, total: number, bound = -Infinity): Promise<State> {
  const model = state.model;
  const movable = new Set(toPlace);
  if (!(toPlace.every((s) => state.pos[s]) && scoreState(state).total <= bound + 1e-6)) await reinsertion(state, toPlace, control, total);
  let best = state;
  const rnd = prng(12345);
  let round = 0;
  let stale = 0;
  const atBound = (x: State) => toPlace.every((s) => x.pos[s]) && scoreState(x).total <= bound + 1e-6;
  while (!control.stop() && stale < 40 && !atBound(best)) {
    round++;
    control.report({ phase: 'improve', placed: best.placedCount(), total, bestScore: scoreState(best).total });
    const unplaced = toPlace.filter((s) => !best.pos[s]);
    let vars: number[] = [];
    let rooms: number[] = [];
    if (unplaced.length > 0 && round % 2 === 1) {
      // An unplaced session with the sessions of one room and day where it could run.
      const u = unplaced[Math.floor(rnd() * unplaced.length)]!;
      const options: { r: number; day: number }[] = [];
      for (const r of model.rooms) {
        for (const span of model.roomOpen[r.idx] ?? []) {
          if (span.end - span.start >= model.sessions[u]!.dur) options.push({ r: r.idx, day: dayOf(model, span.start) });
        }
      }
      if (options.length === 0) {
        stale++;
        continue;
      }
      const pick = options[Math.floor(rnd() * options.length)]!;
      vars = [u, ...best.roomList(pick.r).filter((it) => movable.has(it.s) && dayOf(model, it.start) === pick.day).map((it) => it.s)];
      rooms = [pick.r];
    } else {
      const costly = tracksWithCost(best).filter((k) => model.sessionsOfTrack[k]!.some((s) => movable.has(s)));
      if (costly.length === 0 && unplaced.length === 0) break;
      if (costly.length === 0) {
        stale++;
        continue;
      }
      const k = costly[Math.floor(rnd() * costly.length)]!;
      const items = best.trackList(k).filter((it) => movable.has(it.s));
      const count = new Map<number, number>();
      for (const it of items) count.set(it.room, (count.get(it.room) ?? 0) + 1);
      const main = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
      rooms = [...new Set(items.map((it) => it.room))];
      const days = new Set(items.map((it) => dayOf(model, it.start)));
      const others: Item[] = main === undefined ? [] : best.roomList(main).filter((it) => movable.has(it.s) && days.has(dayOf(model, it.start)) && model.sessions[it.s]!.track !== k);
      vars = [...items.map((it) => it.s), ...others.map((it) => it.s)];
      // Unplaced sessions of the track join too.
      for (const s of model.sessionsOfTrack[k]!) if (movable.has(s) && !best.pos[s]) vars.push(s);
      for (const it of others) if (!rooms.includes(it.room)) rooms.push(it.room);
    }
    vars = [...new Set(vars)].slice(0, LNS_MAX_VARS);
    if (vars.length === 0) {
      stale++;
      continue;
    }
    const next = await reoptimize(best, vars, rooms, control, Math.min(600, control.remaining() * 0.8));
    if (next && better(next, best)) {
      best = next;
      stale = 0;
    } else stale++;
    await control.tick();
  }
  return best;
}

/** A lower bound of the objective over all schedules that place every session in `toPlace` (see the header). */
export function lowerBound(state: State, toPlace: readonly number[]): number {
  const model = state.model;
  const w = effectiveWeights(model);
  const fixedItems = state.pos.filter((it): it is Item => it !== null && !toPlace.includes(it.s));
  const raw = rawParts(model, fixedItems);
  const fixedParts = weighParts(model, { ...raw, trackGap: 0, roomUsed: 0 });
  const hosting = new Set(fixedItems.map((it) => it.room)).size;
  // The sessions to place need at least as many rooms as it takes the roomiest rooms' open minutes to hold them.
  const need = toPlace.reduce((a, s) => a + model.sessions[s]!.dur, 0);
  const open = model.rooms.map((r) => (model.roomOpen[r.idx] ?? []).reduce((a, x) => a + x.end - x.start, 0)).sort((a, b) => b - a);
  let packed = 0;
  let k = 0;
  while (packed < need && k < open.length) packed += open[k++]!;
  let lb = fixedParts.total + w.roomUsed * Math.max(hosting, k, toPlace.length > 0 || fixedItems.length > 0 ? 1 : 0);
  for (const s of toPlace) {
    let min = Infinity;
    for (const r of model.rooms) {
      for (const t of state.feasibleStarts(s, r.idx)) {
        min = Math.min(min, placementCost(model, w, s, r.idx, t));
        if (min === 0) break;
      }
      if (min === 0) break;
    }
    if (min < Infinity) lb += min;
  }
  return lb;
}

