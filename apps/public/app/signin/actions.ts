'use server';

import { redirect } from 'next/navigation';
import { authorizeCredentials } from '@podium/auth/next-auth';
import { safeCallback, startSession } from '../../lib/auth';
import { formError, text } from '../../lib/form';
import type { PortalFormState } from '../_components/form-state';

export async function signInAction(_prev: PortalFormState, data: FormData): Promise<PortalFormState> {
  const email = text(data, 'email').trim();
  const password = text(data, 'password');
  const missing: Record<string, string> = {};
  if (!email) missing.email = 'Enter your email.';
  if (!password) missing.password = 'Enter your password.';
  if (Object.keys(missing).length) return formError(data, 'Enter your email and password.', missing);
  const user = await authorizeCredentials(email, password);
  if (!user) return formError(data, 'Wrong email or password.');
  await startSession(user);
  redirect(safeCallback(text(data, 'callbackUrl')));
}
