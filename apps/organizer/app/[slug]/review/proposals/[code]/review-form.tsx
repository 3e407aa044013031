'use client';

// The scoring form: one group per score category (radio buttons for short scales, a number field for long ones), a
// comment, errors next to each field. A server action saves it; it works without JavaScript.

import { useActionState, useId } from 'react';
import { initialFormState, type FormState } from '@podium/ui';

interface Category {
  id: string;
  name: string;
  description: string;
  minScore: number;
  maxScore: number;
  required: boolean;
}

export function ReviewForm({
  action,
  categories,
  initial,
  disabledReason,
}: {
  action: (s: FormState, d: FormData) => Promise<FormState>;
  categories: Category[];
  initial: { text: string; scores: Record<string, number> } | null;
  /** Set when the person may not review now: the form is shown read-only with the reason. */
  disabledReason: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const id = useId();
  const errorOf = (name: string) => (state.status === 'error' ? state.fields?.[name] : undefined);
  const valueOf = (name: string, stored: string) => (state.status === 'error' && state.values && name in state.values ? (state.values[name] ?? '') : stored);
  const disabled = disabledReason !== null;
  const textError = errorOf('text');
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="review-form" key={state.seq}>
      {disabledReason && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="review-closed">
          {disabledReason}
        </p>
      )}
      {categories.map((c) => {
        const name = `scores.${c.id}`;
        const error = errorOf(name);
        const current = valueOf(name, initial?.scores[c.id] !== undefined ? String(initial.scores[c.id]) : '');
        const values = Array.from({ length: c.maxScore - c.minScore + 1 }, (_, i) => c.minScore + i);
        const errorId = `${id}-${c.id}-error`;
        const hintId = `${id}-${c.id}-hint`;
        return (
          <fieldset key={c.id} aria-describedby={[c.description ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined} aria-invalid={!!error} data-testid={`score-${c.name}`}>
            <legend className="text-sm font-medium text-slate-800">
              {c.name}
              {!c.required && <span className="font-normal text-slate-500"> (optional)</span>}
              <span className="ml-2 font-normal text-slate-500">
                {c.minScore}–{c.maxScore}
              </span>
            </legend>
            {c.description && (
              <p id={hintId} className="text-xs text-slate-500">
                {c.description}
              </p>
            )}
            {values.length <= 11 ? (
              <div className="mt-2 flex flex-wrap gap-2">
                {values.map((v) => (
                  <label key={v} className="flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-slate-900 has-[:checked]:bg-slate-900 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-600">
                    <input type="radio" name={name} value={v} defaultChecked={current === String(v)} disabled={disabled} className="sr-only" />
                    {v}
                  </label>
                ))}
                {!c.required && (
                  <label className="flex cursor-pointer items-center gap-1.5 rounded-md border border-dashed border-slate-300 px-3 py-1.5 text-sm text-slate-600 has-[:checked]:border-slate-600 has-[:checked]:bg-slate-100">
                    <input type="radio" name={name} value="" defaultChecked={current === ''} disabled={disabled} className="sr-only" />
                    no score
                  </label>
                )}
              </div>
            ) : (
              <input
                type="number"
                name={name}
                min={c.minScore}
                max={c.maxScore}
                step={1}
                defaultValue={current}
                disabled={disabled}
                aria-label={`${c.name} (${c.minScore}–${c.maxScore})`}
                className="mt-2 block w-28 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
              />
            )}
            {error && (
              <p id={errorId} className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
      <div>
        <label htmlFor={`${id}-text`} className="block text-sm font-medium text-slate-800">
          Comments
        </label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={6}
          defaultValue={valueOf('text', initial?.text ?? '')}
          disabled={disabled}
          aria-invalid={!!textError}
          aria-describedby={textError ? `${id}-text-error` : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600"
        />
        {textError && (
          <p id={`${id}-text-error`} className="mt-1 text-sm text-red-700" data-testid="error-text">
            {textError}
          </p>
        )}
      </div>
      {state.status !== 'idle' && state.message && (
        <p role={state.status === 'error' ? 'alert' : 'status'} className={`rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-emerald-50 text-emerald-800'}`} data-testid="form-message">
          {state.message}
        </p>
      )}
      {!disabled && (
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          {pending ? 'Saving…' : initial ? 'Update review' : 'Save review'}
        </button>
      )}
    </form>
  );
}
