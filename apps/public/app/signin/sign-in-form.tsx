'use client';

import { PortalForm, SubmitButton, TextInput } from '../_components/form';
import { signInAction } from './actions';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <PortalForm action={signInAction} testId="sign-in-form" className="mt-6 space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextInput name="email" label="Email" type="email" required autoComplete="username" inputMode="email" />
      <TextInput name="password" label="Password" type="password" required autoComplete="current-password" />
      <SubmitButton>Sign in</SubmitButton>
    </PortalForm>
  );
}
