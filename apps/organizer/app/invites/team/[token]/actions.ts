'use server';

// The team invitation page's actions: create the account for the invited address, accept, or sign out to switch
// accounts. Each calls the API, which checks the link and the address itself; they work without JavaScript.

import { redirect } from 'next/navigation';
import type { FormState } from '@podium/ui';
import { endSession, startSession } from '../../../../lib/auth';
import { runForm } from '../../../../lib/form-action';
import { getApi } from '../../../../lib/server';

const str = (d: FormData, k: string) => String(d.get(k) ?? '');
const here = (token: string) => `/invites/team/${encodeURIComponent(token)}`;

export async function signUpFromInvite(token: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const done: { user?: { userId: string; email: string; name: string } } = {};
  const r = await runForm(
    d,
    async () => {
      done.user = await api.team.signUp({ token, name: str(d, 'name'), password: str(d, 'password') });
    },
    'Account created.',
  );
  if (r.status !== 'ok' || !done.user) return { ...r, values: r.values ? { ...r.values, password: '' } : undefined };
  await startSession({ id: done.user.userId, name: done.user.name, email: done.user.email });
  redirect(here(token));
}

export async function acceptTeamInvite(token: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const done: { to?: string } = {};
  const r = await runForm(
    d,
    async () => {
      const { slug, role } = await api.team.acceptInvite({ token });
      done.to = role === 'REVIEWER' ? `/${slug}/review` : `/${slug}`;
    },
    'Invitation accepted.',
  );
  if (r.status !== 'ok' || !done.to) return r;
  redirect(done.to);
}

export async function signOutForInvite(token: string): Promise<void> {
  await endSession();
  redirect(here(token));
}
