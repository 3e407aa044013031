import type { ReactNode } from 'react';
import Link from 'next/link';
import { formatDateKey } from '@podium/domain';
import { FavouritesCount } from '@podium/ui';
import { AccountNav } from '../_components/account-nav';
import { favouritesHref } from '../../lib/agenda-links';

type Section = 'schedule' | 'cfp' | 'me' | 'favourites';

export function ConferenceHeader({
  conference,
  current,
  here,
}: {
  conference: { slug: string; name: string; location: string; startDate: string; endDate: string };
  current?: Section;
  /** This page's path, to come back to after signing in. */
  here?: string;
}) {
  const base = `/${conference.slug}`;
  const tab = (section: Section, href: string, text: string, extra?: ReactNode) => (
    <Link
      href={href}
      aria-current={current === section ? 'page' : undefined}
      className={`text-sm font-medium hover:underline ${current === section ? 'text-slate-900 underline decoration-2 underline-offset-4' : 'text-blue-800'}`}
    >
      {text}
      {extra}
    </Link>
  );
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <div>
          <Link href={`${base}/schedule`} className="text-xl font-bold tracking-tight text-slate-900 hover:underline">
            {conference.name}
          </Link>
          <p className="text-sm text-slate-600">
            {formatDateKey(conference.startDate, 'short')} – {formatDateKey(conference.endDate, 'short')}
            {conference.location && ` · ${conference.location}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <nav aria-label="Conference" className="flex items-center gap-4">
            {tab('schedule', `${base}/schedule`, 'Schedule')}
            {tab('favourites', favouritesHref(conference.slug), 'My favourites', <FavouritesCount conference={conference.slug} />)}
            {tab('cfp', `${base}/cfp`, 'Call for papers')}
          </nav>
          <AccountNav slug={conference.slug} here={here ?? base} />
        </div>
      </div>
    </header>
  );
}
