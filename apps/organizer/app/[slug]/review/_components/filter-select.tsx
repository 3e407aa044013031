/** One filter of a GET filter form (works without JavaScript): "All …" plus the options. */
export function FilterSelect({ name, label, value, allLabel, options }: { name: string; label: string; value: string; allLabel: string; options: readonly { value: string; label: string }[] }) {
  return (
    <label className="text-sm">
      <span className="block font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={value} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
