// Exact sub-problems with HiGHS (the `highs` package: HiGHS compiled to WebAssembly; CPLEX LP text in, solution out).
//
// A sub-problem: some sessions are fixed (already in the State), the others ("variables") each choose one of their
// candidate places (room, start) or, when allowed, none. Binary x per candidate. Constraints:
//   assignment      Σ x(s) + u(s) = 1                      (u: unplaced; absent when not allowed)
//   rooms           per room, per maximal set of candidates sharing an instant (interval-graph cliques):
//                   Σ x ≤ used(r) (or ≤ 1 in a room holding fixed sessions); the used(r) on the right makes the
//                   relaxation count at least as many rooms as sessions run at once
//   speakers        per speaker with several variable sessions, the same cliques ≤ 1; with a travel buffer, per clique of
//                   [start, end + buffer) at most one room (z indicators); rooms mode (times fixed): a pair closer than
//                   the buffer must share a room
// Objective, the exact soft objective of score.ts minus constants:
//   per candidate   preferred time, change from the input, capacity fit, same-track/audience overlap with fixed sessions;
//                   for a track (or track-room-day) with one variable session, its exact track-room and gap change too
//   trackRoom       y(k, r) picks a main room per track; p(s) ≥ y(k, r) − X(s, r) − u(s)
//   trackGap        per track, room and day, on the segments between candidate starts and ends: s (started), e (not
//                   yet ended) monotone and ≥ the track's occupancy b, a ≥ s + e − 1; gaps = Σ length·(a − b). Rooms mode:
//                   q(i, j) ≥ x_i + x_j − 1 − Σ x between them, costing the gap between i and j
//   roomUsed        used(r) ≥ X(s, r), for rooms without fixed sessions
//   pairs           o(a, b) ≥ C_a(τ) + C_b(τ) − 1 for same-track / audience pairs of variable sessions; generated lazily
//                   (solve, add the pairs that overlap, solve again: the omitted pairs only lower the objective, so
//                   the loop ends at the true optimum)
//   unplaced        u(s) costs far more than any placement (longer sessions a little more), so as many as possible go in
// All candidate places are conflict-free against the fixed sessions by construction (State.feasibleStarts).

import highsLoader from 'highs';
import type { Control } from './control.ts';
import { dayOf, effectiveWeights, type Model } from './model.ts';
import { pairWeightOf, placementCost } from './score.ts';
import type { State } from './state.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highsPromise: Promise<Highs> | null = null;

/** HiGHS, loaded once per process (or worker) and reused. */
export function loadHighs(): Promise<Highs> {
  highsPromise ??= highsLoader().catch((err: unknown) => {
    highsPromise = null;
    throw err;
  });
  return highsPromise;
}

/**
 * Loads HiGHS and solves a small model once, so the WebAssembly code is compiled and warm before the first real solve
 * (a worker can call this while it waits for work).
 */
export async function prepareSolver(): Promise<void> {
  const highs = await loadHighs();
  const n = 24;
  const x = (i: number, r: number) => `x${i}_${r}`;
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(` a${i}: ${[0, 1, 2].map((r) => x(i, r)).join(' + ')} = 1`);
  for (let i = 0; i + 2 < n; i++) for (let r = 0; r < 3; r++) rows.push(` c${i}_${r}: ${x(i, r)} + ${x(i + 1, r)} + ${x(i + 2, r)} - u${r} <= 0`);
  const vars = [...Array.from({ length: n }, (_, i) => [0, 1, 2].map((r) => x(i, r))).flat(), 'u0', 'u1', 'u2'];
  const lp = ['Minimize', ` obj: 10 u0 + 10 u1 + 10 u2 + ${Array.from({ length: n }, (_, i) => `${(i % 5) + 1} ${x(i, i % 3)}`).join(' + ')}`, 'Subject To', ...rows, 'Binary', ` ${vars.join(' ')}`, 'End', ''].join('\n');
  highs.solve(lp, { output_flag: false, presolve: 'off', mip_heuristic_run_feasibility_jump: false } as Parameters<Highs['solve']>[1]);
}

export interface Cand {
  room: number;
  start: number;
}

export interface SubProblem {
  state: State;
  vars: number[];
  cands: Cand[][];
  allowUnplaced: boolean;
  /** Times are fixed (rooms mode): speakers' overlaps are the input's; only the travel buffer depends on rooms. */
  roomsMode?: boolean;
  /** Give up (null) rather than solve a model whose LP text is longer than this. */
  maxLpChars?: number;
}

export interface SubSolution {
  /** Chosen candidate per variable session (index into cands), -1: unplaced. */
  choice: number[];
  optimal: boolean;
  objective: number;
}

const UNPLACED = 1e6;

function num(x: number): string {
  const r = Math.round(x * 1e9) / 1e9;
  return Number.isInteger(r) ? String(r) : r.toFixed(9).replace(/0+$/, '');
}

/** CPLEX LP text. HiGHS keeps only the last coefficient of a variable repeated in one expression, so terms are summed. */
class Lp {
  private readonly objective = new Map<string, number>();
  readonly rows: string[] = [];
  readonly bounds: string[] = [];
  readonly binaries: string[] = [];
  private n = 0;

  private static terms(entries: Iterable<[string, number]>): string[] {
    const out: string[] = [];
    for (const [name, coef] of entries) if (Math.abs(coef) > 1e-12) out.push(`${coef < 0 ? '-' : '+'} ${num(Math.abs(coef))} ${name}`);
    return out;
  }

  private static lines(parts: string[]): string {
    const lines: string[] = [];
    for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '));
    return lines.join('\n   ');
  }

  cost(coef: number, name: string): void {
    this.objective.set(name, (this.objective.get(name) ?? 0) + coef);
  }

  row(terms: [number, string][], sense: '<=' | '>=' | '=', rhs: number): void {
    const sum = new Map<string, number>();
    for (const [c, v] of terms) sum.set(v, (sum.get(v) ?? 0) + c);
    const parts = Lp.terms(sum);
    if (parts.length === 0) return;
    this.rows.push(` r${this.n++}: ${Lp.lines(parts)} ${sense} ${num(rhs)}`);
  }

  text(): string {
    const obj = Lp.terms(this.objective);
    return [
      'Minimize',
      ` obj: ${obj.length ? Lp.lines(obj) : '+ 0 dummy'}`,
      'Subject To',
      ...(this.rows.length ? this.rows : [' r0: + 1 dummy0 >= 0']),
      'Bounds',
      ...this.bounds,
      ...(obj.length ? [] : [' 0 <= dummy <= 0']),
      ...(this.rows.length ? [] : [' 0 <= dummy0 <= 0']),
      ...(this.binaries.length ? ['Binary', ...chunks(this.binaries)] : []),
      'End',
      '',
    ].join('\n');
  }
}

function chunks(names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 20) out.push(` ${names.slice(i, i + 20).join(' ')}`);
  return out;
}

interface Flat {
  v: number; // index into vars
  s: number;
  c: number; // index into cands[v]
  room: number;
  start: number;
  end: number;
  name: string;
}

/** Maximal sets of intervals sharing an instant (sweep): each returned set pairwise overlaps. */
function maximalCliques(items: Flat[], extend = 0): Flat[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const points = [...new Set(sorted.map((x) => x.start))].sort((a, b) => a - b);
  const out: Flat[][] = [];
  let active: Flat[] = [];
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const tau = points[i]!;
    active = active.filter((x) => x.end + extend > tau);
    while (next < sorted.length && sorted[next]!.start <= tau) active.push(sorted[next++]!);
    const following = points[i + 1];
    // Maximal when something active ends before the next instant someone starts (or nothing starts any more).
    const maximal = following === undefined || active.some((x) => x.end + extend <= following);
    if (maximal && new Set(active.map((x) => x.v)).size >= 2) out.push([...active]);
  }
  return out;
}

function buildLp(p: SubProblem, pairSet: readonly [number, number][]): { lp: string; flat: Flat[][] } {
  const state = p.state;
  const model = state.model;
  const w = effectiveWeights(model);
  const lp = new Lp();
  const varIndex = new Map(p.vars.map((s, v) => [s, v]));
  const flat: Flat[][] = p.vars.map((s, v) =>
    p.cands[v]!.map((c, ci) => ({
      v,
      s,
      c: ci,
      room: c.room,
      start: c.start,
      end: c.start + model.sessions[s]!.dur,
      name: `x${v}_${ci}`,
    })),
  );
  const all = flat.flat();

  // Candidate costs.
  for (const f of all) {
    let cost = placementCost(model, w, f.s, f.room, f.start);
    const sess = model.sessions[f.s]!;
    // Overlaps with fixed sessions: same track, audience.
    if (!p.roomsMode) {
      if (sess.track >= 0 && w.trackParallel > 0) {
        for (const it of state.trackItems(sess.track, f.start, f.end)) if (!varIndex.has(it.s)) cost += w.trackParallel;
      }
      if (w.audienceOverlap > 0) {
        for (const b of model.pairsOf[f.s]!) {
          const it = state.pos[b];
          if (it && !varIndex.has(b) && it.start < f.end && f.start < it.end) cost += w.audienceOverlap * pairWeightOf(model, f.s, b);
        }
      }
    }
    lp.cost(cost, f.name);
    lp.binaries.push(f.name);
  }

  // Assignment. Leaving a session out must cost more than anything placing it could: a generous bound on one session's
  // share of every part.
  const maxPair = Math.max(0, ...model.pairWeight.values());
  const unplacedCost = Math.max(
    UNPLACED,
    10 *
      (w.roomUsed +
        w.trackRoom +
        w.preferredTime +
        w.moved +
        w.roomChanged +
        w.capacityFit * 1000 +
        w.trackGap * 48 +
        w.movedDistance * 24 * 30 +
        (w.trackParallel + w.audienceOverlap * maxPair) * p.vars.length),
  );
  p.vars.forEach((_, v) => {
    const terms: [number, string][] = flat[v]!.map((f) => [1, f.name]);
    if (p.allowUnplaced) {
      terms.push([1, `u${v}`]);
      // As many sessions placed as possible; among equal counts, the longer ones.
      lp.cost(unplacedCost * (1 + Math.min(model.sessions[p.vars[v]!]!.dur, 1440) / 10_000), `u${v}`);
      lp.binaries.push(`u${v}`);
    }
    if (terms.length === 0) return;
    lp.row(terms, '=', 1);
  });

  // Rooms.
  const byRoom = new Map<number, Flat[]>();
  for (const f of all) {
    let list = byRoom.get(f.room);
    if (!list) byRoom.set(f.room, (list = []));
    list.push(f);
  }
  // Rooms that host no fixed session get a used(r) indicator; a clique row then reads Σ x ≤ used(r), which makes the
  // relaxation count at least as many rooms as sessions running at once (the plain "≤ 1" lets it spread each session
  // over all rooms in fractions and pay for a third of each).
  const hosting = new Set<number>();
  for (const it of state.pos) if (it && !varIndex.has(it.s)) hosting.add(it.room);
  const usedVar = (r: number) => (w.roomUsed > 0 && !hosting.has(r) ? `U${r}` : null);
  for (const [r, list] of byRoom) {
    const used = usedVar(r);
    for (const clique of maximalCliques(list)) {
      if (used) lp.row([...clique.map((f): [number, string] => [1, f.name]), [-1, used]], '<=', 0);
      else lp.row(clique.map((f) => [1, f.name]), '<=', 1);
    }
  }

  // Speakers.
  const speakerVars = new Map<number, number[]>();
  p.vars.forEach((s, v) => {
    for (const sp of model.sessions[s]!.speakers) {
      let list = speakerVars.get(sp);
      if (!list) speakerVars.set(sp, (list = []));
      list.push(v);
    }
  });
  let zCount = 0;
  for (const [sp, vs] of speakerVars) {
    if (vs.length < 2) continue;
    if (p.roomsMode) {
      if (model.buffer <= 0) continue;
      // Times are fixed: a pair too close for the buffer must share a room.
      for (const a of vs) {
        for (const b of vs) {
          if (a === b) continue;
          const fa = flat[a]![0];
          const fb = flat[b]![0];
          if (!fa || !fb) continue;
          const overlap = fa.start < fb.end && fb.start < fa.end;
          const gap = Math.max(fb.start - fa.end, fa.start - fb.end);
          if (overlap || gap >= model.buffer) continue;
          for (const x of flat[a]!) lp.row([[1, x.name], ...flat[b]!.filter((y) => y.room !== x.room).map((y): [number, string] => [1, y.name])], '<=', 1);
        }
      }
      continue;
    }
    const items = vs.flatMap((v) => flat[v]!);
    for (const clique of maximalCliques(items)) lp.row(clique.map((f) => [1, f.name]), '<=', 1);
    if (model.buffer > 0) {
      for (const clique of maximalCliques(items, model.buffer)) {
        const rooms = new Map<number, Flat[]>();
        for (const f of clique) {
          let list = rooms.get(f.room);
          if (!list) rooms.set(f.room, (list = []));
          list.push(f);
        }
        if (rooms.size < 2) continue;
        const zs: [number, string][] = [];
        for (const [, list] of rooms) {
          const z = `z${sp}_${zCount++}`;
          lp.binaries.push(z);
          zs.push([1, z]);
          lp.row([...list.map((f): [number, string] => [1, f.name]), [-list.length, z]], '<=', 0);
        }
        lp.row(zs, '<=', 1);
      }
    }
  }

  // Track main rooms.
  if (w.trackRoom > 0) {
    const tracks = new Map<number, number[]>();
    p.vars.forEach((s, v) => {
      const k = model.sessions[s]!.track;
      if (k < 0) return;
      let list = tracks.get(k);
      if (!list) tracks.set(k, (list = []));
      list.push(v);
    });
    for (const [k, vs] of tracks) {
      const fixed = state.trackList(k).filter((it) => !varIndex.has(it.s));
      if (vs.length === 1) {
        // One variable session: its exact cost per candidate, given the fixed sessions' rooms.
        const count = new Map<number, number>();
        for (const it of fixed) count.set(it.room, (count.get(it.room) ?? 0) + 1);
        const max = Math.max(0, ...count.values());
        for (const f of flat[vs[0]!]!) {
          const after = Math.max(max, (count.get(f.room) ?? 0) + 1);
          lp.cost(w.trackRoom * (fixed.length + 1 - after - (fixed.length - max)), f.name);
        }
        continue;
      }
      const rooms = [...new Set([...vs.flatMap((v) => flat[v]!.map((f) => f.room)), ...fixed.map((it) => it.room)])].sort((a, b) => a - b);
      if (rooms.length < 2 && fixed.length === 0) continue;
      const y = (r: number) => `y${k}_${r}`;
      for (const r of rooms) lp.binaries.push(y(r));
      lp.row(
        rooms.map((r): [number, string] => [1, y(r)]),
        '=',
        1,
      );
      for (const it of fixed) lp.cost(-w.trackRoom, y(it.room));
      for (const v of vs) {
        const pv = `p${v}`;
        lp.cost(w.trackRoom, pv);
        for (const r of rooms) {
          const terms: [number, string][] = [
            [1, pv],
            [-1, y(r)],
            ...flat[v]!.filter((f) => f.room === r).map((f): [number, string] => [1, f.name]),
          ];
          if (p.allowUnplaced) terms.push([1, `u${v}`]);
          lp.row(terms, '>=', 0);
        }
      }
    }
  }

  // Track gaps per track, room and day, on the elementary segments between all candidate starts and ends there:
  // b(i) = the track occupies segment i; s(i) = it has started by i (non-decreasing, ≥ b); e(i) = it has not ended by i
  // (non-increasing, ≥ b); a(i) ≥ s(i) + e(i) − 1 is 1 exactly between the first start and the last end. The gaps are
  // Σ length(i)·(a(i) − b(i)), and Σ length(i)·b(i) is the chosen sessions' minutes (a cost on each candidate).
  if (w.trackGap > 0 && p.roomsMode) {
    // Times are fixed: per track, room and day, q(i, j) = 1 when i and j are both there and no session of the track is
    // between them; it costs the gap between them. q ≥ x_i + x_j − 1 − Σ x_l (l between), fixed sessions as constants.
    const scale = w.trackGap / 60;
    const groups = new Map<string, { start: number; end: number; x: string | null }[]>();
    const add = (k: number, r: number, start: number, end: number, x: string | null) => {
      const key = `${k}:${r}:${dayOf(model, start)}`;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push({ start, end, x });
    };
    for (const f of all) {
      const k = model.sessions[f.s]!.track;
      if (k >= 0) add(k, f.room, f.start, f.end, f.name);
    }
    const touched = new Set([...groups.keys()]);
    for (let k = 0; k < model.tracks.length; k++) {
      for (const it of state.trackList(k)) {
        if (varIndex.has(it.s)) continue;
        const key = `${k}:${it.room}:${dayOf(model, it.start)}`;
        if (touched.has(key)) add(k, it.room, it.start, it.end, null);
      }
    }
    let q = 0;
    for (const list of groups.values()) {
      list.sort((a, b) => a.start - b.start || a.end - b.end);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (b.start < a.end) continue; // overlapping: never both in one room
          const between = list.slice(i + 1, j).filter((m) => m.start >= a.end && m.end <= b.start);
          if (between.some((m) => !m.x)) continue; // a fixed session between them: never consecutive
          // Two fixed sessions with nothing that could come between: a constant. (With sessions that could, the gap
          // between the two is paid only when none of them does, so it is a q like the others.)
          if (!a.x && !b.x && between.length === 0) continue;
          const gap = b.start - a.end;
          if (gap <= 0) continue;
          const qv = `q${q++}`;
          lp.bounds.push(` 0 <= ${qv} <= 1`);
          lp.cost(scale * gap, qv);
          const terms: [number, string][] = [[1, qv]];
          let rhs = -1;
          for (const m of [a, b]) {
            if (m.x) terms.push([-1, m.x]);
            else rhs += 1;
          }
          for (const m of between) terms.push([1, m.x!]);
          lp.row(terms, '>=', rhs);
        }
      }
    }
  } else if (w.trackGap > 0) {
    const combos = new Map<string, { k: number; r: number; day: number; members: Flat[] }>();
    for (const f of all) {
      const k = model.sessions[f.s]!.track;
      if (k < 0) continue;
      const day = dayOf(model, f.start);
      const key = `${k}:${f.room}:${day}`;
      let combo = combos.get(key);
      if (!combo) combos.set(key, (combo = { k, r: f.room, day, members: [] }));
      combo.members.push(f);
    }
    const scale = w.trackGap / 60;
    let g = 0;
    for (const combo of combos.values()) {
      const fixed = state.trackList(combo.k).filter((it) => !varIndex.has(it.s) && it.room === combo.r && dayOf(model, it.start) === combo.day);
      const members = combo.members;
      if (new Set(members.map((f) => f.v)).size < 2) {
        // One variable session here: its exact gap change per candidate, between the fixed sessions around it.
        for (const f of members) {
          let prevEnd = -Infinity;
          let nextStart = Infinity;
          for (const it of fixed) {
            if (it.end <= f.start) prevEnd = Math.max(prevEnd, it.end);
            if (it.start >= f.end) nextStart = Math.min(nextStart, it.start);
          }
          let delta = 0;
          if (prevEnd > -Infinity) delta += f.start - prevEnd;
          if (nextStart < Infinity) delta += nextStart - f.end;
          if (prevEnd > -Infinity && nextStart < Infinity) delta -= nextStart - prevEnd;
          lp.cost(scale * delta, f.name);
        }
        continue;
      }
      const points = [...new Set([...members.flatMap((f) => [f.start, f.end]), ...fixed.flatMap((it) => [it.start, it.end])])].sort((a, b) => a - b);
      const id = g++;
      const segs = points.length - 1;
      for (let i = 0; i < segs; i++) {
        const from = points[i]!;
        const to = points[i + 1]!;
        const sv = `gs${id}_${i}`;
        const ev = `ge${id}_${i}`;
        const av = `ga${id}_${i}`;
        const cover = members.filter((f) => f.start <= from && to <= f.end);
        const fixedCover = fixed.some((it) => it.start <= from && to <= it.end);
        lp.bounds.push(` ${fixedCover ? 1 : 0} <= ${sv} <= 1`, ` ${fixedCover ? 1 : 0} <= ${ev} <= 1`, ` 0 <= ${av} <= 1`);
        lp.cost(scale * (to - from), av);
        if (cover.length) {
          lp.row([[1, sv], ...cover.map((f): [number, string] => [-1, f.name])], '>=', 0);
          lp.row([[1, ev], ...cover.map((f): [number, string] => [-1, f.name])], '>=', 0);
        }
        if (i > 0) {
          lp.row(
            [
              [1, sv],
              [-1, `gs${id}_${i - 1}`],
            ],
            '>=',
            0,
          );
          lp.row(
            [
              [1, `ge${id}_${i - 1}`],
              [-1, ev],
            ],
            '>=',
            0,
          );
        }
        lp.row(
          [
            [1, av],
            [-1, sv],
            [-1, ev],
          ],
          '>=',
          -1,
        );
      }
      for (const f of members) lp.cost(-scale * (f.end - f.start), f.name);
    }
  }

  // Rooms used.
  if (w.roomUsed > 0) {
    const rooms = new Set(all.map((f) => f.room));
    for (const r of rooms) {
      const used = usedVar(r);
      if (!used) continue;
      lp.binaries.push(used);
      lp.cost(w.roomUsed, used);
      flat.forEach((list) => {
        const here = list.filter((f) => f.room === r);
        if (here.length) lp.row([...here.map((f): [number, string] => [1, f.name]), [-1, used]], '<=', 0);
      });
    }
  }

  // Pairs of variable sessions that should not overlap (generated lazily).
  if (!p.roomsMode) {
    pairSet.forEach(([a, b], j) => {
      const weight = pairPenalty(model, w, p.vars[a]!, p.vars[b]!);
      if (weight <= 0) return;
      const o = `o${j}`;
      lp.cost(weight, o);
      lp.bounds.push(` 0 <= ${o} <= 1`);
      const points = [...new Set([...flat[a]!, ...flat[b]!].map((f) => f.start))].sort((x, y) => x - y);
      for (const tau of points) {
        const ca = flat[a]!.filter((f) => f.start <= tau && tau < f.end);
        const cb = flat[b]!.filter((f) => f.start <= tau && tau < f.end);
        if (!ca.length || !cb.length) continue;
        lp.row([[1, o], ...ca.map((f): [number, string] => [-1, f.name]), ...cb.map((f): [number, string] => [-1, f.name])], '>=', -1);
      }
    });
  }
  return { lp: lp.text(), flat };
}

function pairPenalty(model: Model, w: ReturnType<typeof effectiveWeights>, a: number, b: number): number {
  const ka = model.sessions[a]!.track;
  let weight = 0;
  if (ka >= 0 && ka === model.sessions[b]!.track) weight += w.trackParallel;
  weight += w.audienceOverlap * pairWeightOf(model, a, b);
  return weight;
}

/** Solves a sub-problem within `timeLimitMs`; null when HiGHS found no solution in time. */
export async function solveSub(p: SubProblem, control: Control, timeLimitMs: number): Promise<SubSolution | null> {
  const highs = await loadHighs();
  const model = p.state.model;
  const w = effectiveWeights(model);
  const deadline = performance.now() + timeLimitMs;
  const pairs: [number, number][] = [];
  const seen = new Set<string>();
  let best: SubSolution | null = null;
  for (let round = 0; round < 20; round++) {
    const left = deadline - performance.now();
    if (left <= 5 || control.stop()) break;
    const { lp, flat } = buildLp(p, pairs);
    if (p.maxLpChars !== undefined && lp.length > p.maxLpChars) break;
    const result = highs.solve(lp, {
      output_flag: false,
      time_limit: Math.max(0.01, left / 1000),
      mip_rel_gap: 1e-9,
      mip_abs_gap: 1e-6,
      random_seed: 0,
      // Our models are small and already tight; presolve costs more than it saves in the WebAssembly build.
      presolve: 'off',
      // Feasibility jump costs about half a second per solve in the WebAssembly build and never helped here.
      mip_heuristic_run_feasibility_jump: false,
    } as Parameters<Highs['solve']>[1]);
    const status = result.Status;
    const hasSolution = status === 'Optimal' || ((status === 'Time limit reached' || status === 'Iteration limit reached') && result.Columns && Object.keys(result.Columns).length > 0);
    if (!hasSolution) break;
    const choice = p.vars.map((_, v) => {
      const idx = flat[v]!.findIndex((f) => ((result.Columns[f.name] as { Primal?: number } | undefined)?.Primal ?? 0) > 0.5);
      return idx;
    });
    // A time-limited solve may hand back a non-integral or empty point: then there is nothing to use.
    if (!p.allowUnplaced && choice.some((c) => c < 0)) break;
    const solution: SubSolution = { choice, optimal: status === 'Optimal', objective: result.ObjectiveValue };
    // Overlapping pairs the model did not price yet?
    const missing: [number, number][] = [];
    if (!p.roomsMode) {
      const placed = choice.map((c, v) => (c >= 0 ? flat[v]![c]! : null));
      for (let a = 0; a < p.vars.length; a++) {
        const fa = placed[a];
        if (!fa) continue;
        for (let b = a + 1; b < p.vars.length; b++) {
          const fb = placed[b];
          if (!fb || !(fa.start < fb.end && fb.start < fa.end)) continue;
          if (pairPenalty(model, w, p.vars[a]!, p.vars[b]!) <= 0) continue;
          const key = `${a}:${b}`;
          if (seen.has(key)) continue;
          seen.add(key);
          missing.push([a, b]);
        }
      }
    }
    if (missing.length === 0) {
      best = solution;
      break;
    }
    // Not yet exact: keep it as a fallback (it is feasible), add the pairs and solve again.
    best = { ...solution, optimal: false };
    pairs.push(...missing);
    await control.tick();
  }
  return best;
}
