import { describe, expect, it } from 'vitest';
import { filterRanking, sortRanking, type RankingRowLike } from './ranking.ts';

const row = (code: string, mean: number | null, over: Partial<RankingRowLike> = {}): RankingRowLike => ({
  code,
  title: `Talk ${code}`,
  state: 'SUBMITTED',
  track: { id: 't1', name: 'Virtualization' },
  sessionType: { id: 's1', name: 'Talk' },
  scores: { count: mean === null ? 0 : 1, mean, median: mean, weighted: mean === null ? null : mean * 10, spread: mean === null ? null : 0 },
  ...over,
});

describe('sortRanking', () => {
  const rows = [row('A', 2), row('B', null), row('C', 5), row('D', 2), row('E', 1)];

  it('sorts numbers best first by default, missing values last, ties in input order', () => {
    expect(sortRanking(rows, 'mean').map((r) => r.code)).toEqual(['C', 'A', 'D', 'E', 'B']);
  });

  it('keeps missing values last when ascending too', () => {
    expect(sortRanking(rows, 'weighted', 'asc').map((r) => r.code)).toEqual(['E', 'A', 'D', 'C', 'B']);
  });

  it('sorts words alphabetically, tracks without a name last', () => {
    const r = [row('A', 1, { title: 'beta' }), row('B', 1, { title: 'Alpha', track: null }), row('C', 1, { title: 'gamma', track: { id: 't0', name: 'Management' } })];
    expect(sortRanking(r, 'title').map((x) => x.code)).toEqual(['B', 'A', 'C']);
    expect(sortRanking(r, 'title', 'desc').map((x) => x.code)).toEqual(['C', 'A', 'B']);
    expect(sortRanking(r, 'track').map((x) => x.code)).toEqual(['C', 'A', 'B']);
  });
});

describe('filterRanking', () => {
  const rows = [
    row('A', 1),
    row('B', 1, { state: 'ACCEPTED' }),
    row('C', 1, { track: null, sessionType: { id: 's2', name: 'Workshop' } }),
    row('D', 1, { track: { id: 't2', name: 'Management' } }),
  ];
  it.each([
    ['no filter', {}, ['A', 'B', 'C', 'D']],
    ['a track', { trackId: 't1' }, ['A', 'B']],
    ['a type', { sessionTypeId: 's2' }, ['C']],
    ['a state', { state: 'ACCEPTED' as const }, ['B']],
    ['all three', { trackId: 't1', sessionTypeId: 's1', state: 'SUBMITTED' as const }, ['A']],
  ])('by %s', (_what, filter, expected) => {
    expect(filterRanking(rows, filter).map((r) => r.code)).toEqual(expected);
  });
});
