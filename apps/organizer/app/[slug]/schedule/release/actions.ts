'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@podium/ui';
import { getApi } from '../../../../lib/server';
import { runForm } from '../../../../lib/form-action';

/** Releases the schedule as checked on the page (its revision is bound in): the outcome in one sentence. */
export async function releaseSchedule(slug: string, expectedRevision: number, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  let done = '';
  const state = await runForm(
    d,
    async () => {
      const r = await api.releases.release({
        slug,
        name: String(d.get('name') ?? ''),
        comment: String(d.get('comment') ?? ''),
        expectedRevision,
        notifySpeakers: d.get('notify') === 'on',
      });
      const mails = r.mailsQueued === 0 ? 'No mail queued.' : `${r.mailsQueued} mail${r.mailsQueued === 1 ? '' : 's'} to speakers queued in the outbox.`;
      done = `Released ${r.name}: ${r.changelog.summary}. ${mails}`;
    },
    'Released.',
  );
  revalidatePath(`/${slug}/schedule/release`);
  return state.status === 'ok' ? { ...state, message: done } : state;
}
