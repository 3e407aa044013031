// The organizers' ranking table: every proposal under review or decided, with its score aggregates, sorted by any
// column and filtered by track, session type and state. Sorting is stable and puts missing values (no reviews) last
// in both directions, so "best first" never starts with unreviewed proposals.

import type { SubmissionState } from '../cfp/states.ts';
import type { ScoreAggregate } from './scoring.ts';

export const RANKING_COLUMNS = ['title', 'state', 'track', 'type', 'count', 'mean', 'median', 'weighted', 'spread'] as const;
export type RankingColumn = (typeof RANKING_COLUMNS)[number];
export type RankingDirection = 'asc' | 'desc';

/** Numbers read best-first by default; words alphabetically. */
export function defaultDirection(column: RankingColumn): RankingDirection {
  return column === 'title' || column === 'state' || column === 'track' || column === 'type' ? 'asc' : 'desc';
}

export interface RankingRowLike {
  code: string;
  title: string;
  state: SubmissionState;
  track: { id: string; name: string } | null;
  sessionType: { id: string; name: string };
  scores: ScoreAggregate;
}

export interface RankingFilter {
  trackId?: string | null;
  sessionTypeId?: string | null;
  state?: SubmissionState | null;
}

function key(row: RankingRowLike, column: RankingColumn): string | number | null {
  switch (column) {
    case 'title':
      return row.title;
    case 'state':
      return row.state;
    case 'track':
      return row.track?.name ?? null;
    case 'type':
      return row.sessionType.name;
    default:
      return row.scores[column];
  }
}

export function sortRanking<R extends RankingRowLike>(rows: readonly R[], column: RankingColumn, dir: RankingDirection = defaultDirection(column)): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, k: key(row, column) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'en');
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}

export function filterRanking<R extends RankingRowLike>(rows: readonly R[], filter: RankingFilter): R[] {
  return rows.filter(
    (r) =>
      (!filter.trackId || r.track?.id === filter.trackId) &&
      (!filter.sessionTypeId || r.sessionType.id === filter.sessionTypeId) &&
      (!filter.state || r.state === filter.state),
  );
}
