import Link from 'next/link';
import { formatDateKey } from '@podium/domain';
import { forPage, getApi } from '../lib/server';
import { TopBar } from './top-bar';

export const dynamic = 'force-dynamic';

const ROLE_LABEL = { ORGANIZER: 'Organizer', REVIEWER: 'Reviewer' } as const;

export default async function HomePage() {
  const { user, conferences } = await forPage((await getApi()).organizer.myConferences(), '/');
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">Your conferences</h1>
        {user.isAdmin && (
          <Link href="/import" className="mt-2 inline-block text-sm font-medium text-blue-800 hover:underline" data-testid="new-conference-from-file">
            New conference from a schedule file →
          </Link>
        )}
        {conferences.length === 0 ? (
          <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
            You are not on the team of any conference yet. Ask an organizer to invite you: you join by accepting the link they mail you.
          </p>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {conferences.map((c) => (
              <li key={c.slug} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                {c.canManage ? (
                  <Link href={`/${c.slug}`} className="text-lg font-semibold text-blue-800 hover:underline">
                    {c.name}
                  </Link>
                ) : (
                  <Link href={`/${c.slug}/review`} className="text-lg font-semibold text-blue-800 hover:underline">
                    {c.name}
                  </Link>
                )}
                <p className="text-sm text-slate-600">
                  {formatDateKey(c.startDate, 'short')} – {formatDateKey(c.endDate, 'short')} · {c.location}
                </p>
                <p className="mt-2 text-xs text-slate-500">
                  {user.isAdmin ? 'Administrator' : c.roles.map((r) => ROLE_LABEL[r]).join(', ')}
                </p>
                {(c.roles.includes('REVIEWER') || !c.canManage) && (
                  <Link href={`/${c.slug}/review`} className="mt-2 inline-block text-sm font-medium text-blue-800 hover:underline" data-testid={`review-link-${c.slug}`}>
                    Review proposals →
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
