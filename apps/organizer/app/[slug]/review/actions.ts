'use server';

// Server actions of the review pages: each one calls the API as the signed-in user (which checks every right) and
// turns refusals into messages next to the fields. They work without JavaScript.

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { TRPCError } from '@trpc/server';
import type { FormState } from '@podium/ui';
import { getApi } from '../../../lib/server';
import { formValues, runForm } from '../../../lib/form-action';

const str = (d: FormData, k: string) => String(d.get(k) ?? '');
const num = (d: FormData, k: string) => {
  const v = str(d, k).trim();
  return v === '' ? Number.NaN : Number(v);
};
const refresh = (slug: string) => revalidatePath(`/${slug}/review`, 'layout');

let seq = 0;

function refusal(err: unknown): { message: string; fields?: Record<string, string> } {
  if (!(err instanceof TRPCError) || err.code === 'INTERNAL_SERVER_ERROR') throw err;
  const cause = err.cause as { fields?: Record<string, string>; issues?: { path: PropertyKey[]; message: string }[] } | undefined;
  const fields = cause?.fields ?? (cause?.issues ? Object.fromEntries(cause.issues.map((i) => [i.path.map(String).join('.'), i.message])) : undefined);
  const message = err.code === 'BAD_REQUEST' && fields && Object.keys(fields).length ? 'Please correct the marked fields.' : err.message;
  return { message, fields };
}

// ------------------------------------------------------------------ the reviewer's side

export async function saveReview(slug: string, code: string, categoryIds: string[], _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const scores = Object.fromEntries(
    categoryIds.map((id) => {
      const raw = str(d, `scores.${id}`).trim();
      return [id, raw === '' ? null : Number(raw)];
    }),
  );
  const r = await runForm(d, () => api.review.save({ slug, code, text: str(d, 'text'), scores }), 'Your review is saved.');
  refresh(slug);
  return r;
}

export async function declareConflict(slug: string, code: string): Promise<void> {
  const api = await getApi();
  try {
    await api.review.declareConflict({ slug, code });
  } catch (err) {
    if (err instanceof TRPCError && err.code === 'NOT_FOUND') notFound();
    throw err;
  }
  refresh(slug);
  redirect(`/${slug}/review?conflict=${encodeURIComponent(code)}`);
}

export async function removeConflict(slug: string, code: string): Promise<void> {
  const api = await getApi();
  try {
    await api.review.removeConflict({ slug, code });
  } catch (err) {
    if (!(err instanceof TRPCError && err.code === 'NOT_FOUND')) throw err;
  }
  refresh(slug);
}

export async function bid(slug: string, code: string, d: FormData): Promise<void> {
  const preference = str(d, 'preference');
  if (preference !== 'WANT' && preference !== 'NEUTRAL' && preference !== 'AVOID') return;
  const api = await getApi();
  await api.review.bid({ slug, code, preference });
  refresh(slug);
}

// ------------------------------------------------------------------ decisions (ranking)

export interface DecideState {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  results?: { code: string; ok: boolean; message: string | null }[];
  seq?: number;
}

/** Bulk (checked rows + a decision button) or one row (its own button, value "decision:CODE"). */
export async function decide(slug: string, _s: DecideState, d: FormData): Promise<DecideState> {
  const row = str(d, 'row');
  const [rowDecision, rowCode] = row ? row.split(':') : [];
  const decision = (rowDecision ?? str(d, 'decision')) as 'accept' | 'reject' | 'waitlist';
  const codes = rowCode ? [rowCode] : d.getAll('codes').map(String);
  const api = await getApi();
  try {
    const res = await api.review.decide({ slug, codes, decision });
    refresh(slug);
    const verb = { accept: 'Accepted', reject: 'Rejected', waitlist: 'Waitlisted' }[decision] ?? 'Decided';
    const message =
      res.decided > 0
        ? `${verb} ${res.decided} proposal${res.decided === 1 ? '' : 's'}; ${res.mails} mail${res.mails === 1 ? '' : 's'} queued in the outbox.`
        : 'Nothing was changed.';
    return { status: res.failed ? 'error' : 'ok', message, results: res.results.filter((r) => !r.ok), seq: ++seq };
  } catch (err) {
    const { message, fields } = refusal(err);
    return { status: 'error', message: fields?.codes ?? fields?.decision ?? message, seq: ++seq };
  }
}

// ------------------------------------------------------------------ settings

const phaseFields = (d: FormData) => ({
  name: str(d, 'name'),
  startsAt: str(d, 'startsAt'),
  endsAt: str(d, 'endsAt'),
  reviewersCanReview: d.get('reviewersCanReview') === 'on',
  blind: d.get('blind') === 'on',
  reviewersSeeOtherReviews: d.get('reviewersSeeOtherReviews') === 'on',
  speakersCanEdit: d.get('speakersCanEdit') === 'on',
  organizersCanDecide: d.get('organizersCanDecide') === 'on',
});

export async function savePhase(slug: string, id: string | undefined, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => (id ? api.review.updatePhase({ slug, id, ...phaseFields(d) }) : api.review.createPhase({ slug, ...phaseFields(d) })), id ? 'Phase saved.' : 'Phase added.');
  refresh(slug);
  return r;
}

export async function deletePhase(slug: string, id: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.review.deletePhase({ slug, id }), 'Phase deleted.');
  refresh(slug);
  return r;
}

const categoryFields = (d: FormData) => ({
  name: str(d, 'name'),
  description: str(d, 'description'),
  weight: num(d, 'weight'),
  minScore: num(d, 'minScore'),
  maxScore: num(d, 'maxScore'),
  required: d.get('required') === 'on',
  active: d.has('activeShown') ? d.get('active') === 'on' : true,
  trackId: str(d, 'trackId') || null,
});

export async function saveCategory(slug: string, id: string | undefined, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(
    d,
    () => (id ? api.review.updateCategory({ slug, id, ...categoryFields(d) }) : api.review.createCategory({ slug, ...categoryFields(d) })),
    id ? 'Score category saved.' : 'Score category added.',
  );
  refresh(slug);
  return r;
}

export async function deleteCategory(slug: string, id: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.review.deleteCategory({ slug, id }), 'Score category deleted.');
  refresh(slug);
  return r;
}

/** Invites a reviewer by email: nothing is granted until they accept the mailed link signed in with that address. */
export async function inviteReviewer(slug: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const done: { sent?: { email: string; replaced: number } } = {};
  const r = await runForm(
    d,
    async () => {
      done.sent = await api.review.inviteReviewer({ slug, email: str(d, 'email'), trackIds: d.getAll('trackIds').map(String) });
    },
    '',
  );
  refresh(slug);
  if (r.status !== 'ok' || !done.sent) return r;
  const { email, replaced } = done.sent;
  const replacedNote = replaced ? ' It replaces the earlier invitation, whose link no longer works.' : '';
  return { ...r, message: `Invitation sent to ${email} — they become a reviewer once they accept.${replacedNote} The mail is in the outbox: send it from Mail.` };
}

export async function revokeInvite(slug: string, id: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.review.revokeInvite({ slug, id }), 'Invitation withdrawn.');
  refresh(slug);
  return r;
}

export async function setReviewerTracks(slug: string, userId: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.review.setReviewerTracks({ slug, userId, trackIds: d.getAll('trackIds').map(String) }), 'Tracks saved.');
  refresh(slug);
  return r;
}

export async function removeReviewer(slug: string, userId: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.review.removeReviewer({ slug, userId }), 'Reviewer removed.');
  refresh(slug);
  return r;
}

export async function assign(slug: string, code: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.review.assign({ slug, code, userId: str(d, 'userId') }), 'Assigned.');
  refresh(slug);
  return r;
}

export async function unassign(slug: string, code: string, userId: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.review.unassign({ slug, code, userId }), 'Assignment removed.');
  refresh(slug);
  return r;
}

export interface AutoAssignState extends FormState {
  summary?: { created: number; proposals: number; reviewers: number; minLoad: number; maxLoad: number; want: number; avoid: number; unfilled: { code: string; title: string; missing: number; reason: string }[] };
}

export async function autoAssign(slug: string, _s: AutoAssignState, d: FormData): Promise<AutoAssignState> {
  const api = await getApi();
  try {
    const r = await api.review.autoAssign({ slug, reviewsPerProposal: num(d, 'reviewsPerProposal') });
    refresh(slug);
    return {
      status: 'ok',
      message: `${r.created} new assignment${r.created === 1 ? '' : 's'} for ${r.proposals} proposal${r.proposals === 1 ? '' : 's'} and ${r.reviewers} reviewer${r.reviewers === 1 ? '' : 's'}.`,
      summary: { created: r.created, proposals: r.proposals, reviewers: r.reviewers, minLoad: r.loads.min, maxLoad: r.loads.max, want: r.preferenceWant, avoid: r.preferenceAvoid, unfilled: r.unfilled },
      seq: ++seq,
    };
  } catch (err) {
    const { message, fields } = refusal(err);
    return { status: 'error', message, fields, values: formValues(d), seq: ++seq };
  }
}
