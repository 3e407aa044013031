import Link from 'next/link';
import { changelogHref, embedHref, scheduleExports } from '../../lib/agenda-links';

/** The agenda's way out: the schedule in other formats, its changelog and the embeddable widget. */
export function ConferenceFooter({ slug }: { slug: string }) {
  const link = 'font-medium text-blue-800 hover:underline';
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white" data-testid="conference-footer">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-5 text-sm text-slate-700">
        <nav aria-label="Schedule exports" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>Schedule as</span>
          {scheduleExports(slug).map((e) => (
            <a key={e.label} href={e.href} className={link} title={e.description}>
              {e.label}
            </a>
          ))}
        </nav>
        <Link href={changelogHref(slug)} className={link}>
          Changelog
        </Link>
        <Link href={embedHref(slug)} className={link}>
          Embed on your site
        </Link>
      </div>
    </footer>
  );
}
