import type { Metadata } from 'next';
import Link from 'next/link';
import { STATE_LABELS } from '@podium/domain';
import { Markdown, TrackBadge } from '@podium/ui';
import { forPage, getApi } from '../../../../../lib/server';
import { formatScore, ReviewShell } from '../../_components/review-shell';
import { bid, declareConflict, saveReview } from '../../actions';
import { ReviewForm } from './review-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review a proposal' };

const BIDS = [
  ['WANT', 'I want to review it'],
  ['NEUTRAL', 'Neutral'],
  ['AVOID', 'I’d rather not'],
] as const;

export default async function ReviewProposalPage({ params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  const api = await getApi();
  const path = `/${slug}/review/proposals/${code}`;
  const [{ user, conferences }, data] = await Promise.all([forPage(api.organizer.myConferences(), path), forPage(api.review.proposal({ slug, code }), path)]);
  const conference = conferences.find((c) => c.slug === slug);
  const p = data.proposal;
  const categoryName = new Map(data.categories.map((c) => [c.id, c.name]));
  return (
    <ReviewShell slug={slug} conferenceName={conference?.name ?? slug} user={user} isOrganizer={data.isOrganizer} current="proposals" phase={data.phase}>
      <p className="text-sm">
        <Link href={`/${slug}/review`} className="text-blue-800 hover:underline">
          ← All proposals
        </Link>
      </p>
      <div className="mt-3 grid gap-6 lg:grid-cols-[1fr_24rem]">
        <article className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" data-testid="proposal">
          <header>
            <h1 className="text-2xl font-bold tracking-tight">{p.title}</h1>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <span>{p.code}</span>·<span>{STATE_LABELS[p.state]}</span>·<span>
                {p.sessionType}, {p.durationMinutes} min
              </span>
              <TrackBadge track={p.track} />
              {data.assigned && <span className="rounded-full bg-blue-100 px-2 text-xs font-medium text-blue-900">assigned to you</span>}
            </p>
          </header>
          <section>
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Abstract</h2>
            <Markdown text={p.abstract} className="mt-1" testId="abstract" />
          </section>
          {p.description.trim() && (
            <section>
              <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Description</h2>
              <Markdown text={p.description} className="mt-1" />
            </section>
          )}
          {p.answers.length > 0 && (
            <section>
              <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Answers</h2>
              <dl className="mt-1 space-y-2 text-sm">
                {p.answers.map((a) => (
                  <div key={a.question}>
                    <dt className="font-medium text-slate-700">{a.question}</dt>
                    <dd className="whitespace-pre-wrap text-slate-800">{a.value || '—'}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          {p.notes && (
            <section>
              <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Notes for the organizers</h2>
              <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">{p.notes}</p>
            </section>
          )}
          <section data-testid="speakers">
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Speakers</h2>
            {p.speakersHidden || !p.speakers ? (
              <p className="mt-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="speakers-hidden">
                Hidden: this review phase is blind.
              </p>
            ) : (
              <ul className="mt-1 space-y-4">
                {p.speakers.map((s, i) => (
                  <li key={i}>
                    <p className="font-medium">{s.name}</p>
                    <Markdown text={s.bio} className="mt-1 text-sm" />
                    {s.links.length > 0 && (
                      <ul className="mt-1 flex flex-wrap gap-3 text-sm">
                        {s.links.map((l) => (
                          <li key={l}>
                            <a href={l} rel="nofollow ugc noopener" className="text-blue-800 hover:underline">
                              {l}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                    {s.answers.length > 0 && (
                      <dl className="mt-2 space-y-1 text-sm">
                        {s.answers.map((a) => (
                          <div key={a.question}>
                            <dt className="inline font-medium text-slate-700">{a.question}: </dt>
                            <dd className="inline text-slate-800">{a.value || '—'}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {data.reviews && (
            <section data-testid="other-reviews">
              <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">
                Reviews
                {data.aggregate && data.aggregate.count > 0 && (
                  <span className="ml-2 font-normal normal-case tracking-normal text-slate-600">
                    mean {formatScore(data.aggregate.mean)} · median {formatScore(data.aggregate.median)} · weighted {formatScore(data.aggregate.weighted, 1)}% · spread {formatScore(data.aggregate.spread)}
                  </span>
                )}
              </h2>
              {data.reviews.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600">No reviews yet.</p>
              ) : (
                <ul className="mt-2 divide-y divide-slate-100">
                  {data.reviews.map((r, i) => (
                    <li key={i} className="py-2 text-sm">
                      <p className="font-medium">
                        {r.reviewer}
                        {r.mine && ' (you)'} <span className="font-normal text-slate-600">· total {formatScore(r.total)}</span>
                      </p>
                      <p className="text-slate-600">{r.scores.map((s) => `${categoryName.get(s.categoryId) ?? 'Retired category'} ${s.value}`).join(' · ')}</p>
                      {r.text && <p className="mt-1 whitespace-pre-wrap">{r.text}</p>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </article>

        <aside className="space-y-6">
          <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="your-review">
            <h2 id="your-review" className="text-lg font-semibold">
              Your review
            </h2>
            {data.myReview && <p className="text-sm text-slate-600" data-testid="my-total">Total {formatScore(data.myReview.total)}</p>}
            <div className="mt-3">
              <ReviewForm
                action={saveReview.bind(null, slug, p.code, data.categories.map((c) => c.id))}
                categories={data.categories}
                initial={data.myReview ? { text: data.myReview.text, scores: Object.fromEntries(data.myReview.scores.map((s) => [s.categoryId, s.value])) } : null}
                disabledReason={data.canReview.ok ? null : data.canReview.reason}
              />
            </div>
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="bid">
            <h2 id="bid" className="font-semibold">
              Your interest
            </h2>
            <form action={bid.bind(null, slug, p.code)} className="mt-2 flex flex-wrap gap-2">
              {BIDS.map(([value, label]) => (
                <button
                  key={value}
                  type="submit"
                  name="preference"
                  value={value}
                  aria-pressed={data.bid === value}
                  className={`rounded-md border px-2 py-1 text-xs font-medium ${data.bid === value ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 text-slate-700 hover:bg-slate-100'}`}
                >
                  {label}
                </button>
              ))}
            </form>
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="conflict">
            <h2 id="conflict" className="font-semibold">
              Conflict of interest
            </h2>
            <p className="mt-1 text-sm text-slate-600">If you know the speakers or have a stake in this proposal, declare a conflict: it will be hidden from you and not assigned to you.</p>
            <form action={declareConflict.bind(null, slug, p.code)} className="mt-3">
              <button type="submit" className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50" data-testid="declare-conflict">
                Declare a conflict
              </button>
            </form>
          </section>
        </aside>
      </div>
    </ReviewShell>
  );
}
