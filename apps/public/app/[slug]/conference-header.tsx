import Link from 'next/link';
import { formatDateKey } from '@podium/domain';

export function ConferenceHeader({ conference }: { conference: { slug: string; name: string; location: string; startDate: string; endDate: string } }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-baseline justify-between gap-2 px-4 py-4">
        <div>
          <Link href={`/${conference.slug}/schedule`} className="text-xl font-bold tracking-tight text-slate-900 hover:underline">
            {conference.name}
          </Link>
          <p className="text-sm text-slate-600">
            {formatDateKey(conference.startDate, 'short')} – {formatDateKey(conference.endDate, 'short')}
            {conference.location && ` · ${conference.location}`}
          </p>
        </div>
        <nav aria-label="Conference">
          <Link href={`/${conference.slug}/schedule`} className="text-sm font-medium text-blue-800 hover:underline">
            Schedule
          </Link>
        </nav>
      </div>
    </header>
  );
}
