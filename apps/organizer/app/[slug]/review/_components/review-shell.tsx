import Link from 'next/link';
import type { ReactNode } from 'react';
import { TopBar } from '../../../top-bar';
import { ConferenceNav } from '../../conference-nav';

export type ReviewTab = 'proposals' | 'ranking' | 'settings';

/** The frame of every review page: top bar, conference navigation, the review's own tabs and the phase banner. */
export function ReviewShell({
  slug,
  conferenceName,
  user,
  isOrganizer,
  current,
  phase,
  children,
}: {
  slug: string;
  conferenceName: string;
  user: { name: string; email: string | null };
  isOrganizer: boolean;
  current: ReviewTab | null;
  phase?: { name: string | null; phased: boolean; blind: boolean } | null;
  children: ReactNode;
}) {
  const tab = (key: ReviewTab, href: string, text: string) => (
    <Link
      href={href}
      aria-current={current === key ? 'page' : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${current === key ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-200'}`}
    >
      {text}
    </Link>
  );
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conferenceName} current="review" reviewerOnly={!isOrganizer} />
      </TopBar>
      <div className="mx-auto max-w-6xl px-4 pt-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <nav aria-label="Review" className="flex gap-1">
            {tab('proposals', `/${slug}/review`, 'Proposals')}
            {isOrganizer && tab('ranking', `/${slug}/review/ranking`, 'Ranking')}
            {isOrganizer && tab('settings', `/${slug}/review/settings`, 'Settings')}
          </nav>
          {phase && (
            <p className="text-sm text-slate-600" data-testid="phase-banner">
              {phase.name ? (
                <>
                  Phase: <strong className="text-slate-900">{phase.name}</strong>
                  {phase.blind && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900" title="Reviewers do not see who the speakers are.">blind</span>}
                </>
              ) : phase.phased ? (
                'No review phase is running.'
              ) : (
                'No review phases configured: reviewing and deciding are open.'
              )}
            </p>
          )}
        </div>
      </div>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}

export function formatScore(n: number | null, digits = 2): string {
  if (n === null) return '–';
  return Number.isInteger(n) ? String(n) : n.toFixed(digits).replace(/0+$/, '').replace(/\.$/, '');
}
