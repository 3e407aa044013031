'use client';

import { ActionForm, TextField, type FormState } from '@podium/ui';

type Action = (s: FormState, d: FormData) => Promise<FormState>;
interface Day {
  date: string;
  label: string;
}

export function DaysForm({ action, days }: { action: Action; days: (Day & { start: string; end: string })[] }) {
  return (
    <ActionForm action={action} submitLabel="Save day hours" testId="days-form">
      <div className="grid gap-3 sm:grid-cols-3">
        {days.map((d) => (
          <fieldset key={d.date} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">{d.label}</legend>
            <div className="grid grid-cols-2 gap-2">
              <TextField name={`day.${d.date}.start`} label="From" type="time" initial={d.start} />
              <TextField name={`day.${d.date}.end`} label="To" type="time" initial={d.end} />
            </div>
          </fieldset>
        ))}
      </div>
    </ActionForm>
  );
}

export function RoomForm({ action, initial, submitLabel }: { action: Action; initial?: { name: string; capacity: number | null; description: string }; submitLabel: string }) {
  return (
    <ActionForm action={action} submitLabel={submitLabel}>
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField name="name" label="Name" initial={initial?.name} />
        <TextField name="capacity" label="Seats" type="number" min={1} initial={initial?.capacity == null ? '' : String(initial.capacity)} hint="Empty: unknown" />
      </div>
      <TextField name="description" label="Description" initial={initial?.description} />
    </ActionForm>
  );
}

export function AvailabilityForm({ action, days, windows }: { action: Action; days: Day[]; windows: { date: string; start: string; end: string }[] }) {
  return (
    <ActionForm action={action} submitLabel="Save availability">
      <p className="text-xs text-slate-600">Leave a day empty when the room can be used all day.</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {days.map((d, i) => {
          const w = windows.find((x) => x.date === d.date);
          return (
            <fieldset key={d.date} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium">{d.label}</legend>
              <div className="grid grid-cols-2 gap-2">
                <TextField name={`avail.${d.date}.start`} label="Available from" type="time" initial={w?.start ?? ''} />
                <TextField name={`avail.${d.date}.end`} label="until" type="time" initial={w?.end ?? ''} />
              </div>
              <span className="sr-only">Day {i + 1}</span>
            </fieldset>
          );
        })}
      </div>
    </ActionForm>
  );
}

export { ButtonForm } from '@podium/ui';
