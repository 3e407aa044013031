'use client';

import { useActionState } from 'react';
import { saveTemplate, type FormState } from '../actions';

const input = 'mt-1 block w-full rounded-md border px-3 py-2 shadow-sm focus:outline-none focus:ring-1';
const ok = 'border-slate-300 focus:border-blue-600 focus:ring-blue-600';
const bad = 'border-red-500 focus:border-red-600 focus:ring-red-600';

/** One template's subject and text; errors (e.g. an unknown placeholder) appear next to the field. */
export function TemplateForm({ slug, templateKey, subject, body }: { slug: string; templateKey: string; subject: string; body: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveTemplate, {});
  const value = (name: 'subject' | 'body') => state.values?.[name] ?? { subject, body }[name];
  const error = (name: string) => state.fields?.[name];
  const id = (name: string) => `${templateKey}-${name}`;
  const described = (name: string) => (error(name) ? `${id(name)}-error` : undefined);
  const key = JSON.stringify(state.values ?? null);
  return (
    <form action={action} className="space-y-4" noValidate key={key} data-testid={`template-form-${templateKey}`}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="key" value={templateKey} />
      {state.message && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor={id('subject')} className="block text-sm font-medium text-slate-700">
          Subject
        </label>
        <input id={id('subject')} name="subject" type="text" defaultValue={value('subject')} aria-invalid={!!error('subject')} aria-describedby={described('subject')} className={`${input} ${error('subject') ? bad : ok}`} />
        {error('subject') && (
          <p id={`${id('subject')}-error`} className="mt-1 text-sm text-red-700">
            {error('subject')}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={id('body')} className="block text-sm font-medium text-slate-700">
          Text
        </label>
        <textarea id={id('body')} name="body" rows={10} defaultValue={value('body')} aria-invalid={!!error('body')} aria-describedby={described('body')} className={`${input} font-mono text-sm ${error('body') ? bad : ok}`} />
        {error('body') && (
          <p id={`${id('body')}-error`} className="mt-1 text-sm text-red-700">
            {error('body')}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {pending ? 'Saving…' : 'Save template'}
      </button>
    </form>
  );
}
