'use client';

import { ActionForm, Checkbox, Select, TextArea, TextField, type FormState } from '@podium/ui';

type Action = (s: FormState, d: FormData) => Promise<FormState>;

export function WindowForm({ action, initial, timeZone }: { action: Action; initial: { cfpOpensAt: string; cfpClosesAt: string; cfpText: string; collectAvailability: boolean }; timeZone: string }) {
  return (
    <ActionForm action={action} submitLabel="Save call for papers" testId="cfp-window-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="cfpOpensAt" label="Opens" type="datetime-local" initial={initial.cfpOpensAt} hint={`Local time (${timeZone}). Empty: open now.`} />
        <TextField name="cfpClosesAt" label="Deadline" type="datetime-local" initial={initial.cfpClosesAt} hint={`Local time (${timeZone}). Empty: no deadline.`} />
      </div>
      <TextArea name="cfpText" label="Text of the call (Markdown)" initial={initial.cfpText} rows={6} />
      <Checkbox name="collectAvailability" label="Ask speakers when they are available" initial={initial.collectAvailability} />
    </ActionForm>
  );
}

export function SessionTypeForm({ action, initial, submitLabel, timeZone }: { action: Action; initial?: { name: string; defaultDurationMinutes: number; description: string; cfpClosesAt: string }; submitLabel: string; timeZone: string }) {
  return (
    <ActionForm action={action} submitLabel={submitLabel}>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="name" label="Name" initial={initial?.name} />
        <TextField name="defaultDurationMinutes" label="Duration (minutes)" type="number" min={5} max={1440} initial={initial ? String(initial.defaultDurationMinutes) : '30'} />
        <TextField name="cfpClosesAt" label="Own deadline" type="datetime-local" initial={initial?.cfpClosesAt} hint={`Optional, ${timeZone}`} />
      </div>
      <TextField name="description" label="Description" initial={initial?.description} />
    </ActionForm>
  );
}

export function TrackForm({ action, initial, submitLabel }: { action: Action; initial?: { name: string; color: string; description: string }; submitLabel: string }) {
  return (
    <ActionForm action={action} submitLabel={submitLabel}>
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <TextField name="name" label="Name" initial={initial?.name} />
        <TextField name="color" label="Colour" type="color" initial={initial?.color ?? '#4b5563'} />
      </div>
      <TextField name="description" label="Description" initial={initial?.description} />
    </ActionForm>
  );
}

export interface QuestionInitial {
  target: string;
  kind: string;
  label: string;
  helpText: string;
  required: boolean;
  active: boolean;
  options: string[];
  trackId: string | null;
  sessionTypeId: string | null;
}

export function QuestionForm({
  action,
  initial,
  submitLabel,
  kinds,
  tracks,
  sessionTypes,
}: {
  action: Action;
  initial?: QuestionInitial;
  submitLabel: string;
  kinds: { value: string; label: string }[];
  tracks: { id: string; name: string }[];
  sessionTypes: { id: string; name: string }[];
}) {
  return (
    <ActionForm action={action} submitLabel={submitLabel}>
      <TextField name="label" label="Question" initial={initial?.label} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="kind" label="Kind of answer" initial={initial?.kind ?? 'TEXT'} options={kinds} />
        <Select
          name="target"
          label="Asked"
          initial={initial?.target ?? 'PROPOSAL'}
          options={[
            { value: 'PROPOSAL', label: 'for each proposal' },
            { value: 'SPEAKER', label: 'once per speaker' },
          ]}
        />
      </div>
      <TextArea name="options" label="Choices (one per line)" initial={initial?.options.join('\n')} rows={3} hint="Only for “one choice” and “several choices”." />
      <TextField name="helpText" label="Help text" initial={initial?.helpText} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="trackId" label="Only for track" initial={initial?.trackId ?? ''} options={[{ value: '', label: 'All tracks' }, ...tracks.map((t) => ({ value: t.id, label: t.name }))]} hint="Proposal questions only." />
        <Select name="sessionTypeId" label="Only for session type" initial={initial?.sessionTypeId ?? ''} options={[{ value: '', label: 'All session types' }, ...sessionTypes.map((t) => ({ value: t.id, label: t.name }))]} />
      </div>
      <div className="flex flex-wrap gap-6">
        <Checkbox name="required" label="Required" initial={initial?.required ?? false} />
        {initial && <Checkbox name="active" label="Active (asked in the CFP)" initial={initial.active} />}
      </div>
    </ActionForm>
  );
}

export { ButtonForm } from '@podium/ui';
