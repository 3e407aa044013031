'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@podium/ui';
import { getApi } from '../../../lib/server';
import { runForm } from '../../../lib/form-action';

const str = (d: FormData, k: string) => String(d.get(k) ?? '');
const done = (slug: string) => revalidatePath(`/${slug}/cfp`);

export async function saveWindow(slug: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.cfp.updateWindow({ slug, cfpOpensAt: str(d, 'cfpOpensAt'), cfpClosesAt: str(d, 'cfpClosesAt'), cfpText: str(d, 'cfpText'), collectAvailability: d.get('collectAvailability') === 'on' }), 'Call for papers saved.');
  done(slug);
  return r;
}

export async function saveSessionType(slug: string, id: string | undefined, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const minutes = Number(str(d, 'defaultDurationMinutes'));
  const r = await runForm(d, () => api.cfp.saveSessionType({ slug, id, name: str(d, 'name'), defaultDurationMinutes: Number.isFinite(minutes) ? minutes : -1, description: str(d, 'description'), cfpClosesAt: str(d, 'cfpClosesAt') }), id ? 'Session type saved.' : 'Session type added.');
  done(slug);
  return r;
}

export async function deleteSessionType(slug: string, id: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.cfp.deleteSessionType({ slug, id }), 'Session type deleted.');
  done(slug);
  return r;
}

export async function saveTrack(slug: string, id: string | undefined, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.cfp.saveTrack({ slug, id, name: str(d, 'name'), color: str(d, 'color'), description: str(d, 'description') }), id ? 'Track saved.' : 'Track added.');
  done(slug);
  return r;
}

export async function deleteTrack(slug: string, id: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.cfp.deleteTrack({ slug, id }), 'Track deleted.');
  done(slug);
  return r;
}

export async function saveQuestion(slug: string, id: string | undefined, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const target = str(d, 'target') === 'SPEAKER' ? 'SPEAKER' : 'PROPOSAL';
  const kind = str(d, 'kind') as 'TEXT';
  const r = await runForm(
    d,
    () =>
      api.cfp.saveQuestion({
        slug,
        id,
        target,
        kind,
        label: str(d, 'label'),
        helpText: str(d, 'helpText'),
        required: d.get('required') === 'on',
        active: id ? d.get('active') === 'on' : true,
        options: str(d, 'options').split('\n'),
        trackId: str(d, 'trackId') || null,
        sessionTypeId: str(d, 'sessionTypeId') || null,
      }),
    id ? 'Question saved.' : 'Question added.',
  );
  done(slug);
  return r;
}

export async function deleteQuestion(slug: string, id: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.cfp.deleteQuestion({ slug, id }), 'Question deleted.');
  done(slug);
  return r;
}

export async function moveQuestion(slug: string, id: string, direction: 'up' | 'down', _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.cfp.moveQuestion({ slug, id, direction }), 'Order saved.');
  done(slug);
  return r;
}
