'use client';

/** Ticks or clears every mail checkbox of the form it sits in (only with JavaScript; each row has its own box). */
export function SelectAll({ label }: { label: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      className="h-4 w-4"
      onChange={(e) => {
        const form = e.currentTarget.form;
        if (!form) return;
        for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="ids"]')) box.checked = e.currentTarget.checked;
      }}
    />
  );
}
