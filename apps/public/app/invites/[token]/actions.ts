'use server';

import { redirect } from 'next/navigation';
import { refusal, text } from '../../../lib/form';
import { getApi } from '../../../lib/server';
import type { PortalFormState } from '../../_components/form-state';

export async function acceptInviteAction(_prev: PortalFormState, data: FormData): Promise<PortalFormState> {
  const api = await getApi();
  let target: { slug: string; code: string };
  try {
    target = await api.speaker.acceptInvite({ token: text(data, 'token') });
  } catch (err) {
    return refusal(err, data);
  }
  redirect(`/${target.slug}/me/proposals/${target.code}?saved=joined`);
}
