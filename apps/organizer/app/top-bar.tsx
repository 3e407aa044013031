import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from './sign-out-button';

export function TopBar({ user, children }: { user: { name: string; email: string | null }; children?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-center gap-6">
          <Link href="/" className="font-bold tracking-tight">
            Podium <span className="font-normal text-slate-500">Organizer</span>
          </Link>
          {children}
        </div>
        <div className="flex items-center gap-4">
          <span className="text-sm text-slate-600" data-testid="signed-in-as">
            {user.name}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
