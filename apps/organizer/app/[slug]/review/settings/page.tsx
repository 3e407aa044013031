import type { Metadata } from 'next';
import { Section, TrackBadge } from '@podium/ui';
import { forPage, getApi } from '../../../../lib/server';
import { ReviewShell } from '../_components/review-shell';
import * as act from '../actions';
import { AssignForm, AutoAssignForm, ButtonForm, CategoryForm, InviteReviewerForm, PhaseForm, ReviewerTracksForm } from './forms';
import { formatInstant } from '../../mail/format';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review settings' };


const yes = (b: boolean, text: string) => (b ? [text] : []);

export default async function ReviewSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getApi();
  const path = `/${slug}/review/settings`;
  const [{ user, conferences }, phases, categories, committee, matrix, { invites }] = await Promise.all([
    forPage(api.organizer.myConferences(), path),
    forPage(api.review.phases({ slug }), path),
    forPage(api.review.categories({ slug }), path),
    forPage(api.review.reviewers({ slug }), path),
    forPage(api.review.assignments({ slug }), path),
    forPage(api.review.invites({ slug }), path),
  ]);
  const conference = conferences.find((c) => c.slug === slug);
  const tz = phases.timeZone;
  const trackName = new Map(committee.tracks.map((t) => [t.id, t.name]));
  const running = phases.phases.find((p) => p.running);
  return (
    <ReviewShell slug={slug} conferenceName={conference?.name ?? slug} user={user} isOrganizer current="settings" phase={running ? { name: running.name, phased: true, blind: running.blind } : { name: null, phased: phases.phases.length > 0, blind: false }}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold tracking-tight">Review settings</h1>

        <Section
          title="Review phases"
          id="phases"
          description="The running phase is the last one (in this order) whose window contains now. Without any phase, reviewing and deciding are open and nothing is blind."
        >
          {phases.phases.length === 0 ? (
            <p className="text-sm text-slate-600">No phases yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="phases">
              {phases.phases.map((p) => (
                <li key={p.id} className="py-3">
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-medium">{p.name}</span>
                      {p.running && <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">running</span>}
                      <span className="ml-2 text-sm text-slate-600">
                        {p.startsAt ? p.startsAt.replace('T', ' ') : 'open start'} → {p.endsAt ? p.endsAt.replace('T', ' ') : 'open end'} ·{' '}
                        {[
                          ...yes(p.blind, 'blind'),
                          ...yes(p.reviewersCanReview, 'reviewing'),
                          ...yes(p.reviewersSeeOtherReviews, 'reviews visible'),
                          ...yes(p.organizersCanDecide, 'decisions'),
                          ...yes(p.speakersCanEdit, 'speakers may edit'),
                        ].join(', ') || 'nothing allowed'}
                      </span>
                    </summary>
                    <div className="mt-3 space-y-3 pl-4">
                      <PhaseForm action={act.savePhase.bind(null, slug, p.id)} initial={p} submitLabel="Save phase" timeZone={tz} />
                      <ButtonForm action={act.deletePhase.bind(null, slug, p.id)} label={`Delete ${p.name}`} tone="danger" />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
          <details className="rounded-md border border-dashed border-slate-300 p-3" open={phases.phases.length === 0}>
            <summary className="cursor-pointer text-sm font-medium">Add a phase</summary>
            <div className="mt-3">
              <PhaseForm action={act.savePhase.bind(null, slug, undefined)} submitLabel="Add phase" timeZone={tz} testId="new-phase-form" />
            </div>
          </details>
        </Section>

        <Section title="Score categories" id="categories" description="Each review scores every active category that applies to the proposal's track. The weighted score normalises each scale to 0–100 % and weights it.">
          {categories.categories.length === 0 ? (
            <p className="text-sm text-slate-600">No score categories yet: reviews are comments only.</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="categories">
              {categories.categories.map((c) => (
                <li key={c.id} className="py-3">
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-medium">{c.name}</span>
                      <span className="ml-2 text-sm text-slate-600">
                        {c.minScore}–{c.maxScore} · weight {c.weight}
                        {c.required ? ' · required' : ' · optional'}
                        {c.trackName && ` · ${c.trackName} only`}
                        {!c.active && ' · inactive'}
                      </span>
                    </summary>
                    <div className="mt-3 space-y-3 pl-4">
                      <CategoryForm action={act.saveCategory.bind(null, slug, c.id)} initial={c} submitLabel="Save category" tracks={categories.tracks} />
                      <ButtonForm action={act.deleteCategory.bind(null, slug, c.id)} label={`Delete ${c.name}`} tone="danger" />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
          <details className="rounded-md border border-dashed border-slate-300 p-3" open={categories.categories.length === 0}>
            <summary className="cursor-pointer text-sm font-medium">Add a score category</summary>
            <div className="mt-3">
              <CategoryForm action={act.saveCategory.bind(null, slug, undefined)} submitLabel="Add category" tracks={categories.tracks} testId="new-category-form" />
            </div>
          </details>
        </Section>

        <Section title="Reviewers" id="reviewers" description="The program committee. People join it by accepting an invitation mailed to them. A reviewer limited to tracks sees and is assigned only proposals in those tracks (and proposals without a track).">
          {committee.reviewers.length === 0 ? (
            <p className="text-sm text-slate-600">No reviewers yet.</p>
          ) : (
            <table className="w-full text-left text-sm" data-testid="reviewers">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-2 font-medium">Reviewer</th>
                  <th scope="col" className="py-2 font-medium">Tracks</th>
                  <th scope="col" className="py-2 text-right font-medium">Assigned</th>
                  <th scope="col" className="py-2 text-right font-medium">Reviewed</th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {committee.reviewers.map((r) => (
                  <tr key={r.userId} className="border-t border-slate-100 align-top" data-testid={`reviewer-${r.email ?? r.userId}`}>
                    <td className="py-2">
                      <span className="font-medium">{r.name}</span>
                      <div className="text-xs text-slate-500">{r.email}</div>
                    </td>
                    <td className="py-2">
                      <details>
                        <summary className="cursor-pointer">{r.trackIds.length ? r.trackIds.map((id) => trackName.get(id) ?? '?').join(', ') : 'All tracks'}</summary>
                        <div className="mt-2">
                          <ReviewerTracksForm action={act.setReviewerTracks.bind(null, slug, r.userId)} tracks={committee.tracks} initial={r.trackIds} />
                        </div>
                      </details>
                    </td>
                    <td className="py-2 text-right tabular-nums">{r.assigned}</td>
                    <td className="py-2 text-right tabular-nums">{r.reviewed}</td>
                    <td className="py-2 text-right">
                      <ButtonForm action={act.removeReviewer.bind(null, slug, r.userId)} label="Remove" tone="danger" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {invites.length > 0 && (
            <div>
              <h3 className="text-sm font-semibold text-slate-800">Invited, not accepted yet</h3>
              <table className="mt-1 w-full text-left text-sm" data-testid="invites">
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 font-medium">Email</th>
                    <th scope="col" className="py-2 font-medium">Tracks</th>
                    <th scope="col" className="py-2 font-medium">Invited</th>
                    <th scope="col" className="py-2 font-medium">Link valid until</th>
                    <th scope="col" className="py-2">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invites.map((i) => (
                    <tr key={i.id} className="border-t border-slate-100 align-top" data-testid={`invite-${i.email}`}>
                      <td className="py-2 font-medium">{i.email}</td>
                      <td className="py-2">{i.trackIds.length ? i.trackIds.map((id) => trackName.get(id) ?? '?').join(', ') : 'All tracks'}</td>
                      <td className="py-2 text-slate-600">
                        {formatInstant(i.createdAt, tz)}
                        {i.invitedBy && <div className="text-xs text-slate-500">by {i.invitedBy}</div>}
                      </td>
                      <td className="py-2">
                        {i.expired ? (
                          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">expired — invite again</span>
                        ) : (
                          formatInstant(i.expiresAt, tz)
                        )}
                      </td>
                      <td className="py-2 text-right">
                        <ButtonForm action={act.revokeInvite.bind(null, slug, i.id)} label="Withdraw" tone="danger" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <details className="rounded-md border border-dashed border-slate-300 p-3" open={committee.reviewers.length === 0}>
            <summary className="cursor-pointer text-sm font-medium">Invite a reviewer</summary>
            <div className="mt-3">
              <InviteReviewerForm action={act.inviteReviewer.bind(null, slug)} tracks={committee.tracks} />
            </div>
          </details>
        </Section>

        <Section
          title="Assignments"
          id="assignments"
          description="Automatic assignment gives every submitted proposal k reviewers in total, spreads the load evenly, never assigns own proposals, declared conflicts or other tracks, and honours bids where it can. Existing assignments stay."
        >
          <AutoAssignForm action={act.autoAssign.bind(null, slug)} defaultK={3} />
          {matrix.proposals.length === 0 ? (
            <p className="text-sm text-slate-600">No submitted proposals.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="assignments">
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 font-medium">Proposal</th>
                    <th scope="col" className="py-2 font-medium">Reviewers</th>
                    <th scope="col" className="py-2">
                      <span className="sr-only">Assign</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {matrix.proposals.map((p) => (
                    <tr key={p.code} className="border-t border-slate-100 align-top" data-testid={`assignment-${p.code}`}>
                      <td className="py-2 pr-3">
                        <span className="font-medium">{p.title}</span> <TrackBadge track={p.track} />
                        <div className="text-xs text-slate-500">
                          {p.code} · {p.reviews} review{p.reviews === 1 ? '' : 's'}
                        </div>
                      </td>
                      <td className="py-2 pr-3">
                        {p.reviewers.length === 0 ? (
                          <span className="text-slate-500">none</span>
                        ) : (
                          <ul className="space-y-1">
                            {p.reviewers.map((r) => (
                              <li key={r.userId} className="flex flex-wrap items-center gap-2">
                                <span>
                                  {r.name}
                                  <span className="text-xs text-slate-500">
                                    {' '}
                                    · {r.source === 'AUTOMATIC' ? 'auto' : 'manual'}
                                    {r.reviewed && ' · reviewed'}
                                  </span>
                                </span>
                                <ButtonForm action={act.unassign.bind(null, slug, p.code, r.userId)} label="Unassign" />
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className="py-2">
                        <AssignForm action={act.assign.bind(null, slug, p.code)} reviewers={matrix.reviewers.filter((r) => !p.reviewers.some((x) => x.userId === r.userId))} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-2 text-xs text-slate-500">Load per reviewer: {matrix.reviewers.map((r) => `${r.name} ${r.load}`).join(' · ') || 'no reviewers'}</p>
            </div>
          )}
        </Section>
      </div>
    </ReviewShell>
  );
}
