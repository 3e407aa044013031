import type { SubmissionState } from '@podium/domain';

const COLORS: Record<SubmissionState, string> = {
  DRAFT: 'bg-slate-100 text-slate-800 ring-slate-300',
  SUBMITTED: 'bg-blue-50 text-blue-900 ring-blue-200',
  ACCEPTED: 'bg-amber-50 text-amber-900 ring-amber-300',
  CONFIRMED: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  WAITLISTED: 'bg-violet-50 text-violet-900 ring-violet-200',
  REJECTED: 'bg-slate-100 text-slate-700 ring-slate-300',
  WITHDRAWN: 'bg-slate-100 text-slate-700 ring-slate-300',
  CANCELED: 'bg-red-50 text-red-900 ring-red-200',
};

export function StateBadge({ state, label, testId }: { state: SubmissionState; label: string; testId?: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${COLORS[state]}`} data-testid={testId}>
      {label}
    </span>
  );
}
