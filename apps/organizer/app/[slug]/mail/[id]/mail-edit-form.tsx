'use client';

import { useActionState } from 'react';
import { saveMail, type FormState } from '../actions';

const input = 'mt-1 block w-full rounded-md border px-3 py-2 shadow-sm focus:outline-none focus:ring-1';
const ok = 'border-slate-300 focus:border-blue-600 focus:ring-blue-600';
const bad = 'border-red-500 focus:border-red-600 focus:ring-red-600';

/** Edit a mail that was not sent yet; "Save and send" delivers it right after saving. Works without JavaScript too. */
export function MailEditForm({ slug, mail, canSendNow }: { slug: string; mail: { id: string; to: string; subject: string; body: string }; canSendNow: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveMail, {});
  const value = (name: 'to' | 'subject' | 'body') => state.values?.[name] ?? mail[name];
  const error = (name: string) => state.fields?.[name];
  const described = (name: string) => (error(name) ? `${name}-error` : undefined);
  // A new key after each answer puts the typed values back into the uncontrolled fields.
  const key = JSON.stringify(state.values ?? null);
  return (
    <form action={action} className="space-y-4" noValidate key={key}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="id" value={mail.id} />
      {state.message && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="mail-form-error">
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor="mail-to" className="block text-sm font-medium text-slate-700">
          To
        </label>
        <input id="mail-to" name="to" type="email" defaultValue={value('to')} aria-invalid={!!error('to')} aria-describedby={described('to')} className={`${input} ${error('to') ? bad : ok}`} />
        {error('to') && (
          <p id="to-error" className="mt-1 text-sm text-red-700">
            {error('to')}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="mail-subject" className="block text-sm font-medium text-slate-700">
          Subject
        </label>
        <input id="mail-subject" name="subject" type="text" defaultValue={value('subject')} aria-invalid={!!error('subject')} aria-describedby={described('subject')} className={`${input} ${error('subject') ? bad : ok}`} />
        {error('subject') && (
          <p id="subject-error" className="mt-1 text-sm text-red-700">
            {error('subject')}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="mail-body" className="block text-sm font-medium text-slate-700">
          Message
        </label>
        <textarea id="mail-body" name="body" rows={14} defaultValue={value('body')} aria-invalid={!!error('body')} aria-describedby={described('body')} className={`${input} font-mono text-sm ${error('body') ? bad : ok}`} />
        {error('body') && (
          <p id="body-error" className="mt-1 text-sm text-red-700">
            {error('body')}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60">
          Save
        </button>
        <button type="submit" name="intent" value="send" disabled={pending || !canSendNow} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-50">
          Save and send
        </button>
        {pending && <span className="text-sm text-slate-600">Working…</span>}
      </div>
    </form>
  );
}
