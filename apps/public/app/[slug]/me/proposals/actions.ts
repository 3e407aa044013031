'use server';

import { redirect } from 'next/navigation';
import { answersFrom, refusal, text } from '../../../../lib/form';
import { getApi } from '../../../../lib/server';
import type { PortalFormState } from '../../../_components/form-state';

const proposalPage = (slug: string, code: string, saved: string, anchor = '') =>
  `/${encodeURIComponent(slug)}/me/proposals/${encodeURIComponent(code)}?saved=${saved}${anchor}`;

/** Save draft / Submit / Save changes: one form, the button pressed says which. */
export async function saveProposalAction(_prev: PortalFormState, data: FormData): Promise<PortalFormState> {
  const slug = text(data, 'slug');
  const code = text(data, 'code') || null;
  const intent = text(data, 'intent');
  const input = {
    slug,
    title: text(data, 'title'),
    abstract: text(data, 'abstract'),
    description: text(data, 'description'),
    notes: text(data, 'notes'),
    sessionTypeId: text(data, 'sessionTypeId') || null,
    trackId: text(data, 'trackId') || null,
    answers: answersFrom(data),
  };
  const api = await getApi();
  let result: { code: string };
  try {
    if (intent === 'submit') result = await api.speaker.submit({ ...input, code });
    else if (intent === 'update' && code) result = await api.speaker.update({ ...input, code });
    else result = await api.speaker.saveDraft({ ...input, code });
  } catch (err) {
    return refusal(err, data);
  }
  redirect(proposalPage(slug, result.code, intent === 'submit' ? 'submitted' : intent === 'update' ? 'updated' : 'draft'));
}

type StateAction = 'withdraw' | 'confirm' | 'decline';
const DONE: Record<StateAction, string> = { withdraw: 'withdrawn', confirm: 'confirmed', decline: 'declined' };

/** Withdraw, confirm or decline (the button's value says which). */
export async function proposalStateAction(_prev: PortalFormState, data: FormData): Promise<PortalFormState> {
  const slug = text(data, 'slug');
  const code = text(data, 'code');
  const action = text(data, 'do') as StateAction;
  if (!(action in DONE)) return { status: 'error', message: 'Unknown action.' };
  const api = await getApi();
  try {
    await api.speaker[action]({ slug, code });
  } catch (err) {
    return refusal(err, data);
  }
  redirect(proposalPage(slug, code, DONE[action]));
}

export async function inviteCoSpeakerAction(_prev: PortalFormState, data: FormData): Promise<PortalFormState> {
  const slug = text(data, 'slug');
  const code = text(data, 'code');
  const api = await getApi();
  try {
    await api.speaker.inviteCoSpeaker({ slug, code, email: text(data, 'email') });
  } catch (err) {
    return refusal(err, data);
  }
  redirect(proposalPage(slug, code, 'invited', '#co-speakers'));
}
