'use client';

import { PortalForm, SubmitButton, TextInput } from '../_components/form';
import { signUpAction } from './actions';

export function SignUpForm({ callbackUrl, minPassword }: { callbackUrl: string; minPassword: number }) {
  return (
    <PortalForm action={signUpAction} testId="sign-up-form" className="mt-6 space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextInput name="name" label="Your name" required autoComplete="name" hint="As it should appear in the program." />
      <TextInput name="email" label="Email" type="email" required autoComplete="email" inputMode="email" />
      <TextInput name="password" label="Password" type="password" required autoComplete="new-password" hint={`At least ${minPassword} characters.`} />
      <SubmitButton>Create account</SubmitButton>
    </PortalForm>
  );
}
