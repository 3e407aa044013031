import Link from 'next/link';

export function ConferenceNav({
  slug,
  name,
  current,
  reviewerOnly = false,
}: {
  slug: string;
  name: string;
  current: 'overview' | 'sessions' | 'cfp' | 'review' | 'schedule' | 'mail' | 'speakers' | 'import';
  /** Reviewers who are not organizers: only the review is theirs to open. */
  reviewerOnly?: boolean;
}) {
  const item = (key: typeof current, href: string, text: string) => (
    <Link href={href} aria-current={current === key ? 'page' : undefined} className={`text-sm font-medium ${current === key ? 'text-slate-900 underline underline-offset-4' : 'text-slate-600 hover:text-slate-900'}`}>
      {text}
    </Link>
  );
  return (
    <nav aria-label={name} className="flex items-center gap-4">
      <span className="text-sm font-semibold text-slate-900">{name}</span>
      {!reviewerOnly && item('overview', `/${slug}`, 'Overview')}
      {!reviewerOnly && item('sessions', `/${slug}/sessions`, 'Sessions')}
      {!reviewerOnly && item('speakers', `/${slug}/speakers`, 'Speakers')}
      {!reviewerOnly && item('cfp', `/${slug}/cfp`, 'CFP')}
      {item('review', `/${slug}/review`, 'Review')}
      {!reviewerOnly && item('schedule', `/${slug}/schedule`, 'Schedule')}
      {!reviewerOnly && item('mail', `/${slug}/mail`, 'Mail')}
      {!reviewerOnly && item('import', `/${slug}/import`, 'Import')}
    </nav>
  );
}
