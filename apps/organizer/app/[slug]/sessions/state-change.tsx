// The confirmation page of a session's state change (cancel, restore): what the session is, what will happen, and
// one button; "keep it" goes back to the list. A plain form with a server action, so it works without JavaScript.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { STATE_LABELS, type SubmissionState } from '@podium/domain';
import { ActionForm, TrackBadge, type FormState } from '@podium/ui';
import { forPage, getApi } from '../../../lib/server';

/** What a state-change page shows: the signed-in organizer, the conference and the session (404 when unknown). */
export async function loadStateChange(slug: string, code: string, step: 'cancel' | 'restore') {
  const api = await getApi();
  const path = `/${slug}/sessions/${code}/${step}`;
  const [{ user }, { conference, sessions }] = await Promise.all([forPage(api.organizer.myConferences(), path), forPage(api.organizer.sessions({ slug }), path)]);
  const session = sessions.find((s) => s.code === code);
  if (!session) notFound();
  return { user, conference, session };
}

export interface StateChangeSession {
  code: string;
  title: string;
  state: SubmissionState;
  track: { name: string; color: string } | null;
  sessionType: string;
  durationMinutes: number;
  speakers: { code: string; name: string }[];
  slot: { date: string; timeRange: string; room: string } | null;
}

export function StateChangePage({
  slug,
  heading,
  session,
  timeZone,
  allowed,
  refusal,
  consequences,
  action,
  submitLabel,
  keepLabel,
  tone,
}: {
  slug: string;
  heading: string;
  session: StateChangeSession;
  timeZone: string;
  /** Whether the session's state allows the change; when not, `refusal` says why and no form is shown. */
  allowed: boolean;
  refusal: string;
  consequences: ReactNode[];
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submitLabel: string;
  keepLabel: string;
  tone: 'danger' | 'neutral';
}) {
  const back = `/${slug}/sessions#row-${session.code}`;
  return (
    <main className="mx-auto max-w-2xl px-4 py-8">
      <p className="text-sm">
        <Link href={back} className="text-blue-800 hover:underline">
          ← Sessions
        </Link>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight">{heading}</h1>
      <section aria-label="Session" className="mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="state-change-session">
        <p className="text-lg font-semibold">{session.title}</p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>{session.code}</span>·<span>{STATE_LABELS[session.state]}</span>·
          <span>
            {session.sessionType}, {session.durationMinutes} min
          </span>
          <TrackBadge track={session.track} />
        </p>
        <p className="mt-1 text-sm text-slate-700">{session.speakers.map((s) => s.name).join(', ') || 'No speakers'}</p>
        <p className="mt-1 text-sm text-slate-700" data-testid="state-change-slot">
          {session.slot ? `On the grid: ${session.slot.date}, ${session.slot.timeRange} (${timeZone}), ${session.slot.room}` : 'Not on the grid.'}
        </p>
      </section>
      {allowed ? (
        <section aria-labelledby="what-happens" className="mt-6">
          <h2 id="what-happens" className="text-lg font-semibold">
            What happens
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="state-change-consequences">
            {consequences.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
          <ActionForm
            action={action}
            submitLabel={submitLabel}
            testId="state-change-form"
            className={`mt-5 space-y-3 ${tone === 'danger' ? '[&_button]:bg-red-700 [&_button]:hover:bg-red-600' : ''}`}
            confirm={
              <Link href={back} className="rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
                {keepLabel}
              </Link>
            }
          >
            {null}
          </ActionForm>
        </section>
      ) : (
        <p role="status" className="mt-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="state-change-refusal">
          {refusal}
        </p>
      )}
    </main>
  );
}
