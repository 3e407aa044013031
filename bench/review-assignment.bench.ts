// Benchmark for the automatic reviewer assignment (min-cost max-flow).
//   npx tsx bench/review-assignment.bench.ts
// Prints timings and the quality of the result; asserts nothing.
import { assignReviewers, type AssignmentInput, type AssignmentResult, type Preference } from '../libs/domain/src/review/assignment.ts';

/** mulberry32: small, seeded, deterministic. */
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

interface Shape {
  seed: number;
  proposals: number;
  reviewers: number;
  k: number;
  tracks: number;
  trackLimited: boolean;
}

function instance(shape: Shape): AssignmentInput {
  const rnd = prng(shape.seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const tracks = Array.from({ length: shape.tracks }, (_, i) => `track-${i}`);
  const reviewers: AssignmentInput['reviewers'] = Array.from({ length: shape.reviewers }, (_, i) => {
    let trackIds: string[] | null = null;
    if (shape.trackLimited && i % 3 === 0) {
      const a = pick(tracks.length);
      const b = (a + 1 + pick(tracks.length - 1)) % tracks.length;
      trackIds = [tracks[a]!, tracks[b]!];
    }
    return { id: `rev-${i}`, userId: `user-rev-${i}`, trackIds };
  });
  const proposals: AssignmentInput['proposals'] = Array.from({ length: shape.proposals }, (_, i) => {
    const speakerUserIds = [`user-speaker-${i}`];
    if (rnd() < 0.3) speakerUserIds.push(`user-speaker-${pick(shape.proposals)}`);
    return { id: `prop-${i}`, trackId: rnd() < 0.05 ? null : tracks[pick(tracks.length)]!, speakerUserIds };
  });
  // A quarter of the reviewers also speak, on 1-3 proposals each.
  for (let r = 0; r < shape.reviewers; r += 4) {
    const talks = 1 + pick(3);
    for (let t = 0; t < talks; t++) proposals[pick(shape.proposals)]!.speakerUserIds.push(reviewers[r]!.userId);
  }
  const conflicts: AssignmentInput['conflicts'] = [];
  const preferences: AssignmentInput['preferences'] = [];
  for (const p of proposals) {
    for (const r of reviewers) {
      if (rnd() < 0.02) conflicts.push({ reviewerId: r.id, proposalId: p.id });
      const x = rnd();
      if (x < 0.1) {
        const preference: Preference = x < 0.06 ? 'want' : 'avoid';
        preferences.push({ reviewerId: r.id, proposalId: p.id, preference });
      }
    }
  }
  return { proposals, reviewers, reviewsPerProposal: shape.k, conflicts, preferences, existing: [] };
}

/** Hard-rule violations in a result (0 expected). */
function violations(input: AssignmentInput, result: AssignmentResult): number {
  const reviewers = new Map(input.reviewers.map((r) => [r.id, r]));
  const proposals = new Map(input.proposals.map((p) => [p.id, p]));
  const conflicts = new Set(input.conflicts.map((c) => `${c.reviewerId}|${c.proposalId}`));
  const seen = new Set(input.existing.map((c) => `${c.reviewerId}|${c.proposalId}`));
  let bad = 0;
  for (const a of result.assignments) {
    const key = `${a.reviewerId}|${a.proposalId}`;
    const r = reviewers.get(a.reviewerId)!;
    const p = proposals.get(a.proposalId)!;
    if (seen.has(key) || conflicts.has(key) || p.speakerUserIds.includes(r.userId)) bad++;
    if (r.trackIds && p.trackId !== null && !r.trackIds.includes(p.trackId)) bad++;
    seen.add(key);
  }
  return bad;
}

function run(label: string, shape: Shape, repeats = 5): void {
  const input = instance(shape);
  const times: number[] = [];
  let result: AssignmentResult | undefined;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    result = assignReviewers(input);
    times.push(performance.now() - t0);
  }
  const r = result!;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const max = times[times.length - 1]!;
  const missing = r.unfilled.reduce((s, u) => s + u.missing, 0);
  console.log(
    `review-assignment ${shape.proposals}x${shape.reviewers} k=${shape.k} (${label}): median ${Math.round(median)} ms, max ${Math.round(max)} ms, ` +
      `assignments ${r.assignments.length}, balance ${r.stats.minLoad}..${r.stats.maxLoad} (spread ${r.stats.maxLoad - r.stats.minLoad}), ` +
      `want ${r.stats.preferenceWant}, avoid ${r.stats.preferenceAvoid}, unfilled ${r.unfilled.length} (${missing} slots), violations ${violations(input, r)}`,
  );
}

run('1/3 of reviewers on 2 of 5 tracks', { seed: 20240611, proposals: 1000, reviewers: 60, k: 3, tracks: 5, trackLimited: true });
run('no track limits', { seed: 20240612, proposals: 1000, reviewers: 60, k: 3, tracks: 5, trackLimited: false });
