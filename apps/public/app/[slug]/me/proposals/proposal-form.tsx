'use client';

import { PortalForm, RefusedNote, SelectInput, SubmitButton, TextArea, TextInput } from '../../../_components/form';
import { QuestionField, type QuestionView } from '../../../_components/question-field';
import { inviteCoSpeakerAction, proposalStateAction, saveProposalAction } from './actions';

type Answer = string | number | boolean | string[];

export interface ProposalFormProps {
  slug: string;
  code: string | null;
  /** new and draft: Save draft + Submit; submitted: Save changes. */
  mode: 'new' | 'draft' | 'submitted';
  initial: { title: string; abstract: string; description: string; notes: string; sessionTypeId: string; trackId: string; answers: Record<string, Answer> };
  sessionTypes: { value: string; label: string }[];
  tracks: { value: string; label: string }[];
  questions: QuestionView[];
}

// Forms that redirect back to their own page on success are keyed (by the page) on the saved version: React keeps a
// form's last action state across that navigation, so without a new key an old refusal would still show.
export function ProposalForm({ slug, code, mode, initial, sessionTypes, tracks, questions }: ProposalFormProps) {
  return (
    <PortalForm action={saveProposalAction} testId="proposal-form" className="space-y-6">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="code" value={code ?? ''} />
      <TextInput name="title" label="Title" required initial={initial.title} hint="At most 200 characters." />
      <SelectInput
        name="sessionTypeId"
        label="Session type"
        required
        initial={initial.sessionTypeId}
        placeholder={sessionTypes.length > 1 ? 'Choose…' : undefined}
        options={sessionTypes}
      />
      {tracks.length > 0 && <SelectInput name="trackId" label="Track" initial={initial.trackId} placeholder="No particular track" options={tracks} />}
      <TextArea name="abstract" label="Abstract" required initial={initial.abstract} rows={5} hint="A short summary for the program. Needed to submit; a draft may leave it empty." />
      <TextArea name="description" label="Description" initial={initial.description} rows={7} hint="More detail for the program committee: outline, what attendees learn." />
      <TextArea name="notes" label="Notes for the organizers" initial={initial.notes} rows={3} hint="Not published. Anything the organizers should know." />
      {questions.length > 0 && (
        <section aria-labelledby="questions-title" className="space-y-5 rounded-lg border border-slate-200 bg-slate-50 p-4">
          <h2 id="questions-title" className="text-base font-semibold">
            Questions from the organizers
          </h2>
          {questions.map((q) => (
            <QuestionField key={q.id} question={q} value={initial.answers[q.id]} />
          ))}
        </section>
      )}
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-5">
        {mode === 'submitted' ? (
          <SubmitButton name="intent" value="update" testId="save-changes">
            Save changes
          </SubmitButton>
        ) : (
          <>
            <SubmitButton name="intent" value="draft" variant="secondary" testId="save-draft">
              Save draft
            </SubmitButton>
            <SubmitButton name="intent" value="submit" testId="submit">
              Submit proposal
            </SubmitButton>
          </>
        )}
        <RefusedNote />
      </div>
    </PortalForm>
  );
}

export function ProposalStateButton({ slug, code, action, label, variant, testId }: { slug: string; code: string; action: 'withdraw' | 'confirm' | 'decline'; label: string; variant: 'primary' | 'secondary' | 'danger'; testId: string }) {
  return (
    <PortalForm action={proposalStateAction} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="code" value={code} />
      <SubmitButton name="do" value={action} variant={variant} testId={testId}>
        {label}
      </SubmitButton>
    </PortalForm>
  );
}

export function InviteForm({ slug, code }: { slug: string; code: string }) {
  return (
    <PortalForm action={inviteCoSpeakerAction} testId="invite-form" className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="code" value={code} />
      <TextInput name="email" label="Invite a co-speaker by email" type="email" required inputMode="email" autoComplete="off" hint="They get a link to join this proposal (valid for 14 days)." />
      <SubmitButton variant="secondary" testId="send-invite">
        Send invitation
      </SubmitButton>
    </PortalForm>
  );
}
