import { safeCallbackPath } from '@podium/auth';
import type { Metadata } from 'next';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths: never bounce a signed-in user to another host.
  const target = safeCallbackPath(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold tracking-tight">Podium</h1>
        <p className="mt-1 text-sm text-slate-600">Sign in to manage your conference.</p>
        <SignInForm callbackUrl={target} initialError={error ? 'Wrong email or password.' : null} />
      </div>
    </main>
  );
}
