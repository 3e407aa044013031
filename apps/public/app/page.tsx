import Link from 'next/link';
import { formatDateKey } from '@podium/domain';
import { getApi, getViewer } from '../lib/server';
import { SiteHeader } from './_components/site-header';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [conferences, viewer] = await Promise.all([(await getApi()).public.listConferences(), getViewer()]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold tracking-tight">Conferences</h1>
        {conferences.length === 0 ? (
          <p className="mt-6 text-slate-600">No conferences yet.</p>
        ) : (
          <ul className="mt-6 space-y-3">
            {conferences.map((c) => (
              <li key={c.slug} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <Link href={`/${c.slug}/schedule`} className="text-lg font-semibold text-blue-800 hover:underline">
                  {c.name}
                </Link>
                <p className="text-sm text-slate-600">
                  {formatDateKey(c.startDate)} – {formatDateKey(c.endDate)}
                  {c.location && ` · ${c.location}`}
                </p>
                <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <Link href={`/${c.slug}/cfp`} className="font-medium text-blue-800 hover:underline">
                    Call for papers
                  </Link>
                  {viewer && (
                    <Link href={`/${c.slug}/me`} className="font-medium text-blue-800 hover:underline">
                      Your proposals
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
