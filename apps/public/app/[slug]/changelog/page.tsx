import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { ChangelogList } from '@podium/ui';
import { getApi, orNotFound } from '../../../lib/server';
import { formatInstant } from '../../../lib/format';
import { ConferenceHeader } from '../conference-header';
import { ConferenceFooter } from '../conference-footer';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

/** This installation's public address: PODIUM_PUBLIC_URL, else the address this request came to. */
async function publicOrigin(): Promise<string> {
  const configured = process.env.PODIUM_PUBLIC_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  const h = await headers();
  return `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost'}`;
}

const feedPath = (slug: string) => `/${encodeURIComponent(slug)}/changelog.atom`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const log = await orNotFound((await getApi()).public.changelog({ slug }));
  return {
    title: `Schedule changes · ${log.conference.name}`,
    alternates: { types: { 'application/atom+xml': [{ url: `${await publicOrigin()}${feedPath(log.conference.slug)}`, title: `${log.conference.name}: schedule changes` }] } },
  };
}

/** Every release of the schedule, newest first, with its new, moved and cancelled sessions. Works without JavaScript. */
export default async function ChangelogPage({ params }: Props) {
  const { slug } = await params;
  const log = await orNotFound((await getApi()).public.changelog({ slug }));
  const { conference } = log;
  const base = `/${conference.slug}`;
  return (
    <>
      <ConferenceHeader conference={conference} here={`${base}/changelog`} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold tracking-tight">Schedule changes</h1>
            <p className="text-sm text-slate-600">
              Every release of the schedule, newest first. All times are local to the conference: {conference.timeZone.replace('_', ' ')} ({log.offset}).
            </p>
          </div>
          <a href={feedPath(conference.slug)} className="rounded-md border border-orange-300 bg-orange-50 px-3 py-1.5 text-sm font-medium text-orange-900 hover:bg-orange-100" data-testid="atom-link">
            Atom feed
          </a>
        </div>
        {log.releases.length === 0 ? (
          <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">The schedule has not been released yet.</p>
        ) : (
          <ol className="mt-6 space-y-6">
            {log.releases.map((r, i) => (
              <li key={r.id}>
                <section id={r.anchor} aria-labelledby={`${r.anchor}-title`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid={`release-${r.name}`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 id={`${r.anchor}-title`} className="text-lg font-semibold">
                      Release {r.name}
                      {i === 0 && <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">current</span>}
                    </h2>
                    <p className="text-sm text-slate-600">
                      <time dateTime={r.releasedAt.toISOString()}>{formatInstant(r.releasedAt, conference.timeZone)}</time>
                    </p>
                  </div>
                  {r.comment && <p className="mt-2 whitespace-pre-line text-slate-800">{r.comment}</p>}
                  <div className="mt-4">
                    {/* Sessions of the current release have a page; older releases' sessions may not any more. */}
                    <ChangelogList changelog={r.changelog} sessionHref={i === 0 ? (code) => `${base}/sessions/${encodeURIComponent(code)}` : undefined} testId={`changes-${r.name}`} />
                  </div>
                </section>
              </li>
            ))}
          </ol>
        )}
      </main>
      <ConferenceFooter slug={conference.slug} />
    </>
  );
}
