'use client';

import { ActionForm, Checkbox, TextArea, TextField, type FormState } from '@podium/ui';

export function ReleaseForm({
  action,
  suggestedName,
  mails,
}: {
  action: (s: FormState, d: FormData) => Promise<FormState>;
  suggestedName: string;
  mails: number;
}) {
  return (
    <ActionForm action={action} submitLabel="Release" testId="release-form">
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <TextField name="name" label="Name" initial={suggestedName} hint="Suggested from the last release." />
        <TextArea name="comment" label="Comment (public)" rows={2} hint="Shown on the public changelog, e.g. what changed and why." />
      </div>
      <Checkbox
        name="notify"
        label={`Mail the speakers of new, moved and cancelled sessions (${mails} mail${mails === 1 ? '' : 's'}, each with the session as a calendar file)`}
        hint="The mails wait in the outbox until you send them from Mail."
        initial
      />
    </ActionForm>
  );
}
