import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { assignReviewers, type AssignmentInput, type AssignmentResult, type Preference } from './assignment.ts';

type Proposal = AssignmentInput['proposals'][number];
type Reviewer = AssignmentInput['reviewers'][number];

const proposal = (id: string, trackId: string | null = null, speakerUserIds: string[] = []): Proposal => ({ id, trackId, speakerUserIds });
const reviewer = (id: string, trackIds: string[] | null = null, maxLoad?: number): Reviewer =>
  maxLoad === undefined ? { id, userId: `u-${id}`, trackIds } : { id, userId: `u-${id}`, trackIds, maxLoad };
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function input(partial: Partial<AssignmentInput> & Pick<AssignmentInput, 'proposals' | 'reviewers'>): AssignmentInput {
  return { reviewsPerProposal: 1, conflicts: [], preferences: [], existing: [], ...partial };
}

/** Pairs as sorted "reviewer:proposal" strings, for order-independent exact comparisons. */
const pairs = (r: AssignmentResult) => r.assignments.map((a) => `${a.reviewerId}:${a.proposalId}`).sort();
const sortedLoads = (r: AssignmentResult) => Object.values(r.loads).sort((a, b) => a - b);

describe('assignReviewers: hard rules', () => {
  it('never gives reviewers their own proposals', () => {
    const result = assignReviewers(
      input({
        proposals: [proposal('p0', null, ['u-r0']), proposal('p1', null, ['u-r1', 'someone']), proposal('p2', null, ['u-r2'])],
        reviewers: [reviewer('r0'), reviewer('r1'), reviewer('r2')],
        reviewsPerProposal: 2,
      }),
    );
    expect(pairs(result)).toEqual(['r0:p1', 'r0:p2', 'r1:p0', 'r1:p2', 'r2:p0', 'r2:p1']);
    expect(result.loads).toEqual({ r0: 2, r1: 2, r2: 2 });
    expect(result.unfilled).toEqual([]);
  });

  it('treats every reviewer record of a speaking user as their own proposal', () => {
    const result = assignReviewers(
      input({
        proposals: [proposal('p0', null, ['alice'])],
        reviewers: [
          { id: 'r0', userId: 'alice', trackIds: null },
          { id: 'r1', userId: 'alice', trackIds: ['t'] },
          { id: 'r2', userId: 'bob', trackIds: null },
        ],
        reviewsPerProposal: 3,
      }),
    );
    expect(pairs(result)).toEqual(['r2:p0']);
    expect(result.unfilled).toEqual([{ proposalId: 'p0', missing: 2, reason: 'only 1 eligible reviewer (own proposal)' }]);
  });

  it('respects conflicts of interest', () => {
    const result = assignReviewers(
      input({
        proposals: [proposal('p0'), proposal('p1'), proposal('p2')],
        reviewers: [reviewer('r0'), reviewer('r1'), reviewer('r2')],
        reviewsPerProposal: 2,
        conflicts: [
          { reviewerId: 'r0', proposalId: 'p0' },
          { reviewerId: 'r1', proposalId: 'p1' },
          { reviewerId: 'r2', proposalId: 'p2' },
        ],
      }),
    );
    expect(pairs(result)).toEqual(['r0:p1', 'r0:p2', 'r1:p0', 'r1:p2', 'r2:p0', 'r2:p1']);
  });

  it('keeps reviewers to their tracks; a proposal without a track is open to everyone', () => {
    const result = assignReviewers(
      input({
        proposals: [proposal('p0', 'A'), proposal('p1', 'B'), proposal('p2', null)],
        reviewers: [reviewer('rA', ['A']), reviewer('rB', ['B']), reviewer('rAll', null)],
        reviewsPerProposal: 2,
      }),
    );
    // p0 and p1 have exactly two eligible reviewers each (rAll gets 2); balance then sends p2 to rA and rB.
    expect(pairs(result)).toEqual(['rA:p0', 'rA:p2', 'rAll:p0', 'rAll:p1', 'rB:p1', 'rB:p2']);
    expect(result.loads).toEqual({ rA: 2, rB: 2, rAll: 2 });
  });

  it('keeps existing pairs, counts them toward k and load, and never repeats them', () => {
    const result = assignReviewers(
      input({
        proposals: [proposal('p0'), proposal('p1'), proposal('p2'), proposal('p3')],
        reviewers: [reviewer('r0'), reviewer('r1'), reviewer('r2')],
        reviewsPerProposal: 1,
        existing: [
          { reviewerId: 'r0', proposalId: 'p0' },
          { reviewerId: 'r0', proposalId: 'p0' }, // duplicate, counted once
          { reviewerId: 'r1', proposalId: 'p1' },
          { reviewerId: 'r1', proposalId: 'p3' },
        ],
      }),
    );
    // Only p2 still needs a review; r2 is the only reviewer without any.
    expect(result.assignments).toEqual([{ reviewerId: 'r2', proposalId: 'p2' }]);
    expect(result.loads).toEqual({ r0: 1, r1: 2, r2: 1 });
    expect(result.stats).toEqual({ preferenceWant: 0, preferenceAvoid: 0, maxLoad: 2, minLoad: 1 });
  });

  it('completes a partially reviewed proposal with other reviewers only', () => {
    const result = assignReviewers(
      input({
        proposals: [proposal('p0')],
        reviewers: [reviewer('r0'), reviewer('r1'), reviewer('r2')],
        reviewsPerProposal: 3,
        existing: [{ reviewerId: 'r1', proposalId: 'p0' }],
      }),
    );
    expect(pairs(result)).toEqual(['r0:p0', 'r2:p0']);
    expect(result.loads).toEqual({ r0: 1, r1: 1, r2: 1 });
  });

  it('keeps an existing pair even when it is now conflicted, and counts an unknown reviewer toward k', () => {
    const result = assignReviewers(
      input({
        proposals: [proposal('p0')],
        reviewers: [reviewer('r0'), reviewer('r1')],
        reviewsPerProposal: 3,
        conflicts: [{ reviewerId: 'r0', proposalId: 'p0' }],
        existing: [
          { reviewerId: 'r0', proposalId: 'p0' },
          { reviewerId: 'gone', proposalId: 'p0' },
        ],
      }),
    );
    expect(result.assignments).toEqual([{ reviewerId: 'r1', proposalId: 'p0' }]);
    expect(result.loads).toEqual({ r0: 1, r1: 1 });
    expect(result.unfilled).toEqual([]);
  });

  it.each([
    { name: 'a cap below the even share', maxLoads: [2, undefined, undefined], k: 2, proposals: 6, loads: { r0: 2, r1: 5, r2: 5 } },
    { name: 'caps of 0 and 1', maxLoads: [0, 1, undefined, undefined], k: 1, proposals: 6, loads: { r0: 0, r1: 1, r2: 3, r3: 2 } },
    { name: 'a cap equal to the even share', maxLoads: [3, 3, 3], k: 1, proposals: 9, loads: { r0: 3, r1: 3, r2: 3 } },
  ])('respects maxLoad: $name', ({ maxLoads, k, proposals, loads }) => {
    const result = assignReviewers(
      input({
        proposals: ids('p', proposals).map((id) => proposal(id)),
        reviewers: maxLoads.map((m, i) => reviewer(`r${i}`, null, m)),
        reviewsPerProposal: k,
      }),
    );
    // The capped reviewers exactly; the others may swap the odd review, so compare the multiset of all loads.
    maxLoads.forEach((m, i) => {
      if (m !== undefined) expect(result.loads[`r${i}`]).toBe((loads as Record<string, number>)[`r${i}`]);
    });
    expect(sortedLoads(result)).toEqual(Object.values(loads).sort((a, b) => a - b));
    expect(result.unfilled).toEqual([]);
  });

  it('counts existing pairs against maxLoad', () => {
    const result = assignReviewers(
      input({
        proposals: ids('p', 4).map((id) => proposal(id)),
        reviewers: [reviewer('r0', null, 2), reviewer('r1')],
        reviewsPerProposal: 1,
        existing: [{ reviewerId: 'r0', proposalId: 'old' }],
      }),
    );
    expect(result.loads).toEqual({ r0: 2, r1: 3 });
    expect(result.assignments.filter((a) => a.reviewerId === 'r0')).toHaveLength(1);
  });
});

describe('assignReviewers: balance', () => {
  it.each([
    { proposals: 10, reviewers: 4, k: 2, loads: [5, 5, 5, 5] },
    { proposals: 10, reviewers: 3, k: 1, loads: [3, 3, 4] },
    { proposals: 7, reviewers: 5, k: 3, loads: [4, 4, 4, 4, 5] },
    { proposals: 3, reviewers: 6, k: 1, loads: [0, 0, 0, 1, 1, 1] },
    { proposals: 12, reviewers: 4, k: 4, loads: [12, 12, 12, 12] },
  ])('$proposals proposals x $reviewers reviewers x k=$k -> loads $loads', ({ proposals, reviewers, k, loads }) => {
    const result = assignReviewers(
      input({
        proposals: ids('p', proposals).map((id) => proposal(id)),
        reviewers: ids('r', reviewers).map((id) => reviewer(id)),
        reviewsPerProposal: k,
      }),
    );
    expect(sortedLoads(result)).toEqual(loads);
    expect(result.assignments).toHaveLength(proposals * k);
    expect(new Set(pairs(result)).size).toBe(proposals * k);
  });

  it('balances around existing load', () => {
    const result = assignReviewers(
      input({
        proposals: ids('p', 6).map((id) => proposal(id)),
        reviewers: [reviewer('r0'), reviewer('r1'), reviewer('r2')],
        reviewsPerProposal: 1,
        existing: [
          { reviewerId: 'r0', proposalId: 'x0' },
          { reviewerId: 'r0', proposalId: 'x1' },
          { reviewerId: 'r0', proposalId: 'x2' },
        ],
      }),
    );
    // 3 + 6 = 9 reviews: 3 each, so r0 gets nothing new.
    expect(result.loads).toEqual({ r0: 3, r1: 3, r2: 3 });
  });

  it('stays optimal when track limits make an even spread impossible', () => {
    // rA reads only track A (1 proposal), rB reads A and B; rC reads everything. 6 reviews at k = 1:
    // rA can take at most 1, so the best is rA 1 and the other 5 split 3/2 (max 3; spread 2 is unavoidable).
    const result = assignReviewers(
      input({
        proposals: [proposal('a0', 'A'), ...ids('b', 5).map((id) => proposal(id, 'B'))],
        reviewers: [reviewer('rA', ['A']), reviewer('rB', ['A', 'B']), reviewer('rC', null)],
        reviewsPerProposal: 1,
      }),
    );
    expect(result.loads.rA).toBe(1);
    expect(pairs(result)).toContain('rA:a0');
    expect(sortedLoads(result)).toEqual([1, 2, 3]);
    expect(result.stats).toMatchObject({ maxLoad: 3, minLoad: 1 });
  });

  it('minimises the maximum load when two tracks have different demand', () => {
    // Track A: 8 proposals, readers rA1, rA2 and rAll; track B: 2 proposals, readers rB and rAll. k = 1, 10 reviews.
    // Best (max 3, spread 1): rB takes both B proposals, and the 8 A proposals split 3/3/2 over rA1, rA2 and rAll.
    const result = assignReviewers(
      input({
        proposals: [...ids('a', 8).map((id) => proposal(id, 'A')), ...ids('b', 2).map((id) => proposal(id, 'B'))],
        reviewers: [reviewer('rA1', ['A']), reviewer('rA2', ['A']), reviewer('rB', ['B']), reviewer('rAll', null)],
        reviewsPerProposal: 1,
      }),
    );
    expect(result.loads.rB).toBe(2);
    expect(sortedLoads(result)).toEqual([2, 2, 3, 3]);
    expect(pairs(result).filter((p) => p.endsWith(':b0') || p.endsWith(':b1'))).toEqual(['rB:b0', 'rB:b1']);
  });

  it('forced imbalance: a narrow track overloads its only reader', () => {
    // Track N has 5 proposals and one reader (rN, who reads only N); 1 open proposal; reviewers rN, r1, r2. k = 1.
    const result = assignReviewers(
      input({
        proposals: [...ids('n', 5).map((id) => proposal(id, 'N')), proposal('o0', 'O')],
        reviewers: [reviewer('rN', ['N']), reviewer('r1', ['O']), reviewer('r2', ['O'])],
        reviewsPerProposal: 1,
      }),
    );
    expect(result.loads.rN).toBe(5);
    expect(sortedLoads(result)).toEqual([0, 1, 5]);
  });
});

describe('assignReviewers: preferences', () => {
  const two = (prefs: [string, string, Preference][], k = 1) =>
    assignReviewers(
      input({
        proposals: [proposal('p0'), proposal('p1')],
        reviewers: [reviewer('r0'), reviewer('r1')],
        reviewsPerProposal: k,
        preferences: prefs.map(([reviewerId, proposalId, preference]) => ({ reviewerId, proposalId, preference })),
      }),
    );

  it.each([
    { name: 'wants are honoured', prefs: [['r0', 'p1', 'want'], ['r1', 'p0', 'want']], expected: ['r0:p1', 'r1:p0'], want: 2, avoid: 0 },
    { name: 'an avoid is dodged', prefs: [['r0', 'p0', 'avoid']], expected: ['r0:p1', 'r1:p0'], want: 0, avoid: 0 },
    { name: 'a want does not justify an avoid', prefs: [['r0', 'p0', 'want'], ['r1', 'p1', 'avoid']], expected: ['r0:p1', 'r1:p0'], want: 0, avoid: 0 },
    { name: 'two wants when balance allows', prefs: [['r0', 'p0', 'want'], ['r0', 'p1', 'want'], ['r1', 'p1', 'want']], expected: ['r0:p0', 'r1:p1'], want: 2, avoid: 0 },
    { name: 'the last bid on a pair wins', prefs: [['r0', 'p0', 'avoid'], ['r0', 'p0', 'want']], expected: ['r0:p0', 'r1:p1'], want: 1, avoid: 0 },
  ] as { name: string; prefs: [string, string, Preference][]; expected: string[]; want: number; avoid: number }[])(
    '$name',
    ({ prefs, expected, want, avoid }) => {
      const result = two(prefs);
      expect(pairs(result)).toEqual(expected);
      expect(result.stats.preferenceWant).toBe(want);
      expect(result.stats.preferenceAvoid).toBe(avoid);
      expect(result.loads).toEqual({ r0: 1, r1: 1 });
    },
  );

  it('does not trade balance for wants', () => {
    // r0 wants all four proposals; balance still gives each reviewer 2, and r0's 2 are wanted ones.
    const result = assignReviewers(
      input({
        proposals: ids('p', 4).map((id) => proposal(id)),
        reviewers: [reviewer('r0'), reviewer('r1')],
        preferences: ids('p', 4).map((proposalId) => ({ reviewerId: 'r0', proposalId, preference: 'want' as const })),
      }),
    );
    expect(result.loads).toEqual({ r0: 2, r1: 2 });
    expect(result.stats.preferenceWant).toBe(2);
  });

  it('uses an avoid when the slot cannot be filled otherwise', () => {
    const result = two([['r0', 'p0', 'avoid']], 2);
    expect(pairs(result)).toEqual(['r0:p0', 'r0:p1', 'r1:p0', 'r1:p1']);
    expect(result.stats).toEqual({ preferenceWant: 0, preferenceAvoid: 1, maxLoad: 2, minLoad: 2 });
  });

  it('uses as few avoids as possible, and prefers wanted pairs among the rest', () => {
    // p0 needs 3 of 4 reviewers; r0 and r1 avoid it, r3 wants it: exactly one avoid is needed.
    const result = assignReviewers(
      input({
        proposals: [proposal('p0')],
        reviewers: ids('r', 4).map((id) => reviewer(id)),
        reviewsPerProposal: 3,
        preferences: [
          { reviewerId: 'r0', proposalId: 'p0', preference: 'avoid' },
          { reviewerId: 'r1', proposalId: 'p0', preference: 'avoid' },
          { reviewerId: 'r3', proposalId: 'p0', preference: 'want' },
        ],
      }),
    );
    expect(result.stats.preferenceAvoid).toBe(1);
    expect(result.stats.preferenceWant).toBe(1);
    expect(pairs(result).filter((p) => p === 'r2:p0' || p === 'r3:p0')).toEqual(['r2:p0', 'r3:p0']);
  });

  it('ranks balance above preferences: an avoid is taken when an even spread needs it', () => {
    const result = two([
      ['r1', 'p0', 'avoid'],
      ['r1', 'p1', 'avoid'],
    ]);
    expect(result.loads).toEqual({ r0: 1, r1: 1 });
    expect(result.stats.preferenceAvoid).toBe(1);
  });
});

describe('assignReviewers: unfilled proposals', () => {
  it.each([
    {
      name: 'every kind of exclusion',
      proposals: [proposal('p0', 'A', ['u-r3'])],
      reviewers: [reviewer('r0', ['A']), reviewer('r1', ['B']), reviewer('r2'), reviewer('r3'), reviewer('r4')],
      conflicts: [{ reviewerId: 'r2', proposalId: 'p0' }],
      k: 3,
      unfilled: [{ proposalId: 'p0', missing: 1, reason: 'only 2 eligible reviewers (own proposal, conflicts, track limits)' }],
    },
    {
      name: 'a track without readers',
      proposals: [proposal('p0', 'A'), proposal('p1', 'Z')],
      reviewers: [reviewer('r0', ['A']), reviewer('r1', ['A'])],
      conflicts: [],
      k: 2,
      unfilled: [{ proposalId: 'p1', missing: 2, reason: 'only 0 eligible reviewers (track limits)' }],
    },
    {
      name: 'a reviewer already at maxLoad',
      proposals: [proposal('p0')],
      reviewers: [reviewer('r0', null, 0), reviewer('r1')],
      conflicts: [],
      k: 2,
      unfilled: [{ proposalId: 'p0', missing: 1, reason: 'only 1 eligible reviewer (load limits)' }],
    },
    {
      name: 'no committee at all',
      proposals: [proposal('p0')],
      reviewers: [],
      conflicts: [],
      k: 1,
      unfilled: [{ proposalId: 'p0', missing: 1, reason: 'only 0 eligible reviewers (no reviewers)' }],
    },
  ])('$name', ({ proposals, reviewers, conflicts, k, unfilled }) => {
    const result = assignReviewers(input({ proposals, reviewers, conflicts, reviewsPerProposal: k }));
    expect(result.unfilled).toEqual(unfilled);
  });

  it('reports slots lost to maximum loads', () => {
    // p0 only fits r0, p1 only fits r1, p2 fits both; each takes one review, so p2 is the one left over.
    const result = assignReviewers(
      input({
        proposals: ids('p', 3).map((id) => proposal(id)),
        reviewers: [reviewer('r0', null, 1), reviewer('r1', null, 1)],
        conflicts: [
          { reviewerId: 'r1', proposalId: 'p0' },
          { reviewerId: 'r0', proposalId: 'p1' },
        ],
      }),
    );
    expect(pairs(result)).toEqual(['r0:p0', 'r1:p1']);
    expect(result.unfilled).toEqual([{ proposalId: 'p2', missing: 1, reason: 'the eligible reviewers reached their maximum load' }]);
  });

  it('explains both a short list and exhausted loads', () => {
    // r0 (cap 1) is the only reader of p1 but goes to p0 on the input-order tie (both fill one slot at equal cost).
    const result = assignReviewers(
      input({
        proposals: [proposal('p0'), proposal('p1')],
        reviewers: [reviewer('r0', null, 1), reviewer('r1')],
        reviewsPerProposal: 3,
        conflicts: [{ reviewerId: 'r1', proposalId: 'p1' }],
      }),
    );
    expect(result.unfilled).toEqual([
      { proposalId: 'p0', missing: 1, reason: 'only 2 eligible reviewers (too few reviewers)' },
      { proposalId: 'p1', missing: 3, reason: 'only 1 eligible reviewer (conflicts); the eligible reviewers reached their maximum load' },
    ]);
  });

  it('handles empty input and k = 0', () => {
    expect(assignReviewers(input({ proposals: [], reviewers: [] }))).toEqual({
      assignments: [],
      loads: {},
      unfilled: [],
      stats: { preferenceWant: 0, preferenceAvoid: 0, maxLoad: 0, minLoad: 0 },
    });
    const none = assignReviewers(input({ proposals: [proposal('p0')], reviewers: [reviewer('r0')], reviewsPerProposal: 0 }));
    expect(none.assignments).toEqual([]);
    expect(none.unfilled).toEqual([]);
  });

  it.each([
    { name: 'negative k', patch: { reviewsPerProposal: -1 } },
    { name: 'fractional k', patch: { reviewsPerProposal: 1.5 } },
    { name: 'duplicate proposal ids', patch: { proposals: [proposal('p0'), proposal('p0')] } },
    { name: 'duplicate reviewer ids', patch: { reviewers: [reviewer('r0'), reviewer('r0')] } },
    { name: 'negative maxLoad', patch: { reviewers: [reviewer('r0', null, -1)] } },
  ])('rejects $name', ({ patch }) => {
    expect(() => assignReviewers(input({ proposals: [proposal('p0')], reviewers: [reviewer('r0')], ...patch }))).toThrow(DomainError);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Randomised checks.

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RandomShape {
  proposals: number;
  reviewers: number;
  k: number;
  restricted: boolean; // track limits, conflicts, maxLoads, existing pairs
}

function randomInput(seed: number, shape: RandomShape): AssignmentInput {
  const rnd = prng(seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const tracks = ['A', 'B', 'C'];
  const reviewers = ids('r', shape.reviewers).map((id) => {
    const limited = shape.restricted && rnd() < 0.4;
    return reviewer(id, limited ? [tracks[pick(3)]!] : null, shape.restricted && rnd() < 0.2 ? pick(6) : undefined);
  });
  const proposals = ids('p', shape.proposals).map((id) => proposal(id, rnd() < 0.2 ? null : tracks[pick(3)]!, [`speaker-${id}`]));
  for (const r of reviewers) if (rnd() < 0.3) proposals[pick(shape.proposals)]!.speakerUserIds.push(r.userId);
  const conflicts: AssignmentInput['conflicts'] = [];
  const preferences: AssignmentInput['preferences'] = [];
  const existing: AssignmentInput['existing'] = [];
  for (const p of proposals) {
    for (const r of reviewers) {
      if (shape.restricted && rnd() < 0.1) conflicts.push({ reviewerId: r.id, proposalId: p.id });
      if (shape.restricted && rnd() < 0.03) existing.push({ reviewerId: r.id, proposalId: p.id });
      const x = rnd();
      if (x < 0.25) preferences.push({ reviewerId: r.id, proposalId: p.id, preference: x < 0.15 ? 'want' : 'avoid' });
    }
  }
  return { proposals, reviewers, reviewsPerProposal: shape.k, conflicts, preferences, existing };
}

/** Eligible (new) reviewers of a proposal under the hard rules, ignoring load. */
function eligibleNew(inp: AssignmentInput, p: Proposal): Reviewer[] {
  const conflicted = new Set(inp.conflicts.filter((c) => c.proposalId === p.id).map((c) => c.reviewerId));
  const assigned = new Set(inp.existing.filter((e) => e.proposalId === p.id).map((e) => e.reviewerId));
  return inp.reviewers.filter(
    (r) =>
      !p.speakerUserIds.includes(r.userId) &&
      !conflicted.has(r.id) &&
      !assigned.has(r.id) &&
      (r.trackIds === null || p.trackId === null || r.trackIds.includes(p.trackId)),
  );
}

function checkHardRules(inp: AssignmentInput, result: AssignmentResult): void {
  const byProposal = new Map<string, string[]>();
  for (const a of result.assignments) byProposal.set(a.proposalId, [...(byProposal.get(a.proposalId) ?? []), a.reviewerId]);
  const existingCount = (r: string) => new Set(inp.existing.filter((e) => e.reviewerId === r).map((e) => e.proposalId)).size;
  for (const p of inp.proposals) {
    const got = byProposal.get(p.id) ?? [];
    const eligible = new Set(eligibleNew(inp, p).map((r) => r.id));
    for (const r of got) expect(eligible.has(r), `${r} on ${p.id}`).toBe(true);
    expect(new Set(got).size).toBe(got.length);
    const total = new Set(inp.existing.filter((e) => e.proposalId === p.id).map((e) => e.reviewerId)).size + got.length;
    const unfilled = result.unfilled.find((u) => u.proposalId === p.id);
    expect(unfilled?.missing ?? 0).toBe(Math.max(0, inp.reviewsPerProposal - total));
  }
  for (const r of inp.reviewers) {
    const load = existingCount(r.id) + result.assignments.filter((a) => a.reviewerId === r.id).length;
    expect(result.loads[r.id]).toBe(load);
    if (r.maxLoad !== undefined) expect(result.assignments.filter((a) => a.reviewerId === r.id).length).toBeLessThanOrEqual(Math.max(0, r.maxLoad - existingCount(r.id)));
  }
}

describe('assignReviewers: randomised properties', () => {
  const cases = Array.from({ length: 20 }, (_, i) => ({ seed: 1000 + i, restricted: i % 2 === 1 }));

  it.each(cases)('seed $seed (restricted: $restricted): hard rules, full coverage, balance', ({ seed, restricted }) => {
    const inp = randomInput(seed, { proposals: 50, reviewers: 8, k: 3, restricted });
    const result = assignReviewers(inp);
    checkHardRules(inp, result);
    if (!restricted) {
      // No track limits, conflicts or caps: every proposal is filled and loads differ by at most one.
      expect(result.unfilled).toEqual([]);
      expect(result.stats.maxLoad - result.stats.minLoad).toBeLessThanOrEqual(1);
    } else {
      // Without caps in play a proposal gets min(k, eligible); with caps, fewer only when loads are exhausted.
      for (const u of result.unfilled) {
        const p = inp.proposals.find((x) => x.id === u.proposalId)!;
        if (inp.reviewers.every((r) => r.maxLoad === undefined)) {
          const existing = new Set(inp.existing.filter((e) => e.proposalId === p.id).map((e) => e.reviewerId)).size;
          expect(u.missing).toBe(inp.reviewsPerProposal - existing - eligibleNew(inp, p).length);
        }
        expect(u.reason).not.toBe('');
      }
    }
  });

  it('breaks ties by input order (round robin over reviewers)', () => {
    const result = assignReviewers(input({ proposals: ids('p', 5).map((id) => proposal(id)), reviewers: [reviewer('r0'), reviewer('r1')] }));
    expect(result.assignments).toEqual([
      { reviewerId: 'r0', proposalId: 'p0' },
      { reviewerId: 'r1', proposalId: 'p1' },
      { reviewerId: 'r0', proposalId: 'p2' },
      { reviewerId: 'r1', proposalId: 'p3' },
      { reviewerId: 'r0', proposalId: 'p4' },
    ]);
    expect(result.loads).toEqual({ r0: 3, r1: 2 });
  });

  it('is deterministic: same input, same output', () => {
    const inp = randomInput(77, { proposals: 50, reviewers: 8, k: 3, restricted: true });
    const first = assignReviewers(inp);
    const second = assignReviewers(structuredClone(inp));
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  // Exhaustive search on tiny instances: the result must be lexicographically optimal —
  // (1) most reviews, (2) decreasingly-minimal sorted load vector, (3) fewest avoids, (4) most wants.
  it.each(Array.from({ length: 25 }, (_, i) => 500 + i))('matches exhaustive search (seed %i)', (seed) => {
    const rnd = prng(seed);
    const inp = randomInput(seed, { proposals: 4, reviewers: 3, k: 1 + Math.floor(rnd() * 2), restricted: seed % 3 !== 0 });
    const result = assignReviewers(inp);
    checkHardRules(inp, result);

    const pref = new Map(inp.preferences.map((x) => [`${x.reviewerId}|${x.proposalId}`, x.preference]));
    const baseLoad = new Map(inp.reviewers.map((r) => [r.id, new Set(inp.existing.filter((e) => e.reviewerId === r.id).map((e) => e.proposalId)).size]));
    const score = (assigned: { reviewerId: string; proposalId: string }[]): number[] | null => {
      const load = new Map(baseLoad);
      for (const a of assigned) load.set(a.reviewerId, load.get(a.reviewerId)! + 1);
      for (const r of inp.reviewers) if (r.maxLoad !== undefined && load.get(r.id)! > Math.max(r.maxLoad, baseLoad.get(r.id)!)) return null;
      const loads = [...load.values()].sort((a, b) => b - a);
      const avoid = assigned.filter((a) => pref.get(`${a.reviewerId}|${a.proposalId}`) === 'avoid').length;
      const want = assigned.filter((a) => pref.get(`${a.reviewerId}|${a.proposalId}`) === 'want').length;
      return [-assigned.length, ...loads, avoid, -want];
    };
    const less = (a: number[], b: number[]) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
      return false;
    };
    // Options per proposal: every subset of its eligible reviewers of size <= what it still needs.
    const options = inp.proposals.map((p) => {
      const need = Math.max(0, inp.reviewsPerProposal - new Set(inp.existing.filter((e) => e.proposalId === p.id).map((e) => e.reviewerId)).size);
      const el = eligibleNew(inp, p);
      const subsets: { reviewerId: string; proposalId: string }[][] = [];
      for (let mask = 0; mask < 1 << el.length; mask++) {
        const chosen = el.filter((_, i) => mask & (1 << i));
        if (chosen.length <= need) subsets.push(chosen.map((r) => ({ reviewerId: r.id, proposalId: p.id })));
      }
      return subsets;
    });
    let best: number[] | null = null;
    const walk = (i: number, acc: { reviewerId: string; proposalId: string }[]) => {
      if (i === options.length) {
        const s = score(acc);
        if (s && (!best || less(s, best))) best = s;
        return;
      }
      for (const o of options[i]!) walk(i + 1, [...acc, ...o]);
    };
    walk(0, []);
    expect(score(result.assignments)).toEqual(best);
  });
});
