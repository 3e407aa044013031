'use client';
// Panels below the schedule grid: the shown day's breaks (add one across all or some rooms, delete one) and the
// recent changes from the audit log. Changes carry the grid's revision like moves do; a stale one refreshes the grid.
import { useEffect, useState } from 'react';
import { describeFailure, scheduleApi } from './schedule-client';
import { addMinutes, localTime, type Grid, type GridDay } from './grid-model';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const minutesOf = (hhmm: string) => {
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

/** The instant of a local HH:MM on the shown day (the day's start is its local opening time). */
export function instantOnDay(day: GridDay, hhmm: string): Date | null {
  const at = minutesOf(hhmm);
  const open = minutesOf(day.localStart);
  return at === null || open === null ? null : addMinutes(day.start, at - open);
}

type Failure = { message: string; fields: Record<string, string> };

export function BlocksPanel({
  slug,
  grid,
  day,
  onChanged,
  onFailure,
}: {
  slug: string;
  grid: Grid;
  day: GridDay;
  onChanged: () => Promise<void>;
  /** A refused change: shown like a refused move (banner, refetch when stale). */
  onFailure: (err: unknown) => Promise<void>;
}) {
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [allRooms, setAllRooms] = useState(true);
  const [roomIds, setRoomIds] = useState<string[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const dayBlocks = grid.blocks.filter((b) => b.start < day.end && b.end > day.start);
  const roomName = new Map(grid.rooms.map((r) => [r.id, r.name]));

  async function add() {
    const fields: Record<string, string> = {};
    if (!title.trim()) fields.title = 'A title is required.';
    const s = instantOnDay(day, start);
    const e = instantOnDay(day, end);
    if (!s) fields.start = 'A time like 12:00.';
    if (!e) fields.end = 'A time like 13:00.';
    else if (s && e <= s) fields.end = 'The end must be after the start.';
    if (!allRooms && roomIds.length === 0) fields.roomIds = 'Choose at least one room, or all rooms.';
    if (Object.keys(fields).length > 0 || !s || !e) {
      setFailure({ message: 'Please correct the marked fields.', fields });
      return;
    }
    setSaving(true);
    try {
      await scheduleApi.schedule.blocks.create.mutate({ slug, title: title.trim(), start: s.toISOString(), end: e.toISOString(), allRooms, roomIds: allRooms ? [] : roomIds, expectedRevision: grid.revision });
      setFailure(null);
      setStatus(`Added “${title.trim()}” ${start}–${end}.`);
      setTitle('');
      setStart('');
      setEnd('');
      await onChanged();
    } catch (err) {
      const f = describeFailure(err);
      setStatus('');
      setFailure({ message: f.message, fields: f.fields });
      await onFailure(err);
    } finally {
      setSaving(false);
    }
  }

  async function remove(id: string, blockTitle: string) {
    setSaving(true);
    try {
      await scheduleApi.schedule.blocks.delete.mutate({ slug, id, expectedRevision: grid.revision });
      setStatus(`Deleted “${blockTitle}”.`);
      await onChanged();
    } catch (err) {
      await onFailure(err);
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (name: string) =>
    failure?.fields[name] ? (
      <span id={`block-error-${name}`} data-testid={`block-error-${name}`} className="block text-xs text-red-700">
        {failure.fields[name]}
      </span>
    ) : null;
  const describedBy = (name: string) => (failure?.fields[name] ? `block-error-${name}` : undefined);

  return (
    <section className="mt-6 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="breaks-heading" data-testid="breaks-panel">
      <h2 id="breaks-heading" className="font-semibold">
        Breaks on this day ({dayBlocks.length})
      </h2>
      {dayBlocks.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No breaks on this day.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {dayBlocks.map((b) => (
            <li key={b.id} className="flex flex-wrap items-baseline gap-2" data-testid="break-item">
              <span className="font-medium">{b.title}</span>
              <span className="tabular-nums">
                {localTime(b.start, grid.timeZone)}–{localTime(b.end, grid.timeZone)}
              </span>
              <span className="text-slate-600">{b.allRooms ? 'all rooms' : b.roomIds.map((id) => roomName.get(id) ?? id).join(', ')}</span>
              <button type="button" disabled={saving} onClick={() => void remove(b.id, b.title)} className="text-red-800 underline disabled:opacity-50">
                Delete “{b.title}”
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="mt-4 space-y-2 text-sm"
        aria-labelledby="add-break-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
        noValidate
      >
        <h3 id="add-break-heading" className="font-semibold">
          Add a break
        </h3>
        <div className="flex flex-wrap items-start gap-3">
          <label className="block">
            <span className="text-slate-700">Break title</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby={describedBy('title')} className="mt-0.5 block rounded-md border border-slate-300 px-2 py-1" />
            {fieldError('title')}
          </label>
          <label className="block">
            <span className="text-slate-700">Starts (HH:MM)</span>
            <input value={start} onChange={(e) => setStart(e.target.value)} placeholder="12:00" inputMode="numeric" aria-describedby={describedBy('start')} className="mt-0.5 block w-24 rounded-md border border-slate-300 px-2 py-1" />
            {fieldError('start')}
          </label>
          <label className="block">
            <span className="text-slate-700">Ends (HH:MM)</span>
            <input value={end} onChange={(e) => setEnd(e.target.value)} placeholder="13:00" inputMode="numeric" aria-describedby={describedBy('end')} className="mt-0.5 block w-24 rounded-md border border-slate-300 px-2 py-1" />
            {fieldError('end')}
          </label>
        </div>
        <fieldset aria-describedby={describedBy('roomIds')}>
          <legend className="text-slate-700">Rooms</legend>
          <label className="mr-4 inline-flex items-center gap-1">
            <input type="checkbox" checked={allRooms} onChange={(e) => setAllRooms(e.target.checked)} /> All rooms
          </label>
          {!allRooms &&
            grid.rooms.map((r) => (
              <label key={r.id} className="mr-3 inline-flex items-center gap-1">
                <input type="checkbox" checked={roomIds.includes(r.id)} onChange={(e) => setRoomIds((ids) => (e.target.checked ? [...ids, r.id] : ids.filter((id) => id !== r.id)))} /> {r.name}
              </label>
            ))}
          {fieldError('roomIds')}
        </fieldset>
        <div className="flex items-center gap-3">
          <button type="submit" disabled={saving} className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white disabled:opacity-50">
            Add break
          </button>
          {failure && (
            <span role="alert" data-testid="break-failure" className="text-red-800">
              {failure.message}
            </span>
          )}
          {status && !failure && (
            <span role="status" data-testid="break-status" className="text-emerald-800">
              {status}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

type AuditEntry = Awaited<ReturnType<typeof scheduleApi.schedule.audit.query>>['entries'][number];

const ACTION_LABELS: Record<string, string> = {
  'schedule.move': 'Moved',
  'schedule.unschedule': 'Unscheduled',
  'schedule.pin': 'Pin',
  'schedule.block.create': 'Added break',
  'schedule.block.update': 'Changed break',
  'schedule.block.delete': 'Deleted break',
  'schedule.settings': 'Changed conflict settings',
  'schedule.days': 'Changed day hours',
  'schedule.room-availability': 'Changed room availability',
  'schedule.release': 'Released the schedule',
  'schedule.import': 'Imported a schedule file',
  'schedule.solve.apply': 'Applied the automatic scheduler',
  'schedule.placements': 'Changed several sessions at once',
  'schedule.session.cancel': 'Cancelled',
  'schedule.session.restore': 'Restored',
};

const SOLVER_MODE_NAMES: Record<string, string> = { place: 'place unscheduled', repair: 'repair conflicts', rooms: 'rooms only', full: 'full re-schedule' };

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** "Room One 09:00–09:30" of a placement as the audit log stores it; "unscheduled" for none. */
function placementText(v: unknown, grid: Grid): string {
  const p = asRecord(v);
  if (!p || typeof p.start !== 'string' || typeof p.end !== 'string') return 'unscheduled';
  const room = grid.rooms.find((r) => r.id === p.roomId)?.name ?? 'a room';
  return `${room} ${localTime(new Date(p.start), grid.timeZone)}–${localTime(new Date(p.end), grid.timeZone)}`;
}

export function describeEntry(e: AuditEntry, grid: Grid): string {
  const before = asRecord(e.before);
  const after = asRecord(e.after);
  const code = String(after?.code ?? before?.code ?? '');
  const title = code ? (grid.slots.find((s) => s.code === code)?.title ?? grid.unscheduled.find((c) => c.code === code)?.title ?? code) : '';
  switch (e.action) {
    case 'schedule.move':
    case 'schedule.unschedule':
      return `${ACTION_LABELS[e.action]} ${title}: ${placementText(e.before, grid)} → ${placementText(e.after, grid)}`;
    case 'schedule.pin':
      return `${after?.pinned ? 'Pinned' : 'Unpinned'} ${title}`;
    case 'schedule.session.cancel': {
      // A cancelled session is no longer on the grid: its title comes from the entry.
      const name = typeof after?.title === 'string' ? after.title : title;
      return before?.placement ? `Cancelled ${name} (was ${placementText(before.placement, grid)})` : `Cancelled ${name}`;
    }
    case 'schedule.session.restore':
      return `Restored ${typeof after?.title === 'string' ? after.title : title} (accepted, off the grid)`;
    case 'schedule.block.create':
    case 'schedule.block.update':
    case 'schedule.block.delete': {
      const b = after ?? before;
      const span = b && typeof b.start === 'string' && typeof b.end === 'string' ? ` ${localTime(new Date(b.start), grid.timeZone)}–${localTime(new Date(b.end), grid.timeZone)}` : '';
      return `${ACTION_LABELS[e.action]} “${String(b?.title ?? '')}”${span}`;
    }
    case 'schedule.solve.apply':
    case 'schedule.placements': {
      const slots = Array.isArray(after?.slots) ? after.slots.length : 0;
      const mode = typeof after?.mode === 'string' ? ` (${SOLVER_MODE_NAMES[after.mode] ?? after.mode})` : '';
      return `${ACTION_LABELS[e.action]}${mode}: ${slots} session${slots === 1 ? '' : 's'} changed`;
    }
    default:
      return ACTION_LABELS[e.action] ?? e.action;
  }
}

const whenFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** "Recent changes": the newest schedule audit entries, reloaded when the grid's revision moves while open. */
export function AuditPanel({ slug, grid }: { slug: string; grid: Grid }) {
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    scheduleApi.schedule.audit
      .query({ slug, limit: 30 })
      .then((r) => {
        if (!cancelled) {
          setEntries(r.entries);
          setError('');
        }
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(describeFailure(err).message);
      });
    return () => {
      cancelled = true;
    };
  }, [open, slug, grid.revision]);
  return (
    <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4" data-testid="audit-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold">Recent changes</summary>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {entries === null ? (
        !error && <p className="mt-2 text-sm text-slate-600">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No changes yet.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {entries.map((e) => (
            <li key={e.id} data-testid="audit-item" data-action={e.action} className="flex flex-wrap gap-2">
              <time dateTime={e.createdAt.toISOString()} className="tabular-nums text-slate-500">
                {whenFormat.format(e.createdAt)}
              </time>
              <span className="font-medium">{e.userName ?? 'Someone'}</span>
              <span>{describeEntry(e, grid)}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
