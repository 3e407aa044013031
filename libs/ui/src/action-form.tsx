'use client';

// Forms driven by server actions (React 19 useActionState): they work without JavaScript, show each error next to its
// field, and keep what the person typed when the server refuses it (nothing typed is lost).

import { createContext, useActionState, useContext, useId, type ReactNode } from 'react';

export interface FormState {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fields?: Record<string, string>;
  /** What was submitted, to refill the form after an error. */
  values?: Record<string, string>;
  /** Increments on every answer, so refilled inputs remount with the submitted values. */
  seq?: number;
}

export const initialFormState: FormState = { status: 'idle' };

const FormContext = createContext<FormState>(initialFormState);

export function ActionForm({
  action,
  children,
  submitLabel,
  className,
  testId,
  confirm,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  children: ReactNode;
  submitLabel: string;
  className?: string;
  testId?: string;
  /** Secondary buttons rendered after the submit button. */
  confirm?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <FormContext.Provider value={state}>
      <form action={formAction} className={className ?? 'space-y-4'} data-testid={testId} noValidate key={state.status === 'error' ? state.seq : undefined}>
        {children}
        {state.status !== 'idle' && state.message && (
          <p
            role={state.status === 'error' ? 'alert' : 'status'}
            className={`rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-emerald-50 text-emerald-800'}`}
            data-testid="form-message"
          >
            {state.message}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
            {pending ? 'Saving…' : submitLabel}
          </button>
          {confirm}
        </div>
      </form>
    </FormContext.Provider>
  );
}

/** The value to show in a field: what was just submitted (after an error), else the stored one. */
export function useFieldValue(name: string, initial: string): string {
  const state = useContext(FormContext);
  return state.status === 'error' && state.values && name in state.values ? (state.values[name] ?? '') : initial;
}

const inputClass =
  'mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-1 aria-[invalid=true]:border-red-600 border-slate-300 focus:border-blue-600 focus:ring-blue-600';

export function Field({
  name,
  label,
  hint,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  children: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string; className: string }) => ReactNode;
}) {
  const state = useContext(FormContext);
  const id = useId();
  const error = state.status === 'error' ? state.fields?.[name] : undefined;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, name, 'aria-invalid': !!error, 'aria-describedby': describedBy, className: inputClass })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ name, label, initial = '', hint, type = 'text', ...rest }: { name: string; label: string; initial?: string; hint?: string; type?: string; min?: number; max?: number; step?: number }) {
  const value = useFieldValue(name, initial);
  return (
    <Field name={name} label={label} hint={hint}>
      {(p) => <input {...p} className={type === 'color' ? `${p.className} h-10 cursor-pointer p-1` : p.className} type={type} defaultValue={value} {...rest} />}
    </Field>
  );
}

export function TextArea({ name, label, initial = '', hint, rows = 4 }: { name: string; label: string; initial?: string; hint?: string; rows?: number }) {
  const value = useFieldValue(name, initial);
  return <Field name={name} label={label} hint={hint}>{(p) => <textarea {...p} rows={rows} defaultValue={value} />}</Field>;
}

export function Select({ name, label, initial = '', options, hint }: { name: string; label: string; initial?: string; options: { value: string; label: string }[]; hint?: string }) {
  const value = useFieldValue(name, initial);
  return (
    <Field name={name} label={label} hint={hint}>
      {(p) => (
        <select {...p} defaultValue={value}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({ name, label, initial = false, hint }: { name: string; label: string; initial?: boolean; hint?: string }) {
  const state = useContext(FormContext);
  const checked = state.status === 'error' && state.values ? state.values[name] === 'on' : initial;
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={checked} className="mt-1 h-4 w-4 rounded border-slate-300" />
      <label htmlFor={id} className="text-sm text-slate-700">
        {label}
        {hint && <span className="block text-xs text-slate-500">{hint}</span>}
      </label>
    </div>
  );
}

/** A one-button form (delete, move, remove) that still reports a refusal next to it. */
export function ButtonForm({ action, label, tone = 'neutral' }: { action: (state: FormState, data: FormData) => Promise<FormState>; label: string; tone?: 'neutral' | 'danger' }) {
  return (
    <ActionForm action={action} submitLabel={label} className={`inline-block ${tone === 'danger' ? '[&_button]:bg-red-700 [&_button]:hover:bg-red-600' : '[&_button]:bg-slate-600'} [&_button]:px-2 [&_button]:py-1 [&_button]:text-xs`}>
      {null}
    </ActionForm>
  );
}
