import { scheduleHref, type ScheduleQuery } from '../../../lib/agenda-links';

interface Options {
  tracks: { name: string }[];
  rooms: { key: string; name: string }[];
  sessionTypes: string[];
}

const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-blue-600 focus:outline-2 focus:outline-blue-600';
const select = field.replace('px-3', 'px-2');

/**
 * The agenda's search: a plain GET form, so it works without JavaScript and every search has its URL. The server
 * filters; `keep` carries the view and the chosen day through a search.
 */
export function SearchForm({
  slug,
  filter,
  options,
  keep,
}: {
  slug: string;
  filter: { q: string; track: string; room: string; type: string };
  options: Options;
  keep: Pick<ScheduleQuery, 'view' | 'day'>;
}) {
  const active = Boolean(filter.q || filter.track || filter.room || filter.type);
  return (
    <form role="search" aria-label="Sessions" method="get" action={scheduleHref(slug)} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="agenda-search">
      {keep.view && <input type="hidden" name="view" value={keep.view} />}
      {keep.day && <input type="hidden" name="day" value={keep.day} />}
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="agenda-q" className="text-sm font-medium text-slate-800">
            Search
          </label>
          <input id="agenda-q" name="q" type="search" defaultValue={filter.q} placeholder="Title, abstract or speaker" maxLength={200} className={field} />
        </div>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
          Search
        </button>
        {active && (
          <a href={scheduleHref(slug, keep)} className="py-2 text-sm font-medium text-blue-800 hover:underline">
            Clear
          </a>
        )}
      </div>
      {/* Three narrow selects side by side, also on a phone: the search stays two rows high. */}
      <div className="mt-2 grid grid-cols-3 gap-2 sm:gap-3 lg:max-w-3xl">
        <FilterSelect name="track" label="Track" all="All tracks" value={filter.track} choices={options.tracks.map((t) => ({ value: t.name, label: t.name }))} />
        <FilterSelect name="room" label="Room" all="All rooms" value={filter.room} choices={options.rooms.map((r) => ({ value: r.key, label: r.name }))} />
        <FilterSelect name="type" label="Session type" all="All types" value={filter.type} choices={options.sessionTypes.map((t) => ({ value: t, label: t }))} />
      </div>
    </form>
  );
}

/** One labelled filter of the search form; the empty choice means "all". */
function FilterSelect({ name, label, all, value, choices }: { name: string; label: string; all: string; value: string; choices: { value: string; label: string }[] }) {
  return (
    <div className="min-w-0">
      <label htmlFor={`agenda-${name}`} className="text-xs font-medium text-slate-800 sm:text-sm">
        {label}
      </label>
      <select id={`agenda-${name}`} name={name} defaultValue={value} className={select}>
        <option value="">{all}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
