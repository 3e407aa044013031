'use client';

import { ActionForm, TextField, type FormState } from '@podium/ui';

type Action = (s: FormState, d: FormData) => Promise<FormState>;

export function SignUpFromInviteForm({ action, email, minPassword }: { action: Action; email: string; minPassword: number }) {
  return (
    <ActionForm action={action} submitLabel="Create account" testId="invite-sign-up-form">
      <div>
        <p className="block text-sm font-medium text-slate-700">Email</p>
        <p className="mt-1 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="invite-email">
          {email}
        </p>
        <p className="mt-1 text-xs text-slate-500">The address this invitation was sent to.</p>
      </div>
      <TextField name="name" label="Your name" />
      <TextField name="password" label="Password" type="password" hint={`At least ${minPassword} characters.`} />
    </ActionForm>
  );
}

export function AcceptTeamInviteForm({ action, label }: { action: Action; label: string }) {
  return (
    <ActionForm action={action} submitLabel={label} testId="accept-team-invite-form">
      {null}
    </ActionForm>
  );
}
