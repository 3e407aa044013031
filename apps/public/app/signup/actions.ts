'use server';

import { redirect } from 'next/navigation';
import { TRPCError } from '@trpc/server';
import { safeCallback, startSession } from '../../lib/auth';
import { refusal, text } from '../../lib/form';
import { getApi } from '../../lib/server';
import type { PortalFormState } from '../_components/form-state';

export async function signUpAction(_prev: PortalFormState, data: FormData): Promise<PortalFormState> {
  const api = await getApi();
  try {
    const user = await api.speaker.signUp({ name: text(data, 'name'), email: text(data, 'email'), password: text(data, 'password') });
    await startSession({ id: user.userId, name: user.name, email: user.email });
  } catch (err) {
    if (err instanceof TRPCError) return refusal(err, data);
    throw err;
  }
  redirect(safeCallback(text(data, 'callbackUrl')));
}
