import Link from 'next/link';
import type { Metadata } from 'next';
import { describeSendResult, OUTBOX_STATE_LABELS, OUTBOX_STATES, type OutboxState } from '@podium/domain';
import { forPage, getApi } from '../../../lib/server';
import { TopBar } from '../../top-bar';
import { ConferenceNav } from '../conference-nav';
import { discardSelected, remindUnconfirmed, sendAllPending, sendSelected } from './actions';
import { formatInstant } from './format';
import { MailHeader, Notice, StatusBadge } from './mail-header';
import { SelectAll } from './select-all';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox' };

type Search = Record<string, string | string[] | undefined>;

/** An address that may wrap after its @ rather than anywhere. */
function Address({ value }: { value: string }) {
  const at = value.lastIndexOf('@');
  return at < 0 ? (
    <>{value}</>
  ) : (
    <>
      {value.slice(0, at)}
      <wbr />
      {value.slice(at)}
    </>
  );
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const count = (v: string | string[] | undefined) => Math.max(0, Number.parseInt(one(v) ?? '', 10) || 0);

function noticeFor(q: Search, smtpMessage: string | null): { text: string | null; kind: 'ok' | 'warn' | 'error' } {
  const error = one(q.error);
  if (error === 'smtp') return { text: smtpMessage ?? 'The mail server refused the request.', kind: 'error' };
  if (error === 'choose') return { text: 'Choose at least one mail first (tick the boxes in the table).', kind: 'error' };
  if (error) return { text: 'That did not work; please try again.', kind: 'error' };
  if (q.sent !== undefined) {
    const r = { sent: count(q.sent), failed: count(q.failed), skipped: count(q.skipped) };
    return { text: describeSendResult(r), kind: r.failed ? 'warn' : 'ok' };
  }
  if (q.reminded !== undefined) {
    const n = count(q.reminded);
    const proposals = count(q.unconfirmed);
    if (proposals === 0) return { text: 'No accepted proposal is waiting for confirmation.', kind: 'ok' };
    return {
      text: n
        ? `${n} reminder${n === 1 ? '' : 's'} queued below for ${proposals} unconfirmed proposal${proposals === 1 ? '' : 's'}: review, then send.`
        : 'Every unconfirmed speaker already has a reminder waiting below.',
      kind: 'ok',
    };
  }
  if (q.discarded !== undefined) {
    const n = count(q.discarded);
    const skipped = count(q.skipped);
    return {
      text: `Discarded ${n} mail${n === 1 ? '' : 's'}.${skipped ? ` ${skipped} could not be discarded (already sent, being sent, or discarded).` : ''}`,
      kind: skipped ? 'warn' : 'ok',
    };
  }
  return { text: null, kind: 'ok' };
}

export default async function OutboxPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const q = await searchParams;
  const requested = one(q.state);
  const filter: OutboxState | 'ALL' = requested === 'ALL' ? 'ALL' : (OUTBOX_STATES as readonly string[]).includes(requested ?? '') ? (requested as OutboxState) : 'PENDING';
  const path = `/${slug}/mail`;
  const api = await getApi();
  const [{ user }, status, outbox] = await Promise.all([
    forPage(api.organizer.myConferences(), path),
    forPage(api.mail.status({ slug }), path),
    forPage(api.mail.outbox.list({ slug, ...(filter === 'ALL' ? {} : { state: filter }) }), path),
  ]);
  const tz = status.conference.timeZone;
  const all = Object.values(outbox.counts).reduce((a, b) => a + b, 0);
  const notice = noticeFor(q, status.message);
  const selectable = outbox.mails.some((m) => m.canSend || m.canDiscard);
  const filterLink = (key: OutboxState | 'ALL', label: string, n: number) => (
    <Link
      key={key}
      href={key === 'PENDING' ? path : `${path}?state=${key}`}
      aria-current={filter === key ? 'page' : undefined}
      data-testid={`filter-${key}`}
      className={`border-b-2 px-3 py-2 text-sm font-medium ${filter === key ? 'border-slate-900 text-slate-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
    >
      {label} <span className={`ml-1 rounded-full px-1.5 text-xs tabular-nums ${key === 'FAILED' && n ? 'bg-red-100 text-red-800' : 'bg-slate-200 text-slate-700'}`}>{n}</span>
    </Link>
  );
  const button = 'rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';

  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={status.conference.name} current="mail" />
      </TopBar>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <MailHeader slug={slug} current="outbox" status={status} />
        <Notice {...notice} />

        <div className="mt-6 flex flex-wrap items-end justify-between gap-4 border-b border-slate-200">
          <nav aria-label="Mails by state" className="-mb-px flex flex-wrap">
            {OUTBOX_STATES.map((s) => filterLink(s, OUTBOX_STATE_LABELS[s], outbox.counts[s]))}
            {filterLink('ALL', 'All', all)}
          </nav>
          <div className="flex flex-wrap gap-2 pb-2">
          <form action={remindUnconfirmed}>
            <input type="hidden" name="slug" value={slug} />
            <button type="submit" className={`${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}>
              Remind unconfirmed speakers
            </button>
          </form>
          <form action={sendAllPending}>
            <input type="hidden" name="slug" value={slug} />
            {filter !== 'PENDING' && <input type="hidden" name="state" value={filter} />}
            <button type="submit" disabled={!status.configured || outbox.counts.PENDING === 0} className={`${button} bg-slate-900 text-white hover:bg-slate-700`}>
              Send all pending ({outbox.counts.PENDING})
            </button>
          </form>
          </div>
        </div>

        {outbox.mails.length === 0 ? (
          <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="outbox-empty">
            {filter === 'PENDING'
              ? 'No mails are waiting. Mails to speakers (proposal received, decisions, reminders) appear here before they are sent.'
              : filter === 'ALL'
                ? 'No mails yet.'
                : `No ${OUTBOX_STATE_LABELS[filter].toLowerCase()} mails.`}
          </p>
        ) : (
          <form id="outbox" className="mt-4">
            <input type="hidden" name="slug" value={slug} />
            {filter !== 'PENDING' && <input type="hidden" name="state" value={filter} />}
            {selectable && (
              <div className="mb-3 flex flex-wrap items-center gap-2">
                <button type="submit" formAction={sendSelected} disabled={!status.configured} className={`${button} bg-blue-700 text-white hover:bg-blue-800`}>
                  Send selected
                </button>
                <button type="submit" formAction={discardSelected} className={`${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}>
                  Discard selected
                </button>
                <span className="text-sm text-slate-600">Pending and failed mails can be sent or discarded.</span>
              </div>
            )}
            {outbox.total > outbox.mails.length && (
              <p className="mb-2 text-sm text-slate-600">
                Showing the newest {outbox.mails.length} of {outbox.total}.
              </p>
            )}
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="w-10 px-3 py-2">
                      {selectable && <SelectAll label="Select all mails on this page" />}
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">To</th>
                    <th scope="col" className="px-3 py-2 font-medium">Subject</th>
                    <th scope="col" className="px-3 py-2 font-medium">Created</th>
                    <th scope="col" className="px-3 py-2 font-medium">State</th>
                    <th scope="col" className="px-3 py-2 font-medium">Error</th>
                  </tr>
                </thead>
                <tbody>
                  {outbox.mails.map((m) => (
                    <tr key={m.id} className="border-t border-slate-100 align-top" data-testid={`mail-${m.id}`}>
                      <td className="px-3 py-2">
                        {(m.canSend || m.canDiscard) && (
                          <input type="checkbox" name="ids" value={m.id} aria-label={`Select the mail to ${m.to}: ${m.subject}`} className="h-4 w-4" />
                        )}
                      </td>
                      <td className="min-w-40 px-3 py-2 break-words">
                        <Address value={m.to} />
                      </td>
                      <td className="px-3 py-2">
                        <Link href={`${path}/${m.id}`} className="font-medium text-blue-800 hover:underline">
                          {m.subject}
                        </Link>
                        {m.submission && <span className="block text-xs text-slate-500">{m.submission.title}</span>}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatInstant(m.createdAt, tz)}</td>
                      <td className="px-3 py-2 whitespace-nowrap">
                        <StatusBadge status={m.status} />
                        {m.sentAt && m.status === 'SENT' && <span className="block text-xs text-slate-500 tabular-nums">{formatInstant(m.sentAt, tz)}</span>}
                        {m.attempts > 1 && <span className="block text-xs text-slate-500">{m.attempts} attempts</span>}
                      </td>
                      <td className="max-w-xs px-3 py-2 text-red-800 break-words">{m.status === 'FAILED' ? m.lastError : null}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </form>
        )}
        <p className="mt-4 text-xs text-slate-500">Times in {tz}.</p>
      </main>
    </>
  );
}
