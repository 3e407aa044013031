'use client';

// Importing a schedule file in three steps on one page: choose the file (checked for size before it is sent), read
// the preview of what the import would do, confirm (or choose another file). Server actions with useActionState, so
// it also works without JavaScript (then the server checks the size).

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { ImportReportView } from './import-report';
import { initialImportState, type ImportState } from './import-state';

const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-1 focus:ring-blue-600';
const buttonClass = 'rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60';
const secondaryClass = 'rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60';

function tooLarge(bytes: number, maxBytes: number): string {
  const size = (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
  return `The file is ${size} MB, over the limit of ${maxBytes / (1024 * 1024)} MB. Import larger files with \`npm run podium -- import\`.`;
}

function FieldError({ name, state }: { name: string; state: ImportState }) {
  const message = state.step === 'upload' ? state.fields?.[name] : undefined;
  if (!message || name === 'file') return null;
  return (
    <p className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>
      {message}
    </p>
  );
}

export function ImportForm({
  action,
  maxBytes,
  defaultTimeZone,
  newConference = false,
}: {
  action: (state: ImportState, data: FormData) => Promise<ImportState>;
  maxBytes: number;
  /** The zone files without one are read in (the conference's; for a new conference UTC). */
  defaultTimeZone: string;
  /** Ask for the new conference's slug and name too (administrators). */
  newConference?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialImportState);
  const [clientError, setClientError] = useState('');

  if (state.step === 'done') {
    const slug = state.report.conference.slug;
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="import-done">
          Imported into {state.report.conference.name}.
        </p>
        <ImportReportView report={state.report} />
        <div className="flex flex-wrap gap-3">
          <Link href={`/${slug}/schedule`} className={buttonClass}>
            Open the schedule editor
          </Link>
          <form action={formAction}>
            <button type="submit" name="intent" value="restart" className={secondaryClass}>
              Import another file
            </button>
          </form>
        </div>
      </div>
    );
  }

  if (state.step === 'preview') {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="import-preview">
          Preview of “{state.fileName}”: nothing has been imported yet.
        </p>
        <ImportReportView report={state.report} />
        <form action={formAction} className="flex flex-wrap gap-3" data-testid="confirm-form">
          <input type="hidden" name="fileName" value={state.fileName} />
          <input type="hidden" name="content" value={state.content} />
          <input type="hidden" name="timeZone" value={state.timeZone} />
          <input type="hidden" name="slug" value={state.slug} />
          <input type="hidden" name="name" value={state.name} />
          <button type="submit" name="intent" value="confirm" disabled={pending} className={buttonClass}>
            {pending ? 'Importing…' : 'Import'}
          </button>
          <button type="submit" name="intent" value="restart" disabled={pending} className={secondaryClass}>
            Choose another file
          </button>
        </form>
      </div>
    );
  }

  const values = state.values ?? {};
  const error = clientError || state.error;
  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid="upload-form"
      key={state.seq}
      onSubmit={(e) => {
        if (clientError) e.preventDefault();
      }}
    >
      {newConference && (
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="import-slug" className="block text-sm font-medium text-slate-700">
              Slug (in the conference&apos;s addresses)
            </label>
            <input id="import-slug" name="slug" required defaultValue={values.slug ?? ''} placeholder="fosdem-2021" className={inputClass} aria-invalid={!!state.fields?.slug} />
            <FieldError name="slug" state={state} />
          </div>
          <div>
            <label htmlFor="import-name" className="block text-sm font-medium text-slate-700">
              Name
            </label>
            <input id="import-name" name="name" defaultValue={values.name ?? ''} className={inputClass} aria-invalid={!!state.fields?.name} />
            <p className="mt-1 text-xs text-slate-500">Empty: the file&apos;s title.</p>
            <FieldError name="name" state={state} />
          </div>
        </div>
      )}
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
          Schedule file
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".xml,.json,application/xml,text/xml,application/json"
          className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
          aria-describedby="import-file-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setClientError(file && file.size > maxBytes ? tooLarge(file.size, maxBytes) : '');
          }}
        />
        <p id="import-file-hint" className="mt-1 text-xs text-slate-500">
          frab or pretalx schedule.xml / schedule.json, FOSDEM&apos;s pentabarf XML, or Sessionize JSON (/view/All); at most {maxBytes / (1024 * 1024)} MB.
        </p>
      </div>
      <div className="max-w-sm">
        <label htmlFor="import-zone" className="block text-sm font-medium text-slate-700">
          Time zone for files that name none
        </label>
        <input id="import-zone" name="timeZone" defaultValue={values.timeZone ?? ''} placeholder={defaultTimeZone} className={inputClass} aria-invalid={!!state.fields?.timeZone} />
        <p className="mt-1 text-xs text-slate-500">pentabarf and Sessionize files have local times only. Empty: {defaultTimeZone}.</p>
        <FieldError name="timeZone" state={state} />
      </div>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-message">
          {error}
        </p>
      )}
      <button type="submit" name="intent" value="preview" disabled={pending || !!clientError} className={buttonClass}>
        {pending ? 'Reading…' : 'Preview import'}
      </button>
    </form>
  );
}
