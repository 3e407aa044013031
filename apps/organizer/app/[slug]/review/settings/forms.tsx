'use client';

import { useActionState } from 'react';
import { ActionForm, Checkbox, Select, TextArea, TextField, useFieldValue, type FormState } from '@podium/ui';
import type { AutoAssignState } from '../actions';

type Action = (s: FormState, d: FormData) => Promise<FormState>;

export interface PhaseInitial {
  name: string;
  startsAt: string;
  endsAt: string;
  reviewersCanReview: boolean;
  blind: boolean;
  reviewersSeeOtherReviews: boolean;
  speakersCanEdit: boolean;
  organizersCanDecide: boolean;
}

const NEW_PHASE: PhaseInitial = { name: '', startsAt: '', endsAt: '', reviewersCanReview: true, blind: false, reviewersSeeOtherReviews: false, speakersCanEdit: false, organizersCanDecide: true };

export function PhaseForm({ action, initial, submitLabel, timeZone, testId }: { action: Action; initial?: PhaseInitial; submitLabel: string; timeZone: string; testId?: string }) {
  const v = initial ?? NEW_PHASE;
  return (
    <ActionForm action={action} submitLabel={submitLabel} testId={testId}>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="name" label="Name" initial={v.name} />
        <TextField name="startsAt" label="Starts" type="datetime-local" initial={v.startsAt} hint={`${timeZone}. Empty: already running.`} />
        <TextField name="endsAt" label="Ends" type="datetime-local" initial={v.endsAt} hint={`${timeZone}. Empty: no end.`} />
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        <Checkbox name="reviewersCanReview" label="Reviewers may write and change reviews" initial={v.reviewersCanReview} />
        <Checkbox name="blind" label="Blind: hide speaker names and profiles from reviewers" initial={v.blind} />
        <Checkbox name="reviewersSeeOtherReviews" label="Reviewers see other reviews after writing their own" initial={v.reviewersSeeOtherReviews} />
        <Checkbox name="speakersCanEdit" label="Speakers may still edit submitted proposals" initial={v.speakersCanEdit} />
        <Checkbox name="organizersCanDecide" label="Organizers may accept, reject and waitlist" initial={v.organizersCanDecide} />
      </div>
    </ActionForm>
  );
}

export interface CategoryInitial {
  name: string;
  description: string;
  weight: number;
  minScore: number;
  maxScore: number;
  required: boolean;
  active: boolean;
  trackId: string | null;
}

export function CategoryForm({ action, initial, submitLabel, tracks, testId }: { action: Action; initial?: CategoryInitial; submitLabel: string; tracks: { id: string; name: string }[]; testId?: string }) {
  return (
    <ActionForm action={action} submitLabel={submitLabel} testId={testId}>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr_1fr]">
        <TextField name="name" label="Name" initial={initial?.name} />
        <TextField name="weight" label="Weight" type="number" min={0} step={0.1} initial={String(initial?.weight ?? 1)} />
        <TextField name="minScore" label="Lowest score" type="number" step={1} initial={String(initial?.minScore ?? 0)} />
        <TextField name="maxScore" label="Highest score" type="number" step={1} initial={String(initial?.maxScore ?? 3)} />
      </div>
      <TextArea name="description" label="What reviewers should judge" initial={initial?.description} rows={2} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="trackId" label="Only for track" initial={initial?.trackId ?? ''} options={[{ value: '', label: 'All tracks' }, ...tracks.map((t) => ({ value: t.id, label: t.name }))]} />
        <div className="space-y-2 pt-6">
          <Checkbox name="required" label="Required" initial={initial?.required ?? true} />
          {initial && (
            <>
              <input type="hidden" name="activeShown" value="1" />
              <Checkbox name="active" label="Active (counts in the ranking)" initial={initial.active} />
            </>
          )}
        </div>
      </div>
    </ActionForm>
  );
}

function TrackChoices({ tracks, initial }: { tracks: { id: string; name: string }[]; initial: string[] }) {
  const submitted = useFieldValue('trackIds', '__none__');
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">Tracks (none ticked: all tracks)</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {tracks.map((t) => (
          <label key={t.id} className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" name="trackIds" value={t.id} defaultChecked={submitted === '__none__' ? initial.includes(t.id) : submitted === t.id} className="h-4 w-4 rounded border-slate-300" />
            {t.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function InviteReviewerForm({ action, tracks }: { action: Action; tracks: { id: string; name: string }[] }) {
  return (
    <ActionForm action={action} submitLabel="Send invitation" testId="invite-reviewer-form">
      <TextField
        name="email"
        label="Email address"
        type="email"
        hint="They get a link by mail and become a reviewer once they accept it, signed in with this address (they can create the account there)."
      />
      {tracks.length > 0 && <TrackChoices tracks={tracks} initial={[]} />}
    </ActionForm>
  );
}

export function ReviewerTracksForm({ action, tracks, initial }: { action: Action; tracks: { id: string; name: string }[]; initial: string[] }) {
  return (
    <ActionForm action={action} submitLabel="Save tracks" className="space-y-2 [&_button]:px-2 [&_button]:py-1 [&_button]:text-xs">
      <TrackChoices tracks={tracks} initial={initial} />
    </ActionForm>
  );
}

export function AssignForm({ action, reviewers }: { action: Action; reviewers: { userId: string; name: string }[] }) {
  return (
    <ActionForm action={action} submitLabel="Assign" className="flex flex-wrap items-start gap-2 [&_button]:px-2 [&_button]:py-1 [&_button]:text-xs [&_label]:sr-only">
      <Select name="userId" label="Reviewer" options={[{ value: '', label: 'Add a reviewer…' }, ...reviewers.map((r) => ({ value: r.userId, label: r.name }))]} />
    </ActionForm>
  );
}

export { ButtonForm } from '@podium/ui';

export function AutoAssignForm({ action, defaultK }: { action: (s: AutoAssignState, d: FormData) => Promise<AutoAssignState>; defaultK: number }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as AutoAssignState);
  const error = state.status === 'error' ? state.fields?.reviewsPerProposal : undefined;
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid="auto-assign-form">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="reviewsPerProposal" className="block text-sm font-medium text-slate-700">
            Reviews per proposal
          </label>
          <input
            id="reviewsPerProposal"
            name="reviewsPerProposal"
            type="number"
            min={1}
            max={20}
            step={1}
            defaultValue={state.status === 'error' ? (state.values?.reviewsPerProposal ?? String(defaultK)) : String(defaultK)}
            aria-invalid={!!error}
            aria-describedby={error ? 'reviewsPerProposal-error' : undefined}
            className="mt-1 block w-24 rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
          />
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          {pending ? 'Assigning…' : 'Assign automatically'}
        </button>
      </div>
      {error && (
        <p id="reviewsPerProposal-error" className="text-sm text-red-700" data-testid="error-reviewsPerProposal">
          {error}
        </p>
      )}
      {state.status === 'error' && !error && state.message && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-message">
          {state.message}
        </p>
      )}
      {state.status === 'ok' && state.summary && (
        <div role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="auto-assign-result">
          <p>{state.message}</p>
          <p>
            Load per reviewer: {state.summary.minLoad}–{state.summary.maxLoad} · wanted {state.summary.want} · avoided {state.summary.avoid}
          </p>
          {state.summary.unfilled.length > 0 ? (
            <>
              <p className="mt-1 font-medium text-amber-900">Not fully covered:</p>
              <ul className="list-disc pl-5 text-amber-900">
                {state.summary.unfilled.map((u) => (
                  <li key={u.code}>
                    {u.title} ({u.code}): {u.missing} missing — {u.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Every proposal has its reviewers.</p>
          )}
        </div>
      )}
    </form>
  );
}
