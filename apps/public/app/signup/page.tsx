import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { MIN_PASSWORD_LENGTH } from '@podium/auth';
import { safeCallback } from '../../lib/auth';
import { getViewer } from '../../lib/server';
import { SiteHeader } from '../_components/site-header';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Sign up' };
export const dynamic = 'force-dynamic';

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const target = safeCallback((await searchParams).callbackUrl);
  if (await getViewer()) redirect(target);
  const back = target !== '/' ? `?callbackUrl=${encodeURIComponent(target)}` : '';
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-8 sm:py-12">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight">Create your speaker account</h1>
          <p className="mt-1 text-sm text-slate-600">Propose talks, follow their review and confirm your sessions.</p>
          <SignUpForm callbackUrl={target} minPassword={MIN_PASSWORD_LENGTH} />
          <p className="mt-6 text-sm text-slate-600">
            Already have an account?{' '}
            <Link href={`/signin${back}`} className="font-medium text-blue-800 hover:underline">
              Sign in
            </Link>
          </p>
        </div>
      </main>
    </>
  );
}
