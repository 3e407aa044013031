import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { safeCallback } from '../../lib/auth';
import { getViewer } from '../../lib/server';
import { SiteHeader } from '../_components/site-header';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const target = safeCallback((await searchParams).callbackUrl);
  if (await getViewer()) redirect(target);
  const back = target !== '/' ? `?callbackUrl=${encodeURIComponent(target)}` : '';
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-8 sm:py-12">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
          <p className="mt-1 text-sm text-slate-600">Speakers: see and edit your proposals.</p>
          <SignInForm callbackUrl={target} />
          <p className="mt-6 text-sm text-slate-600">
            New here?{' '}
            <Link href={`/signup${back}`} className="font-medium text-blue-800 hover:underline">
              Create a speaker account
            </Link>
          </p>
        </div>
      </main>
    </>
  );
}
