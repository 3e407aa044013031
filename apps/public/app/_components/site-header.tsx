import Link from 'next/link';
import { AccountNav } from './account-nav';

/** The header of pages outside a conference (home, sign-in, sign-up, invitations). */
export function SiteHeader({ slug, here }: { slug?: string; here?: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-slate-900">
          Podium
        </Link>
        <AccountNav slug={slug} here={here} />
      </div>
    </header>
  );
}
