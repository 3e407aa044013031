'use client';

import { PortalForm, RefusedNote, SubmitButton, TextArea, TextInput, useFieldError, useValue } from '../../../_components/form';
import { QuestionField, type QuestionView } from '../../../_components/question-field';
import { saveProfileAction } from './actions';

type Answer = string | number | boolean | string[];

export interface ProfileFormProps {
  slug: string;
  initial: { name: string; bio: string; links: string[]; answers: Record<string, Answer> };
  questions: QuestionView[];
  /** Present when the conference asks for availability: the days, and the windows per day (local HH:MM). */
  availability: { date: string; label: string; windows: { start: string; end: string }[] }[] | null;
  timeZone: string;
}

export function ProfileForm({ slug, initial, questions, availability, timeZone }: ProfileFormProps) {
  return (
    <PortalForm action={saveProfileAction} testId="profile-form" className="space-y-6">
      <input type="hidden" name="slug" value={slug} />
      <TextInput name="name" label="Name" required initial={initial.name} autoComplete="name" />
      <TextArea
        name="bio"
        label="Bio"
        initial={initial.bio}
        rows={7}
        hint="Markdown: **bold**, *italic*, [a link](https://example.org), lists. No HTML. At most 5,000 characters."
      />
      <TextArea name="links" label="Links" initial={initial.links.join('\n')} rows={3} hint="One web address per line (https://…): website, blog, social profiles." />
      {questions.length > 0 && (
        <section aria-labelledby="speaker-questions" className="space-y-5 rounded-lg border border-slate-200 bg-slate-50 p-4">
          <h2 id="speaker-questions" className="text-base font-semibold">
            Questions from the organizers
          </h2>
          {questions.map((q) => (
            <QuestionField key={q.id} question={q} value={initial.answers[q.id]} />
          ))}
        </section>
      )}
      {availability && <AvailabilityEditor days={availability} timeZone={timeZone} />}
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-5">
        <SubmitButton testId="save-profile">Save profile</SubmitButton>
        <RefusedNote />
      </div>
    </PortalForm>
  );
}

/** Time windows per conference day; one empty row more than saved, so it works without JavaScript. */
function AvailabilityEditor({ days, timeZone }: { days: NonNullable<ProfileFormProps['availability']>; timeZone: string }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4" data-testid="availability">
      <legend className="px-1 text-base font-semibold">When can you speak?</legend>
      <p className="text-sm text-slate-600">
        Times are local to the conference ({timeZone.replace('_', ' ')}). Leave a day empty if you cannot speak that day.
      </p>
      {days.map((day) => {
        const rows = [...day.windows, { start: '', end: '' }];
        while (rows.length < 2) rows.push({ start: '', end: '' });
        return (
          <div key={day.date}>
            <h3 className="text-sm font-medium text-slate-800">{day.label}</h3>
            <div className="mt-1 space-y-2">
              {rows.map((w, i) => (
                <WindowRow key={i} date={day.date} index={i} dayLabel={day.label} start={w.start} end={w.end} />
              ))}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

function WindowRow({ date, index, dayLabel, start, end }: { date: string; index: number; dayLabel: string; start: string; end: string }) {
  const key = `availability.${date}.${index}`;
  const startValue = useValue(`${key}.start`, start);
  const endValue = useValue(`${key}.end`, end);
  const error = useFieldError(key);
  const errorId = `${key}-error`.replace(/\./g, '-');
  const input = 'block w-32 rounded-md border border-slate-300 px-2 py-1.5 text-base aria-[invalid=true]:border-red-600 sm:text-sm';
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label>
          <span className="sr-only">
            {dayLabel}, window {index + 1}, from
          </span>
          <input type="time" name={`${key}.start`} defaultValue={startValue} aria-invalid={!!error} aria-describedby={error ? errorId : undefined} className={input} />
        </label>
        <span aria-hidden="true">to</span>
        <label>
          <span className="sr-only">
            {dayLabel}, window {index + 1}, until
          </span>
          <input type="time" name={`${key}.end`} defaultValue={endValue} aria-invalid={!!error} aria-describedby={error ? errorId : undefined} className={input} />
        </label>
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700" data-testid={`error-${key}`}>
          {error}
        </p>
      )}
    </div>
  );
}
