import type { Metadata } from 'next';
import Link from 'next/link';
import { formatAnswer } from '@podium/domain';
import { TrackBadge } from '@podium/ui';
import { formatInstant, formatShortDate } from '../../../../../lib/format';
import { forSpeakerPage, getApi } from '../../../../../lib/server';
import { Notice } from '../../../../_components/notice';
import { StateBadge } from '../../../../_components/state-badge';
import { ConferenceHeader } from '../../../conference-header';
import { InviteForm, ProposalForm, ProposalStateButton } from '../proposal-form';
import { ProfileGaps } from '../profile-gaps';
import { proposalQuestionViews } from '../questions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your proposal' };

const SAVED: Record<string, string> = {
  draft: 'Draft saved. Submit it when it is complete.',
  submitted: 'Proposal submitted. We sent you a confirmation by email.',
  updated: 'Changes saved.',
  withdrawn: 'Your proposal was withdrawn.',
  confirmed: 'Thank you for confirming: your session is ready for scheduling.',
  declined: 'You declined the session; the proposal is withdrawn.',
  invited: 'Invitation sent.',
  joined: 'Welcome aboard: you are now a speaker of this proposal.',
};

type Props = { params: Promise<{ slug: string; code: string }>; searchParams: Promise<{ saved?: string }> };

export default async function ProposalPage({ params, searchParams }: Props) {
  const { slug, code } = await params;
  const { saved } = await searchParams;
  const here = `/${slug}/me/proposals/${code}`;
  const api = await getApi();
  const [view, cfp, profile] = await Promise.all([
    forSpeakerPage(api.speaker.proposal({ slug, code }), here),
    forSpeakerPage(api.speaker.cfp({ slug }), here),
    forSpeakerPage(api.speaker.profile({ slug }), here),
  ]);
  const { conference, proposal: p, editable, actions } = view;
  const tz = conference.timeZone;
  const questions = proposalQuestionViews(cfp);
  const canEdit = actions.saveDraft || actions.update;
  const types = cfp.sessionTypes.filter((t) => t.status === 'open' || t.id === p.sessionType.id);
  return (
    <>
      <ConferenceHeader conference={conference} current="me" here={here} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <p className="text-sm">
          <Link href={`/${conference.slug}/me`} className="text-blue-800 hover:underline">
            ← Your proposals
          </Link>
        </p>
        {saved && SAVED[saved] && (
          <div className="mt-4">
            <Notice>{SAVED[saved]}</Notice>
          </div>
        )}
        <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl" data-testid="proposal-title">
            {p.title}
          </h1>
          <StateBadge state={p.state} label={p.stateLabel} testId="proposal-state" />
        </div>
        <p className="mt-1 text-sm text-slate-700" data-testid="next-step">
          {p.state === 'ACCEPTED' ? 'Your proposal was accepted. Please confirm that you will give it.' : view.nextStep}
          {editable.ok && p.deadline && <> You can edit it until {formatInstant(p.deadline, tz)}.</>}
        </p>

        {actions.submit && <ProfileGaps slug={conference.slug} profile={profile} />}

        {actions.confirm && (
          <section id="confirm" aria-labelledby="confirm-title" className="mt-6 rounded-xl border-2 border-amber-300 bg-amber-50 p-4 sm:p-6">
            <h2 id="confirm-title" className="text-lg font-semibold">
              Confirm your session
            </h2>
            <p className="mt-1 text-sm text-slate-800">Once you confirm, the organizers can put your session in the schedule.</p>
            <div className="mt-4 flex flex-wrap items-start gap-4">
              <ProposalStateButton key={p.updatedAt.getTime()} slug={conference.slug} code={p.code} action="confirm" label="Confirm: I will give this session" variant="primary" testId="confirm" />
              {actions.decline && (
                <details className="text-sm">
                  <summary className="cursor-pointer py-2 font-medium text-slate-700">I cannot give it…</summary>
                  <div className="mt-2 space-y-2">
                    <p>Declining withdraws the proposal. This cannot be undone from here.</p>
                    <ProposalStateButton key={p.updatedAt.getTime()} slug={conference.slug} code={p.code} action="decline" label="Decline the session" variant="danger" testId="decline" />
                  </div>
                </details>
              )}
            </div>
          </section>
        )}

        <section aria-label="Proposal" className="mt-6">
          {canEdit ? (
            <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
              <ProposalForm
                key={p.updatedAt.getTime()}
                slug={conference.slug}
                code={p.code}
                mode={p.state === 'DRAFT' ? 'draft' : 'submitted'}
                initial={{
                  title: p.title,
                  abstract: p.abstract,
                  description: p.description,
                  notes: p.notes,
                  sessionTypeId: p.sessionType.id,
                  trackId: p.track?.id ?? '',
                  answers: p.answers,
                }}
                sessionTypes={types.map((t) => ({ value: t.id, label: `${t.name} (${t.durationMinutes} min)` }))}
                tracks={cfp.tracks.map((t) => ({ value: t.id, label: t.name }))}
                questions={questions}
              />
            </div>
          ) : (
            <div className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="read-only">
              {!editable.ok && editable.reason && (p.state === 'DRAFT' || p.state === 'SUBMITTED') && (
                <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800" data-testid="not-editable">
                  You can no longer edit this proposal: {editable.reason.charAt(0).toLowerCase() + editable.reason.slice(1)}
                </p>
              )}
              <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-medium text-slate-500">Session type</dt>
                <dd>{p.sessionType.name}</dd>
                <dt className="font-medium text-slate-500">Track</dt>
                <dd>{p.track ? <TrackBadge track={p.track} /> : 'None'}</dd>
                {p.submittedAt && (
                  <>
                    <dt className="font-medium text-slate-500">Submitted</dt>
                    <dd>{formatInstant(p.submittedAt, tz)}</dd>
                  </>
                )}
              </dl>
              <Block title="Abstract" text={p.abstract} />
              <Block title="Description" text={p.description} />
              <Block title="Notes for the organizers" text={p.notes} />
              {questions.filter((q) => p.answers[q.id] !== undefined).length > 0 && (
                <div>
                  <h2 className="text-sm font-semibold text-slate-500">Your answers</h2>
                  <dl className="mt-1 space-y-2 text-sm">
                    {questions
                      .filter((q) => p.answers[q.id] !== undefined)
                      .map((q) => (
                        <div key={q.id}>
                          <dt className="font-medium">{q.label}</dt>
                          <dd className="whitespace-pre-line text-slate-800">{formatAnswer(p.answers[q.id])}</dd>
                        </div>
                      ))}
                  </dl>
                </div>
              )}
            </div>
          )}
        </section>

        <section id="co-speakers" aria-labelledby="co-speakers-title" className="mt-8 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="co-speakers-title" className="text-lg font-semibold">
            Speakers
          </h2>
          <ul className="mt-2 space-y-1 text-sm" data-testid="speakers">
            {p.speakers.map((s, i) => (
              <li key={i}>
                {s.name}
                {s.isYou && <span className="text-slate-500"> (you)</span>}
              </li>
            ))}
          </ul>
          {p.invites.length > 0 && (
            <>
              <h3 className="mt-4 text-sm font-semibold text-slate-600">Invitations</h3>
              <ul className="mt-1 space-y-1 text-sm" data-testid="invites">
                {p.invites.map((i, n) => (
                  <li key={n}>
                    {i.email} —{' '}
                    {i.status === 'accepted'
                      ? `joined ${formatShortDate(i.acceptedAt!, tz)}`
                      : i.status === 'expired'
                        ? 'expired'
                        : `waiting, link valid until ${formatShortDate(i.expiresAt, tz)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {actions.invite && (
            <div className="mt-4">
              <InviteForm key={p.invites.map((i) => i.expiresAt.getTime()).join('-')} slug={conference.slug} code={p.code} />
            </div>
          )}
        </section>

        {actions.withdraw && (
          <section aria-labelledby="withdraw-title" className="mt-8">
            <details className="rounded-xl border border-slate-200 bg-white p-4 text-sm sm:p-6">
              <summary id="withdraw-title" className="cursor-pointer font-medium text-slate-700">
                Withdraw this proposal…
              </summary>
              <p className="mt-2 text-slate-700">A withdrawn proposal is no longer considered. This cannot be undone from here.</p>
              <div className="mt-3">
                <ProposalStateButton key={p.updatedAt.getTime()} slug={conference.slug} code={p.code} action="withdraw" label="Withdraw proposal" variant="danger" testId="withdraw" />
              </div>
            </details>
          </section>
        )}
      </main>
    </>
  );
}

function Block({ title, text }: { title: string; text: string }) {
  if (!text) return null;
  return (
    <div>
      <h2 className="text-sm font-semibold text-slate-500">{title}</h2>
      <p className="mt-1 whitespace-pre-line text-slate-800">{text}</p>
    </div>
  );
}
