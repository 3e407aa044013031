import type { Metadata } from 'next';
import Link from 'next/link';
import { REVIEW_LIST_STATES, STATE_LABELS } from '@podium/domain';
import { TrackBadge } from '@podium/ui';
import { forPage, getApi } from '../../../lib/server';
import { formatScore, ReviewShell } from './_components/review-shell';
import { removeConflict } from './actions';
import { FilterSelect } from './_components/filter-select';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review' };

const STATUS_FILTERS = [
  ['all', 'All'],
  ['assigned', 'Assigned to me'],
  ['not-reviewed', 'Not reviewed yet'],
  ['reviewed', 'Reviewed'],
] as const;
const BID_LABEL = { WANT: 'want', NEUTRAL: 'neutral', AVOID: 'avoid' } as const;

type Search = { status?: string; track?: string; state?: string; conflict?: string };

export default async function ReviewListPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const sp = await searchParams;
  const status = STATUS_FILTERS.find(([k]) => k === sp.status)?.[0] ?? 'all';
  const state = sp.state && sp.state in STATE_LABELS ? (sp.state as keyof typeof STATE_LABELS) : null;
  const api = await getApi();
  const path = `/${slug}/review`;
  const [{ user, conferences }, data] = await Promise.all([
    forPage(api.organizer.myConferences(), path),
    forPage(api.review.proposals({ slug, status, trackId: sp.track || null, state }), path),
  ]);
  const conference = conferences.find((c) => c.slug === slug);
  const filtered = status !== 'all' || !!sp.track || !!state;
  return (
    <ReviewShell slug={slug} conferenceName={conference?.name ?? slug} user={user} isOrganizer={data.isOrganizer} current="proposals" phase={data.phase}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Proposals to review</h1>
          <p className="text-sm text-slate-600" data-testid="review-summary">
            {data.counts.assignedOpen} assigned to you and not reviewed yet · {data.counts.visible} you may review
            {!data.phase.review.ok && ` · ${data.phase.review.reason}`}
          </p>
        </div>
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter proposals">
          <label className="text-sm">
            <span className="block font-medium text-slate-700">Show</span>
            <select name="status" defaultValue={status} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm">
              {STATUS_FILTERS.map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <FilterSelect name="track" label="Track" value={sp.track ?? ''} allLabel="All tracks" options={data.tracks.map((t) => ({ value: t.id, label: t.name }))} />
          <FilterSelect name="state" label="State" value={state ?? ''} allLabel="All states" options={REVIEW_LIST_STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }))} />
          <button type="submit" className="rounded-md bg-slate-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-600">
            Filter
          </button>
          {filtered && (
            <Link href={path} className="py-1.5 text-sm text-blue-800 hover:underline">
              Clear
            </Link>
          )}
        </form>
      </div>

      {sp.conflict && (
        <p role="status" className="mt-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="conflict-declared">
          Conflict declared: proposal {sp.conflict} is now hidden from you and will not be assigned to you.
        </p>
      )}

      {data.items.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="review-empty">
          {filtered ? 'No proposal matches these filters.' : 'There is nothing for you to review yet.'}
        </p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="review-list">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Proposal</th>
                <th scope="col" className="px-3 py-2 font-medium">Track</th>
                <th scope="col" className="px-3 py-2 font-medium">Type</th>
                <th scope="col" className="px-3 py-2 font-medium">State</th>
                <th scope="col" className="px-3 py-2 font-medium">Your review</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => (
                <tr key={i.code} className="border-t border-slate-100 align-top" data-testid={`review-row-${i.code}`}>
                  <td className="px-3 py-2">
                    <Link href={`/${slug}/review/proposals/${i.code}`} className="font-medium text-blue-800 hover:underline">
                      {i.title}
                    </Link>
                    <div className="mt-0.5 flex gap-2 text-xs text-slate-500">
                      <span>{i.code}</span>
                      {i.assigned && <span className="rounded-full bg-blue-100 px-2 font-medium text-blue-900">assigned to you</span>}
                      {i.bid && i.bid !== 'NEUTRAL' && <span>bid: {BID_LABEL[i.bid]}</span>}
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    <TrackBadge track={i.track} />
                  </td>
                  <td className="px-3 py-2">{i.sessionType.name}</td>
                  <td className="px-3 py-2">{STATE_LABELS[i.state]}</td>
                  <td className="px-3 py-2 whitespace-nowrap" data-testid={`review-status-${i.code}`}>
                    {i.status === 'reviewed' ? (
                      <span className="text-emerald-800">Reviewed{i.myTotal !== null && ` · total ${formatScore(i.myTotal)}`}</span>
                    ) : (
                      <span className="text-slate-500">Not reviewed</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {data.conflicts.length > 0 && (
        <section className="mt-8" aria-labelledby="conflicts">
          <h2 id="conflicts" className="font-semibold">
            Your declared conflicts
          </h2>
          <p className="text-sm text-slate-600">These proposals are hidden from you and never assigned to you.</p>
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {data.conflicts.map((c) => (
              <li key={c.code} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                <span>
                  {c.title} <span className="text-slate-500">{c.code}</span>
                </span>
                <form action={removeConflict.bind(null, slug, c.code)}>
                  <button type="submit" className="text-sm font-medium text-blue-800 hover:underline">
                    Withdraw conflict
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
    </ReviewShell>
  );
}
