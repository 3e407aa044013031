'use client';

// Forms driven by server actions (React's useActionState): they work without JavaScript, show each error next to its
// field (aria-describedby), a form-level message with role=alert, and refill what was typed when the server refuses.

import { createContext, useActionState, useContext, useId, type ReactNode } from 'react';
import { idleForm, type PortalFormState } from './form-state';

interface FormCtx {
  state: PortalFormState;
  pending: boolean;
}
const Ctx = createContext<FormCtx>({ state: idleForm, pending: false });

type Action = (state: PortalFormState, data: FormData) => Promise<PortalFormState>;

export function PortalForm({ action, children, className, testId, encType }: { action: Action; children: ReactNode; className?: string; testId?: string; encType?: string }) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <Ctx.Provider value={{ state, pending }}>
      <form action={formAction} noValidate className={className ?? 'space-y-5'} data-testid={testId} key={state.seq ?? 0} encType={encType}>
        {state.status === 'error' && state.message && (
          <p role="alert" data-testid="form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        )}
        {children}
      </form>
    </Ctx.Provider>
  );
}

/** The value to show: what was just submitted (after a refusal), else the stored one. */
export function useValue(name: string, initial: string): string {
  const { state } = useContext(Ctx);
  if (state.status === 'error' && state.values) return state.values[name]?.[0] ?? '';
  return initial;
}
function useValues(name: string, initial: readonly string[]): readonly string[] {
  const { state } = useContext(Ctx);
  if (state.status === 'error' && state.values) return state.values[name] ?? [];
  return initial;
}
export function useFieldError(name: string): string | undefined {
  const { state } = useContext(Ctx);
  return state.status === 'error' ? state.fields?.[name] : undefined;
}

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-blue-600 focus:outline-none focus:ring-1 focus:ring-blue-600 aria-[invalid=true]:border-red-600 sm:text-sm';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Field key of the error when it differs from the input's name. */
  errorKey?: string;
}

function FieldShell({ name, label, hint, required, errorKey, children, as = 'label' }: FieldProps & { children: (p: { id: string; describedBy?: string; invalid: boolean }) => ReactNode; as?: 'label' | 'legend' }) {
  const id = useId();
  const error = useFieldError(errorKey ?? name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const labelText = (
    <>
      {label}
      {required ? <span className="text-red-700"> *</span> : <span className="font-normal text-slate-500"> (optional)</span>}
    </>
  );
  const after = (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700" data-testid={`error-${errorKey ?? name}`}>
          {error}
        </p>
      )}
    </>
  );
  if (as === 'legend') {
    return (
      <fieldset aria-describedby={describedBy} aria-invalid={!!error || undefined}>
        <legend className="block text-sm font-medium text-slate-800">{labelText}</legend>
        {children({ id, describedBy, invalid: !!error })}
        {after}
      </fieldset>
    );
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {labelText}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {after}
    </div>
  );
}

export function TextInput({ initial = '', type = 'text', autoComplete, inputMode, ...field }: FieldProps & { initial?: string; type?: string; autoComplete?: string; inputMode?: 'numeric' | 'decimal' | 'url' | 'email' }) {
  const value = useValue(field.name, initial);
  return (
    <FieldShell {...field}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={field.name}
          type={type}
          defaultValue={type === 'password' ? undefined : value}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          aria-required={field.required || undefined}
          className={inputClass}
        />
      )}
    </FieldShell>
  );
}

export function TextArea({ initial = '', rows = 5, ...field }: FieldProps & { initial?: string; rows?: number }) {
  const value = useValue(field.name, initial);
  return (
    <FieldShell {...field}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} name={field.name} rows={rows} defaultValue={value} aria-invalid={invalid} aria-describedby={describedBy} aria-required={field.required || undefined} className={inputClass} />
      )}
    </FieldShell>
  );
}

export function SelectInput({ initial = '', options, placeholder, ...field }: FieldProps & { initial?: string; options: { value: string; label: string }[]; placeholder?: string }) {
  const value = useValue(field.name, initial);
  return (
    <FieldShell {...field}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={field.name} defaultValue={value} aria-invalid={invalid} aria-describedby={describedBy} aria-required={field.required || undefined} className={inputClass}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Radio buttons (one of) or checkboxes (any of) in a fieldset. */
export function ChoiceGroup({ initial, options, multiple, ...field }: FieldProps & { initial: readonly string[]; options: { value: string; label: string }[]; multiple?: boolean }) {
  const chosen = useValues(field.name, initial);
  return (
    <FieldShell {...field} as="legend">
      {({ describedBy }) => (
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-5">
          {options.map((o) => (
            <label key={o.value} className="flex min-h-6 items-center gap-2 text-sm text-slate-800">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={field.name}
                value={o.value}
                defaultChecked={chosen.includes(o.value)}
                aria-describedby={describedBy}
                className="h-4 w-4 border-slate-400 text-blue-700"
              />
              {o.label}
            </label>
          ))}
        </div>
      )}
    </FieldShell>
  );
}

export function SubmitButton({ children, name, value, variant = 'primary', testId }: { children: ReactNode; name?: string; value?: string; variant?: 'primary' | 'secondary' | 'danger'; testId?: string }) {
  const { pending } = useContext(Ctx);
  const styles = {
    primary: 'bg-slate-900 text-white hover:bg-slate-700',
    secondary: 'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100',
    danger: 'bg-red-700 text-white hover:bg-red-800',
  }[variant];
  return (
    <button type="submit" name={name} value={value} disabled={pending} data-testid={testId} className={`min-h-11 rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles}`}>
      {children}
    </button>
  );
}

/** A line next to the buttons when the form was refused (the reason is at the top of the form). */
export function RefusedNote() {
  const { state } = useContext(Ctx);
  if (state.status !== 'error') return null;
  return <p className="text-sm text-red-700">Not saved yet: see the messages above.</p>;
}
