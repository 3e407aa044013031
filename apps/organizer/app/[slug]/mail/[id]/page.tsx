import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { describeSendResult, MAIL_TEMPLATE_INFO } from '@podium/domain';
import { forPage, getApi } from '../../../../lib/server';
import { TopBar } from '../../../top-bar';
import { ConferenceNav } from '../../conference-nav';
import { discardSelected } from '../actions';
import { formatInstant } from '../format';
import { MailHeader, Notice, StatusBadge } from '../mail-header';
import { MailEditForm } from './mail-edit-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Mail' };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const count = (v: string | string[] | undefined) => Math.max(0, Number.parseInt(one(v) ?? '', 10) || 0);

export default async function MailPage({ params, searchParams }: { params: Promise<{ slug: string; id: string }>; searchParams: Promise<Search> }) {
  const { slug, id } = await params;
  const q = await searchParams;
  const path = `/${slug}/mail/${id}`;
  const api = await getApi();
  const [{ user }, status, { mail }] = await Promise.all([
    forPage(api.organizer.myConferences(), path),
    forPage(api.mail.status({ slug }), path),
    forPage(api.mail.outbox.get({ slug, id }), path),
  ]);
  const tz = status.conference.timeZone;

  let notice: { text: string | null; kind: 'ok' | 'warn' | 'error' } = { text: null, kind: 'ok' };
  if (one(q.error) === 'smtp') notice = { text: status.message ?? 'The mail server refused the request.', kind: 'error' };
  else if (one(q.error)) notice = { text: 'That did not work; please try again.', kind: 'error' };
  else if (q.sent !== undefined) {
    const r = { sent: count(q.sent), failed: count(q.failed), skipped: count(q.skipped) };
    notice = r.failed ? { text: 'Saved, but sending failed: see the error below. You can fix it and send again.', kind: 'warn' } : { text: describeSendResult(r), kind: r.sent ? 'ok' : 'warn' };
  } else if (q.saved !== undefined) notice = { text: 'Saved.', kind: 'ok' };

  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1.5">
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );

  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={status.conference.name} current="mail" />
      </TopBar>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <MailHeader slug={slug} current="outbox" status={status} />
        <p className="mt-4">
          <Link href={`/${slug}/mail${mail.state === 'PENDING' ? '' : `?state=${mail.state}`}`} className="text-sm font-medium text-blue-800 hover:underline">
            ← Back to the outbox
          </Link>
        </p>
        <Notice {...notice} />
        <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_20rem]">
          <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="mail-heading">
            <h2 id="mail-heading" className="text-lg font-semibold">
              {mail.canEdit ? 'Edit before sending' : mail.subject}
            </h2>
            {mail.canEdit ? (
              <div className="mt-4">
                <MailEditForm slug={slug} mail={mail} canSendNow={status.configured} />
              </div>
            ) : (
              <>
                <p className="mt-1 text-sm text-slate-600">To {mail.to}</p>
                <pre className="mt-4 font-sans text-sm whitespace-pre-wrap text-slate-900" data-testid="mail-body">
                  {mail.body}
                </pre>
              </>
            )}
          </section>
          <aside className="space-y-4">
            <dl className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
              {row('State', <StatusBadge status={mail.status} />, 'mail-status')}
              {row('Created', formatInstant(mail.createdAt, tz))}
              {mail.sentAt && row(mail.status === 'SENDING' ? 'Sending since' : 'Sent', formatInstant(mail.sentAt, tz), 'mail-sent-at')}
              {row('Attempts', mail.attempts)}
              {mail.templateKey && row('Kind', MAIL_TEMPLATE_INFO[mail.templateKey].label)}
              {mail.submission && row('Proposal', mail.submission.title)}
              {mail.messageId && row('Message-ID', <code className="text-xs">{mail.messageId}</code>)}
              {mail.status === 'FAILED' && mail.lastError && row('Error', <span className="text-red-800">{mail.lastError}</span>, 'mail-error')}
            </dl>
            {mail.status === 'SENDING' && (
              <p className="rounded-lg border border-violet-200 bg-violet-50 p-3 text-sm text-violet-900">
                This mail is being sent. If it stays like this, the sender stopped half-way and nobody knows whether the server took it; it is not sent again by
                itself.
              </p>
            )}
            {mail.canDiscard && (
              <form action={discardSelected} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <input type="hidden" name="slug" value={slug} />
                <input type="hidden" name="ids" value={mail.id} />
                <p className="text-sm text-slate-700">Don’t send this mail; it stays in the log as discarded.</p>
                <button type="submit" className="mt-2 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50">
                  Discard
                </button>
              </form>
            )}
          </aside>
        </div>
      </main>
    </>
  );
}
