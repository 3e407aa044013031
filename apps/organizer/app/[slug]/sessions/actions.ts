'use server';

// Server actions of the Sessions pages: cancel a session, or take a cancellation back, after the confirmation page.
// Each calls the API as the signed-in user (which checks every right); a refusal shows on the confirmation page, success
// goes back to the list with a notice. They work without JavaScript.

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@podium/ui';
import { runForm } from '../../../lib/form-action';
import { getApi } from '../../../lib/server';

export async function cancelSession(slug: string, code: string, _prev: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.organizer.cancelSession({ slug, code }), 'Cancelled.');
  if (r.status !== 'ok') return r;
  // The overview, the sessions list, the grid and the release page all show it.
  revalidatePath(`/${slug}`, 'layout');
  redirect(`/${slug}/sessions?cancelled=${encodeURIComponent(code)}#row-${code}`);
}

export async function restoreSession(slug: string, code: string, _prev: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.organizer.restoreSession({ slug, code }), 'Restored.');
  if (r.status !== 'ok') return r;
  revalidatePath(`/${slug}`, 'layout');
  redirect(`/${slug}/sessions?restored=${encodeURIComponent(code)}#row-${code}`);
}
