import type { Metadata } from 'next';
import { cache } from 'react';
import { headers } from 'next/headers';
import { getApi, orNotFound } from '../../../lib/server';
import { embedHref, widgetHref } from '../../../lib/agenda-links';
import { ConferenceHeader } from '../conference-header';
import { ConferenceFooter } from '../conference-footer';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

/** The agenda, read once for the page and its metadata. */
const loadAgenda = cache(async (slug: string) => orNotFound((await getApi()).public.agenda({ slug })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const agenda = await loadAgenda(slug);
  return { title: `Embed the schedule · ${agenda.conference.name}` };
}

/** This installation's public address: PODIUM_PUBLIC_URL, else the address this request came to. */
async function publicOrigin(): Promise<string> {
  const configured = process.env.PODIUM_PUBLIC_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  const h = await headers();
  return `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost'}`;
}

const snippet = (src: string, title: string) =>
  `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="600" loading="lazy" style="border:0"></iframe>`;

/** How to put the agenda on the conference's own website: the widget's <iframe> snippets and a live preview. */
export default async function EmbedPage({ params }: Props) {
  const { slug } = await params;
  const agenda = await loadAgenda(slug);
  const { conference } = agenda;
  const src = `${await publicOrigin()}${widgetHref(conference.slug)}`;
  const title = `Schedule of ${conference.name}`;
  const code = 'block whitespace-pre-wrap break-all rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100';
  return (
    <>
      <ConferenceHeader conference={conference} here={embedHref(conference.slug)} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-3xl font-bold tracking-tight">Embed the schedule</h1>
        <p className="mt-3 text-slate-800">
          Show the published schedule on your own website with this snippet. The widget is a small page without scripts or cookies; it follows
          every new release by itself. While the conference runs it shows what is on today and what comes next, otherwise the whole program by
          day.
        </p>
        <h2 className="mt-8 text-lg font-semibold">Today and next, or the program</h2>
        <pre className={code} data-testid="embed-snippet">
          <code>{snippet(src, title)}</code>
        </pre>
        <h2 className="mt-6 text-lg font-semibold">Always the whole program by day</h2>
        <pre className={code}>
          <code>{snippet(`${src}?view=list`, title)}</code>
        </pre>
        <p className="mt-2 text-sm text-slate-700">
          Add <code className="rounded bg-slate-100 px-1">&amp;day=YYYY-MM-DD</code> to the list&apos;s address for one day only.
        </p>
        <h2 className="mt-8 text-lg font-semibold">Preview</h2>
        <iframe src={widgetHref(conference.slug)} title={title} className="mt-3 h-[600px] w-full rounded-lg border border-slate-200 bg-white" loading="lazy" />
      </main>
      <ConferenceFooter slug={conference.slug} />
    </>
  );
}
