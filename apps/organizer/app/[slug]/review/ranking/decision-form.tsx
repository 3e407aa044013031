'use client';

// The ranking's form: rows are checked for a bulk decision, or decided one by one with their own buttons. The result
// (what moved, what could not and why) shows above the table. Works without JavaScript.

import { useActionState, type ReactNode } from 'react';
import type { DecideState } from '../actions';

export function DecisionForm({ action, children, disabledReason }: { action: (s: DecideState, d: FormData) => Promise<DecideState>; children: ReactNode; disabledReason: string | null }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as DecideState);
  return (
    <form action={formAction} data-testid="decision-form">
      {state.status !== 'idle' && (
        <div role={state.status === 'error' ? 'alert' : 'status'} className={`mb-3 rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-emerald-50 text-emerald-800'}`} data-testid="decision-message">
          <p>{state.message}</p>
          {state.results && state.results.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {state.results.map((r) => (
                <li key={r.code}>
                  {r.code}: {r.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-700">Selected proposals:</span>
        {(
          [
            ['accept', 'Accept', 'bg-emerald-700 hover:bg-emerald-600'],
            ['waitlist', 'Waitlist', 'bg-amber-600 hover:bg-amber-500'],
            ['reject', 'Reject', 'bg-red-700 hover:bg-red-600'],
          ] as const
        ).map(([value, label, tone]) => (
          <button key={value} type="submit" name="decision" value={value} disabled={pending || !!disabledReason} className={`rounded-md px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50 ${tone}`} data-testid={`bulk-${value}`}>
            {label}
          </button>
        ))}
        {disabledReason && <span className="text-sm text-amber-900">{disabledReason}</span>}
      </div>
      {children}
    </form>
  );
}
