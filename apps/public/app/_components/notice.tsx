import type { ReactNode } from 'react';

/** A confirmation after a redirect (e.g. "Draft saved."), announced politely to screen readers. */
export function Notice({ children, tone = 'ok', testId = 'notice' }: { children: ReactNode; tone?: 'ok' | 'info' | 'warn'; testId?: string }) {
  const styles = {
    ok: 'border-emerald-200 bg-emerald-50 text-emerald-900',
    info: 'border-blue-200 bg-blue-50 text-blue-900',
    warn: 'border-amber-300 bg-amber-50 text-amber-900',
  }[tone];
  return (
    <div role="status" data-testid={testId} className={`rounded-lg border px-4 py-3 text-sm ${styles}`}>
      {children}
    </div>
  );
}
