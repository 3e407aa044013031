import type { Metadata } from 'next';
import Link from 'next/link';
import { RANKING_COLUMNS, STATE_LABELS, type RankingColumn } from '@podium/domain';
import { TrackBadge } from '@podium/ui';
import { forPage, getApi } from '../../../../lib/server';
import { formatScore, ReviewShell } from '../_components/review-shell';
import { decide } from '../actions';
import { DecisionForm } from './decision-form';
import { FilterSelect } from '../_components/filter-select';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Ranking' };

type Search = { sort?: string; dir?: string; track?: string; type?: string; state?: string };

const STATE_TONE: Partial<Record<keyof typeof STATE_LABELS, string>> = {
  ACCEPTED: 'bg-emerald-100 text-emerald-900',
  CONFIRMED: 'bg-emerald-100 text-emerald-900',
  REJECTED: 'bg-red-100 text-red-900',
  WAITLISTED: 'bg-amber-100 text-amber-900',
};

export default async function RankingPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const sp = await searchParams;
  const sort = (RANKING_COLUMNS as readonly string[]).includes(sp.sort ?? '') ? (sp.sort as RankingColumn) : 'mean';
  const dir = sp.dir === 'asc' || sp.dir === 'desc' ? sp.dir : null;
  const state = sp.state && sp.state in STATE_LABELS ? (sp.state as keyof typeof STATE_LABELS) : null;
  const api = await getApi();
  const path = `/${slug}/review/ranking`;
  const [{ user, conferences }, r] = await Promise.all([
    forPage(api.organizer.myConferences(), path),
    forPage(api.review.ranking({ slug, sort, dir, trackId: sp.track || null, sessionTypeId: sp.type || null, state }), path),
  ]);
  const conference = conferences.find((c) => c.slug === slug);
  const filters = { track: sp.track ?? '', type: sp.type ?? '', state: state ?? '' };
  const href = (column: RankingColumn) => {
    const q = new URLSearchParams({ sort: column, dir: column === r.sort ? (r.dir === 'asc' ? 'desc' : 'asc') : '', ...filters });
    for (const [k, v] of [...q.entries()]) if (!v) q.delete(k);
    return `${path}?${q.toString()}`;
  };
  const header = (column: RankingColumn, label: string, numeric = false) => (
    <th scope="col" className={`whitespace-nowrap px-3 py-2 font-medium ${numeric ? 'text-right' : ''}`} aria-sort={r.sort === column ? (r.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={href(column)} className="hover:underline" data-testid={`sort-${column}`}>
        {label}
        {r.sort === column && <span aria-hidden="true">{r.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
      </Link>
    </th>
  );
  const decideClosed = r.decide.ok ? null : r.decide.reason;
  return (
    <ReviewShell slug={slug} conferenceName={conference?.name ?? slug} user={user} isOrganizer current="ranking" phase={null}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Ranking</h1>
          <p className="text-sm text-slate-600" data-testid="ranking-summary">
            {r.rows.length} of {r.total} proposals{r.phaseName && ` · phase ${r.phaseName}`} · totals are sums of active score categories; weighted is 0–100 %
          </p>
        </div>
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the ranking">
          <input type="hidden" name="sort" value={r.sort} />
          <input type="hidden" name="dir" value={r.dir} />
          <FilterSelect name="track" label="Track" value={filters.track} allLabel="All tracks" options={r.tracks.map((t) => ({ value: t.id, label: t.name }))} />
          <FilterSelect name="type" label="Type" value={filters.type} allLabel="All types" options={r.sessionTypes.map((t) => ({ value: t.id, label: t.name }))} />
          <FilterSelect name="state" label="State" value={filters.state} allLabel="All states" options={r.states.map((s) => ({ value: s, label: STATE_LABELS[s] }))} />
          <button type="submit" className="rounded-md bg-slate-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-600">
            Filter
          </button>
          {(filters.track || filters.type || filters.state) && (
            <Link href={path} className="py-1.5 text-sm text-blue-800 hover:underline">
              Clear
            </Link>
          )}
        </form>
      </div>

      <div className="mt-4">
        <DecisionForm action={decide.bind(null, slug)} disabledReason={decideClosed}>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="w-full text-left text-sm" data-testid="ranking">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Select</span>
                  </th>
                  {header('title', 'Proposal')}
                  {header('track', 'Track')}
                  {header('type', 'Type')}
                  {header('state', 'State')}
                  {header('count', 'Reviews', true)}
                  {header('mean', 'Mean', true)}
                  {header('median', 'Median', true)}
                  {header('weighted', 'Weighted', true)}
                  {header('spread', 'Spread', true)}
                  <th scope="col" className="px-3 py-2 font-medium">
                    Decide
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.rows.length === 0 && (
                  <tr>
                    <td colSpan={11} className="px-3 py-6 text-center text-slate-600">
                      No proposal matches.
                    </td>
                  </tr>
                )}
                {r.rows.map((row) => (
                  <tr key={row.code} className="border-t border-slate-100 align-top" data-testid={`rank-row-${row.code}`}>
                    <td className="px-3 py-2">
                      <input type="checkbox" name="codes" value={row.code} aria-label={`Select ${row.title}`} className="h-4 w-4 rounded border-slate-300" />
                    </td>
                    <td className="px-3 py-2">
                      <Link href={`/${slug}/review/proposals/${row.code}`} className="font-medium text-blue-800 hover:underline">
                        {row.title}
                      </Link>
                      <div className="text-xs text-slate-500">
                        {row.code} · {row.speakers.join(', ')}
                      </div>
                    </td>
                    <td className="px-3 py-2">
                      <TrackBadge track={row.track} />
                    </td>
                    <td className="px-3 py-2">{row.sessionType.name}</td>
                    <td className="px-3 py-2">
                      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATE_TONE[row.state] ?? 'bg-slate-100 text-slate-800'}`} data-testid={`state-${row.code}`}>
                        {STATE_LABELS[row.state]}
                      </span>
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {row.scores.count}
                      <span className="text-slate-400">/{row.assigned}</span>
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums" data-testid={`mean-${row.code}`}>
                      {formatScore(row.scores.mean)}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.scores.median)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.scores.weighted === null ? '–' : `${formatScore(row.scores.weighted, 1)}%`}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.scores.spread)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {(
                        [
                          ['accept', 'Accept'],
                          ['waitlist', 'Waitlist'],
                          ['reject', 'Reject'],
                        ] as const
                      ).map(([d, label]) => (
                        <button
                          key={d}
                          type="submit"
                          name="row"
                          value={`${d}:${row.code}`}
                          disabled={!!decideClosed}
                          aria-label={`${label} ${row.title}`}
                          className="mr-1 rounded border border-slate-300 px-1.5 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50"
                        >
                          {label}
                        </button>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </DecisionForm>
      </div>
      <p className="mt-2 text-xs text-slate-500">Reviews: written / assigned. Each decision queues a mail to every speaker in the outbox.</p>
    </ReviewShell>
  );
}
