import Link from 'next/link';
import { getViewer } from '../../lib/server';
import { signOutAction } from './session-actions';

const link = 'rounded px-1 py-1 text-sm font-medium text-blue-800 hover:underline';

/** Sign in / Sign up, or the signed-in speaker's name, their proposals (in this conference) and Sign out. */
export async function AccountNav({ slug, here }: { slug?: string; here?: string }) {
  const viewer = await getViewer();
  if (!viewer) {
    const back = here ? `?callbackUrl=${encodeURIComponent(here)}` : '';
    return (
      <div className="flex items-center gap-3" data-testid="account-nav">
        <Link href={`/signin${back}`} className={link}>
          Sign in
        </Link>
        <Link href={`/signup${back}`} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-700">
          Sign up
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="account-nav">
      {slug ? (
        <Link href={`/${slug}/me/profile`} className="text-sm text-slate-700 hover:underline" data-testid="signed-in-as">
          {viewer.name}
        </Link>
      ) : (
        <span className="text-sm text-slate-700" data-testid="signed-in-as">
          {viewer.name}
        </span>
      )}
      {slug && (
        <Link href={`/${slug}/me`} className={link}>
          Your proposals
        </Link>
      )}
      <form action={signOutAction}>
        <button type="submit" className="rounded px-1 py-1 text-sm font-medium text-slate-600 hover:text-slate-900 hover:underline">
          Sign out
        </button>
      </form>
    </div>
  );
}
