import Link from 'next/link';
import type { OutboxStatus } from '@podium/domain';
import { OUTBOX_STATUS_LABELS } from '@podium/domain';

/** Title, the Outbox / Templates switch, and whether mail can be delivered at all. */
export function MailHeader({
  slug,
  current,
  status,
}: {
  slug: string;
  current: 'outbox' | 'templates';
  status: { configured: boolean; from: string; server: string | null; message: string | null };
}) {
  const tab = (key: typeof current, href: string, label: string) => (
    <Link
      href={href}
      aria-current={current === key ? 'page' : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${current === key ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-200'}`}
    >
      {label}
    </Link>
  );
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Mail</h1>
        <nav aria-label="Mail" className="flex gap-2">
          {tab('outbox', `/${slug}/mail`, 'Outbox')}
          {tab('templates', `/${slug}/mail/templates`, 'Templates')}
        </nav>
      </div>
      {status.configured ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="smtp-status">
          Mail is sent from <span className="font-medium text-slate-800">{status.from}</span> through {status.server}.
        </p>
      ) : (
        <div className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="smtp-not-configured">
          <p className="font-semibold">{status.message}</p>
          <p className="mt-1">
            Mails are written to the outbox and can be reviewed and edited, but nothing is delivered until Podium is started with <code className="font-mono">SMTP_URL</code>{' '}
            (e.g. <code className="font-mono">smtp://user:password@mail.example.org:587</code>) and optionally <code className="font-mono">MAIL_FROM</code>.
          </p>
        </div>
      )}
    </>
  );
}

const BADGE: Record<OutboxStatus, string> = {
  PENDING: 'bg-blue-50 text-blue-800 ring-blue-200',
  SENDING: 'bg-violet-50 text-violet-800 ring-violet-200',
  SENT: 'bg-green-50 text-green-800 ring-green-200',
  FAILED: 'bg-red-50 text-red-800 ring-red-200',
  DISCARDED: 'bg-slate-100 text-slate-600 ring-slate-200',
};

export function StatusBadge({ status }: { status: OutboxStatus }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${BADGE[status]}`}>{OUTBOX_STATUS_LABELS[status]}</span>;
}

/** The outcome of the last action, from the page's query string (role=status; errors role=alert). */
export function Notice({ text, kind }: { text: string | null; kind: 'ok' | 'warn' | 'error' }) {
  if (!text) return null;
  const style = { ok: 'border-green-200 bg-green-50 text-green-900', warn: 'border-amber-300 bg-amber-50 text-amber-900', error: 'border-red-200 bg-red-50 text-red-900' }[kind];
  return (
    <p role={kind === 'error' ? 'alert' : 'status'} data-testid="mail-notice" className={`mt-4 rounded-lg border px-4 py-2 text-sm ${style}`}>
      {text}
    </p>
  );
}
