// Automatic balanced assignment of proposals to reviewers (the committee's "autoassign"), as a min-cost max-flow
// in the spirit of HotCRP's assigner:
//
//   source --(cap k - existing, cost 0)--> proposal --(cap 1, cost by preference)--> reviewer --(convex)--> sink
//
// The reviewer -> sink arc is convex: the review that takes a reviewer from load L to L + 1 costs W * (2L + 1), so a
// reviewer's load costs W * L² in total. Minimising a separable strictly convex function over the load vectors of the
// maximum flows (an M-convex set) gives the decreasingly-minimal vector: the smallest possible maximum load, the
// largest possible minimum load, and therefore max - min <= 1 whenever any maximum assignment allows it.
//
// Priorities are strict tiers: (1) as many review slots as possible (maximum flow), (2) balance (W exceeds every
// possible preference cost), (3) preferences: 'avoid' (cost A) is worse than any number of 'neutral' (cost 1) versus
// 'want' (cost 0) choices, so an 'avoid' pair is taken only when filling or balancing needs it.
//
// Solver: primal-dual. Each phase runs one Dijkstra on reduced costs (Johnson potentials; stops at the sink), lifts the
// potentials, then sends a maximum flow through the zero-reduced-cost arcs (Dinic: BFS levels + DFS with current-arc
// pointers). Each phase therefore augments along many shortest paths at once; the residual graph is kept flat
// (typed arrays, CSR by proposal and by reviewer), and the convex sink arcs are implicit (one "next slot" per reviewer).

import { DomainError } from '../errors.ts';

export type Preference = 'want' | 'neutral' | 'avoid'; // reviewer's declared bid on a proposal; missing = neutral

export interface AssignmentInput {
  proposals: { id: string; trackId: string | null; speakerUserIds: string[] }[];
  reviewers: { id: string; userId: string; trackIds: string[] | null /* null = all tracks */; maxLoad?: number }[];
  /** k: the number of reviews each proposal should get in total (existing ones included). */
  reviewsPerProposal: number;
  /** Declared conflicts of interest. */
  conflicts: { reviewerId: string; proposalId: string }[];
  /** Bids; a pair without one is 'neutral'. When a pair is listed twice, the last entry wins. */
  preferences: { reviewerId: string; proposalId: string; preference: Preference }[];
  /**
   * Already-assigned pairs. They are kept even when they break a rule (a conflict declared later), never repeated,
   * and count toward k of their proposal and toward the load (and maxLoad) of their reviewer. A pair naming an
   * unknown reviewer still counts toward its proposal's k; one naming an unknown proposal still counts toward load.
   */
  existing: { reviewerId: string; proposalId: string }[];
}

export interface AssignmentResult {
  /** New pairs only (never the existing ones), ordered by proposal, then reviewer, in input order. */
  assignments: { reviewerId: string; proposalId: string }[];
  /** Total load per reviewer, existing pairs included; every reviewer has an entry, in input order. */
  loads: Record<string, number>;
  /** Proposals left with fewer than k reviews in total, in input order. */
  unfilled: { proposalId: string; missing: number; reason: string }[];
  /** preferenceWant / preferenceAvoid count the new assignments; maxLoad / minLoad are over `loads` (0 when empty). */
  stats: { preferenceWant: number; preferenceAvoid: number; maxLoad: number; minLoad: number };
}

const WANT = 0;
const NEUTRAL = 1;
const AVOID = 2;
const PREF_CODE: Record<Preference, number> = { want: WANT, neutral: NEUTRAL, avoid: AVOID };

// Why a reviewer cannot take a proposal (first matching reason wins), for the "unfilled" explanations.
const OWN = 1;
const CONFLICT = 2;
const TRACK = 3;
const FULL = 4;
const CAUSE_LABEL = ['', 'own proposal', 'conflicts', 'track limits', 'load limits'] as const;

/** Integers below this stay exact in doubles with ample room for sums along paths. */
const SAFE_COST = 2 ** 49;

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function assignReviewers(input: AssignmentInput): AssignmentResult {
  const { proposals, reviewers } = input;
  const k = input.reviewsPerProposal;
  if (!isCount(k)) throw new DomainError('INVALID', 'Reviews per proposal must be a whole number of at least 0.');
  const P = proposals.length;
  const R = reviewers.length;

  const propIndex = new Map<string, number>();
  proposals.forEach((p, i) => {
    if (propIndex.has(p.id)) throw new DomainError('INVALID', `Proposal ${p.id} is listed twice.`);
    propIndex.set(p.id, i);
  });
  const revIndex = new Map<string, number>();
  const revByUser = new Map<string, number[]>();
  reviewers.forEach((r, i) => {
    if (revIndex.has(r.id)) throw new DomainError('INVALID', `Reviewer ${r.id} is listed twice.`);
    if (r.maxLoad !== undefined && !isCount(r.maxLoad)) {
      throw new DomainError('INVALID', `Reviewer ${r.id}: the maximum load must be a whole number of at least 0.`);
    }
    revIndex.set(r.id, i);
    const same = revByUser.get(r.userId);
    if (same) same.push(i);
    else revByUser.set(r.userId, [i]);
  });

  // Existing pairs (deduplicated).
  const existingCount = new Int32Array(P);
  const existingLoad = new Int32Array(R);
  const existingPairs = new Set<number>(); // p * R + r, both known
  const seenExisting = new Set<string>();
  for (const e of input.existing) {
    const key = `${e.reviewerId}\u0000${e.proposalId}`;
    if (seenExisting.has(key)) continue;
    seenExisting.add(key);
    const p = propIndex.get(e.proposalId);
    const r = revIndex.get(e.reviewerId);
    if (p !== undefined) existingCount[p]!++;
    if (r !== undefined) existingLoad[r]!++;
    if (p !== undefined && r !== undefined) existingPairs.add(p * R + r);
  }

  const conflictsByProp: number[][] = proposals.map(() => []);
  for (const c of input.conflicts) {
    const p = propIndex.get(c.proposalId);
    const r = revIndex.get(c.reviewerId);
    if (p !== undefined && r !== undefined) conflictsByProp[p]!.push(r);
  }
  const prefs = new Map<number, number>();
  for (const x of input.preferences) {
    const p = propIndex.get(x.proposalId);
    const r = revIndex.get(x.reviewerId);
    if (p !== undefined && r !== undefined) prefs.set(p * R + r, PREF_CODE[x.preference]);
  }

  // Remaining capacity per reviewer (maxLoad minus existing load); unbounded reviewers are capped later by degree.
  const cap = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    const max = reviewers[r]!.maxLoad;
    cap[r] = max === undefined ? Infinity : Math.max(0, max - existingLoad[r]!);
  }
  const trackSets = reviewers.map((r) => (r.trackIds === null ? null : new Set(r.trackIds)));

  // Candidate pairs (proposal -> reviewer arcs) in CSR by proposal, in input order; exclusion causes per proposal.
  const need = new Int32Array(P);
  const pStart = new Int32Array(P + 1);
  const arcRev: number[] = [];
  const arcPref: number[] = [];
  const causes: Int32Array[] = []; // per proposal: count of reviewers excluded per cause (index = cause)
  const cause = new Uint8Array(R);
  for (let p = 0; p < P; p++) {
    const prop = proposals[p]!;
    cause.fill(0);
    for (const user of prop.speakerUserIds) for (const r of revByUser.get(user) ?? []) cause[r] = OWN;
    for (const r of conflictsByProp[p]!) if (cause[r] === 0) cause[r] = CONFLICT;
    const count = new Int32Array(CAUSE_LABEL.length);
    for (let r = 0; r < R; r++) {
      if (existingPairs.has(p * R + r)) continue; // already reviews it: counted in existingCount
      let c = cause[r]!;
      if (c === 0 && prop.trackId !== null && trackSets[r] !== null && !trackSets[r]!.has(prop.trackId)) c = TRACK;
      if (c === 0 && cap[r] === 0) c = FULL;
      if (c !== 0) {
        count[c]!++;
        continue;
      }
      arcRev.push(r);
      arcPref.push(prefs.get(p * R + r) ?? NEUTRAL);
    }
    causes.push(count);
    pStart[p + 1] = arcRev.length;
    need[p] = Math.min(Math.max(0, k - existingCount[p]!), pStart[p + 1]! - pStart[p]!);
  }
  const M = arcRev.length;

  // Unbounded reviewers: capacity = number of candidate pairs.
  const degree = new Int32Array(R);
  for (let a = 0; a < M; a++) degree[arcRev[a]!]!++;
  for (let r = 0; r < R; r++) if (cap[r] === Infinity) cap[r] = degree[r]!;

  // Cost tiers. D bounds the flow; A > D so one 'avoid' outweighs every want/neutral choice; 2W > D * A so any
  // change in Σ L² (always even at a fixed total) outweighs every preference choice.
  let D = 0;
  for (let p = 0; p < P; p++) D += need[p]!;
  let maxExisting = 0;
  for (let r = 0; r < R; r++) maxExisting = Math.max(maxExisting, existingLoad[r]!);
  const lMax = maxExisting + D + 1;
  let A = D + 1;
  let W = Math.floor((D * A) / 2) + 1;
  if (W * (2 * lMax + 1) + D * A > SAFE_COST) {
    // Huge instances only: compress the tiers to stay exact in doubles (the priorities then hold approximately).
    W = Math.max(1, Math.floor(SAFE_COST / (2 * (2 * lMax + 1))));
    A = Math.max(2, Math.min(A, Math.floor(W / Math.max(1, D))));
  }
  const PREF_COST = [0, 1, A];

  // Flat arrays. Nodes: proposals 0..P-1, reviewers P..P+R-1, source S, sink T.
  const S = P + R;
  const T = S + 1;
  const N = T + 1;
  const head = Int32Array.from(arcRev, (r) => P + r);
  const tail = new Int32Array(M);
  for (let p = 0; p < P; p++) for (let a = pStart[p]!; a < pStart[p + 1]!; a++) tail[a] = p;
  const cost = Float64Array.from(arcPref, (x) => PREF_COST[x]!);
  const flow = new Uint8Array(M);
  // CSR by reviewer (backward residual arcs), proposals in input order.
  const rStart = new Int32Array(R + 1);
  for (let r = 0; r < R; r++) rStart[r + 1] = rStart[r]! + degree[r]!;
  const rArcs = new Int32Array(M);
  {
    const fill = rStart.slice(0, R);
    for (let a = 0; a < M; a++) rArcs[fill[arcRev[a]!]!++] = a;
  }

  const sent = new Int32Array(P); // flow on source -> proposal
  const load = Float64Array.from(existingLoad); // total load per reviewer
  const used = new Int32Array(R); // new reviews per reviewer
  const pi = new Float64Array(N);
  const dist = new Float64Array(N);
  const done = new Uint8Array(N);
  const heapNode = new Int32Array(M + N + 8);
  const heapKey = new Float64Array(M + N + 8);
  const level = new Int32Array(N);
  const queue = new Int32Array(N);
  const iter = new Int32Array(N);
  const pathNode = new Int32Array(N + 1);
  const pathArc = new Int32Array(N + 1);

  /** Cost of the reviewer's next review: W * ((L + 1)² - L²). */
  const marginal = (r: number) => W * (2 * load[r]! + 1);

  /** Dijkstra on reduced costs from S, stopping at T; lifts the potentials. False when T is unreachable. */
  function dijkstra(): boolean {
    dist.fill(Infinity);
    done.fill(0);
    let size = 0;
    const push = (v: number, d: number) => {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const pk = heapKey[parent]!;
        if (pk < d || (pk === d && heapNode[parent]! <= v)) break;
        heapKey[i] = pk;
        heapNode[i] = heapNode[parent]!;
        i = parent;
      }
      heapKey[i] = d;
      heapNode[i] = v;
    };
    const relax = (v: number, d: number) => {
      if (d < dist[v]!) {
        dist[v] = d;
        push(v, d);
      }
    };
    dist[S] = 0;
    push(S, 0);
    while (size > 0) {
      const u = heapNode[0]!;
      const du = heapKey[0]!;
      // pop
      size--;
      if (size > 0) {
        const lastK = heapKey[size]!;
        const lastN = heapNode[size]!;
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= size) break;
          const c2 = c + 1;
          if (c2 < size && (heapKey[c2]! < heapKey[c]! || (heapKey[c2] === heapKey[c] && heapNode[c2]! < heapNode[c]!))) c = c2;
          const ck = heapKey[c]!;
          if (ck > lastK || (ck === lastK && heapNode[c]! >= lastN)) break;
          heapKey[i] = ck;
          heapNode[i] = heapNode[c]!;
          i = c;
        }
        heapKey[i] = lastK;
        heapNode[i] = lastN;
      }
      if (done[u] || du > dist[u]!) continue;
      done[u] = 1;
      if (u === T) break;
      const base = du + pi[u]!;
      if (u === S) {
        for (let p = 0; p < P; p++) if (sent[p]! < need[p]!) relax(p, base - pi[p]!);
      } else if (u < P) {
        for (let a = pStart[u]!, end = pStart[u + 1]!; a < end; a++) {
          if (flow[a] === 0) {
            const v = head[a]!;
            if (!done[v]) relax(v, base + cost[a]! - pi[v]!);
          }
        }
      } else {
        const r = u - P;
        if (used[r]! < cap[r]!) relax(T, base + marginal(r) - pi[T]!);
        for (let i = rStart[r]!, end = rStart[r + 1]!; i < end; i++) {
          const a = rArcs[i]!;
          if (flow[a] === 1) {
            const v = tail[a]!;
            if (!done[v]) relax(v, base - cost[a]! - pi[v]!);
          }
        }
      }
    }
    if (!done[T]) return false;
    const dT = dist[T]!;
    for (let v = 0; v < N; v++) pi[v]! += done[v] ? dist[v]! : dT;
    return true;
  }

  /** BFS levels over admissible (residual, zero reduced cost) arcs. True when T is reached. */
  function bfs(): boolean {
    level.fill(-1);
    level[S] = 0;
    let qh = 0;
    let qt = 0;
    queue[qt++] = S;
    while (qh < qt) {
      const u = queue[qh++]!;
      const lu = level[u]!;
      if (level[T]! >= 0 && lu >= level[T]!) break;
      const pu = pi[u]!;
      if (u === S) {
        for (let p = 0; p < P; p++) {
          if (level[p]! < 0 && sent[p]! < need[p]! && pi[p] === pu) {
            level[p] = lu + 1;
            queue[qt++] = p;
          }
        }
      } else if (u < P) {
        for (let a = pStart[u]!, end = pStart[u + 1]!; a < end; a++) {
          const v = head[a]!;
          if (level[v]! < 0 && flow[a] === 0 && cost[a]! + pu === pi[v]) {
            level[v] = lu + 1;
            queue[qt++] = v;
          }
        }
      } else {
        const r = u - P;
        if (level[T]! < 0 && used[r]! < cap[r]! && marginal(r) + pu === pi[T]) {
          level[T] = lu + 1;
          queue[qt++] = T;
        }
        for (let i = rStart[r]!, end = rStart[r + 1]!; i < end; i++) {
          const a = rArcs[i]!;
          const v = tail[a]!;
          if (level[v]! < 0 && flow[a] === 1 && pu - cost[a]! === pi[v]) {
            level[v] = lu + 1;
            queue[qt++] = v;
          }
        }
      }
    }
    return level[T]! >= 0;
  }

  /** Unit augmenting paths along the level graph (iterative DFS with current-arc pointers) until blocked. */
  function blockingFlow(): void {
    iter.fill(0);
    let depth = 0;
    let u = S;
    for (;;) {
      if (u === T) {
        for (let i = 0; i < depth; i++) {
          const x = pathNode[i]!;
          const a = pathArc[i]!;
          if (x === S) sent[pathNode[i + 1]!]!++;
          else if (x < P) flow[a] = 1;
          else if (a === -1) {
            used[x - P]!++;
            load[x - P]!++;
          } else flow[a] = 0;
        }
        depth = 0;
        u = S;
        continue;
      }
      const next = level[u]! + 1;
      const pu = pi[u]!;
      let v = -1;
      let arc = -1;
      if (u === S) {
        for (; iter[S]! < P; iter[S]!++) {
          const p = iter[S]!;
          if (level[p] === next && sent[p]! < need[p]! && pi[p] === pu) {
            v = p;
            break;
          }
        }
      } else if (u < P) {
        const start = pStart[u]!;
        const deg = pStart[u + 1]! - start;
        for (; iter[u]! < deg; iter[u]!++) {
          const a = start + iter[u]!;
          const h = head[a]!;
          if (level[h] === next && flow[a] === 0 && cost[a]! + pu === pi[h]) {
            v = h;
            arc = a;
            break;
          }
        }
      } else {
        const r = u - P;
        const start = rStart[r]!;
        const deg = rStart[r + 1]! - start;
        // Position 0 is the sink arc, 1..deg the backward pair arcs.
        for (; iter[u]! <= deg; iter[u]!++) {
          const j = iter[u]!;
          if (j === 0) {
            if (level[T] === next && used[r]! < cap[r]! && marginal(r) + pu === pi[T]) {
              v = T;
              break;
            }
            continue;
          }
          const a = rArcs[start + j - 1]!;
          const t = tail[a]!;
          if (level[t] === next && flow[a] === 1 && pu - cost[a]! === pi[t]) {
            v = t;
            arc = a;
            break;
          }
        }
      }
      if (v >= 0) {
        pathNode[depth] = u;
        pathArc[depth] = arc;
        depth++;
        u = v;
      } else {
        level[u] = -2; // dead end for this round
        if (depth === 0) return;
        depth--;
        u = pathNode[depth]!;
        iter[u]!++;
      }
    }
  }

  if (D > 0) {
    while (dijkstra()) {
      while (bfs()) blockingFlow();
    }
  }

  // Results.
  const assignments: AssignmentResult['assignments'] = [];
  const added = new Int32Array(P);
  let preferenceWant = 0;
  let preferenceAvoid = 0;
  for (let a = 0; a < M; a++) {
    if (flow[a] !== 1) continue;
    const p = tail[a]!;
    added[p]!++;
    assignments.push({ reviewerId: reviewers[arcRev[a]!]!.id, proposalId: proposals[p]!.id });
    if (arcPref[a] === WANT) preferenceWant++;
    else if (arcPref[a] === AVOID) preferenceAvoid++;
  }
  const loads: Record<string, number> = {};
  let maxLoad = R > 0 ? -Infinity : 0;
  let minLoad = R > 0 ? Infinity : 0;
  for (let r = 0; r < R; r++) {
    const l = load[r]!;
    loads[reviewers[r]!.id] = l;
    maxLoad = Math.max(maxLoad, l);
    minLoad = Math.min(minLoad, l);
  }

  const unfilled: AssignmentResult['unfilled'] = [];
  for (let p = 0; p < P; p++) {
    const total = existingCount[p]! + added[p]!;
    if (total >= k) continue;
    const candidates = pStart[p + 1]! - pStart[p]!;
    const eligible = existingCount[p]! + candidates;
    const parts: string[] = [];
    if (eligible < k) {
      const count = causes[p]!;
      const why: string[] = [OWN, CONFLICT, TRACK, FULL].filter((c) => count[c]! > 0).map((c) => CAUSE_LABEL[c]!);
      if (why.length === 0) why.push(R === 0 ? 'no reviewers' : 'too few reviewers');
      parts.push(`only ${plural(eligible, 'eligible reviewer')} (${why.join(', ')})`);
    }
    if (total < Math.min(k, eligible)) {
      parts.push('the eligible reviewers reached their maximum load');
    }
    unfilled.push({ proposalId: proposals[p]!.id, missing: k - total, reason: parts.join('; ') });
  }

  return { assignments, loads, unfilled, stats: { preferenceWant, preferenceAvoid, maxLoad, minLoad } };
}
