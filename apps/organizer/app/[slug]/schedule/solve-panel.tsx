'use client';
// The automatic scheduler's panel above the grid: pick a mode and a time limit, start; while it runs, the elapsed
// time, sessions placed and the best score (schedule.solve.status polled about every 500 ms) with Cancel; then the
// proposal as a diff (moved old → new, newly placed, taken off, not placed with reasons, objective parts) with Apply
// (one step: Undo on the grid reverts all of it) or Discard. The grid highlights the proposal while it is shown.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@podium/api';
import { describeFailure, scheduleApi } from './schedule-client';
import { localTime, type Grid } from './grid-model';

type Outputs = inferRouterOutputs<AppRouter>;
export type SolveRun = NonNullable<Outputs['schedule']['solve']['status']>;
export type SolvePreview = NonNullable<SolveRun['preview']>;
export type PlacementItem = Outputs['schedule']['applyPlacements']['undo'][number];
/** An applied proposal as one undoable step: the placements before and after. */
export type BatchStep = { title: string; before: PlacementItem[]; after: PlacementItem[] };
type Mode = SolveRun['mode'];
type Spot = SolvePreview['moved'][number]['to'];

const POLL_MS = 500;
const DEFAULT_LIMIT = 10;

export const MODES: { value: Mode; label: string; help: string }[] = [
  { value: 'place', label: 'Place unscheduled', help: 'Puts unscheduled sessions into free rooms and times; sessions on the grid stay where they are.' },
  { value: 'repair', label: 'Repair conflicts', help: 'Removes blocking conflicts, moving as few sessions as possible and as little as possible.' },
  { value: 'rooms', label: 'Rooms only', help: 'Keeps every time and reassigns rooms: fewest rooms, best fit for the expected audience.' },
  { value: 'full', label: 'Full re-schedule', help: 'Schedules every session from scratch; only pinned sessions stay where they are.' },
];
const modeLabel = (m: Mode) => MODES.find((x) => x.value === m)?.label ?? m;

const PART_LABELS: Record<string, string> = {
  trackRoom: 'Sessions outside their track’s main room',
  trackGap: 'Gaps between sessions of a track',
  trackParallel: 'Same-track sessions in parallel',
  audienceOverlap: 'Audience overlap of parallel sessions',
  preferredTime: 'Sessions outside preferred times',
  moved: 'Sessions moved',
  movedDistance: 'Distance moved',
  roomChanged: 'Room changes',
  capacityFit: 'Empty seats (capacity fit)',
  roomUsed: 'Rooms used',
};

const STATUS_TEXT: Record<SolvePreview['status'], string> = {
  optimal: 'Every session is placed; this is the best schedule by the objective.',
  feasible: 'Every session is placed without hard conflicts (not proven to be the best).',
  partial: 'Some sessions could not be placed: see the reasons below.',
};

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function spotText(s: Spot, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' })));
  return `${s.roomName}, ${f.format(s.start)} ${localTime(s.start, timeZone)}–${localTime(s.end, timeZone)}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence of what a finished run proposes (announced, and shown above the lists). */
export function summarize(p: SolvePreview): string {
  const parts = [
    p.placed.length && `${plural(p.placed.length, 'session')} placed`,
    p.moved.length && `${plural(p.moved.length, 'session')} moved`,
    p.unscheduled.length && `${plural(p.unscheduled.length, 'session')} taken off the grid`,
    p.unplaced.length && `${plural(p.unplaced.length, 'session')} not placed`,
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : 'No change proposed.';
}

export function SolvePanel({
  slug,
  grid,
  initialRun,
  focusOnOpen,
  onClose,
  onPreview,
  onApplied,
  announce,
}: {
  slug: string;
  grid: Grid;
  /** A run to show when the panel opens (a running or finished one found when the grid loaded). */
  initialRun: SolveRun | null;
  /** Opened by the organizer: focus moves to the panel (not when it reopens with the page). */
  focusOnOpen: boolean;
  onClose: () => void;
  /** The proposal the grid should highlight, or null. */
  onPreview: (preview: SolvePreview | null) => void;
  /** An apply succeeded: the grid records it as one undo step and reloads. */
  onApplied: (step: BatchStep, revision: number) => Promise<void>;
  announce: (text: string) => void;
}) {
  const [mode, setMode] = useState<Mode>(initialRun?.mode ?? (grid.unscheduled.length ? 'place' : 'repair'));
  const [limit, setLimit] = useState(String(initialRun?.timeLimitSeconds ?? DEFAULT_LIMIT));
  const [run, setRun] = useState<SolveRun | null>(initialRun);
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const runningRef = useRef<HTMLParagraphElement>(null);
  /** Where focus goes after the next render: the running state once started, the result once finished. */
  const focusNext = useRef<'running' | 'result' | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const ids = useId();

  // Only when the panel opens (the prop does not change while it is open).
  const focusFirst = useRef(focusOnOpen);
  useEffect(() => {
    if (focusFirst.current) headingRef.current?.focus();
  }, []);
  // The part the keyboard user was on disappears when a run starts or ends: focus follows to what replaced it.
  useEffect(() => {
    const target = focusNext.current === 'running' ? runningRef.current : focusNext.current === 'result' ? resultRef.current : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  }, [run?.state]);

  // The grid highlights a finished proposal while it is shown.
  useEffect(() => {
    onPreview(run?.state === 'DONE' ? run.preview : null);
  }, [run, onPreview]);
  useEffect(() => () => onPreview(null), [onPreview]);

  // While the run goes: poll its status; when it ends, announce it and bring focus to the result.
  const runId = run?.runId;
  const running = run?.state === 'RUNNING';
  useEffect(() => {
    if (!runId || !running) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const next = await scheduleApi.schedule.solve.status.query({ slug, runId });
        if (cancelled || !next) return;
        if (next.state === 'RUNNING') setRun(next);
        else {
          if (next.state === 'DONE' && next.preview) announce(`The automatic scheduler finished: ${summarize(next.preview)} Review the proposal, then apply or discard it.`);
          else if (next.state === 'FAILED') announce(next.error ?? 'The automatic scheduler failed.');
          const inside = panelRef.current?.contains(document.activeElement) || document.activeElement === document.body;
          if (inside) focusNext.current = 'result';
          setRun(next);
          return;
        }
      } catch {
        // Offline for a moment: the next poll tries again.
      }
      if (!cancelled) timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [slug, runId, running, announce]);

  // Someone changed the schedule while the proposal is shown: ask again whether it still applies.
  useEffect(() => {
    if (!runId || run?.state !== 'DONE' || grid.revision === run.currentRevision) return;
    scheduleApi.schedule.solve.status
      .query({ slug, runId })
      .then((next) => next && setRun(next))
      .catch(() => undefined);
  }, [slug, runId, run?.state, run?.currentRevision, grid.revision]);

  const start = useCallback(async () => {
    const seconds = Number(limit);
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300) {
      setFailure({ message: 'Please correct the time limit.', fields: { timeLimitSeconds: 'A time limit of 1 to 300 whole seconds.' } });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const next = await scheduleApi.schedule.solve.start.mutate({ slug, mode, timeLimitSeconds: seconds });
      focusNext.current = 'running';
      setRun(next);
      announce(`The automatic scheduler started (${modeLabel(mode)}, up to ${plural(seconds, 'second')}).`);
    } catch (err) {
      const f = describeFailure(err);
      setFailure({ message: f.message, fields: f.fields });
      announce(f.message);
    } finally {
      setBusy(false);
    }
  }, [slug, mode, limit, announce]);

  const discard = useCallback(async () => {
    if (!run) return;
    const wasRunning = run.state === 'RUNNING';
    setBusy(true);
    try {
      await scheduleApi.schedule.solve.discard.mutate({ slug, runId: run.runId });
      announce(wasRunning ? 'Cancelled the automatic scheduler; the schedule is unchanged.' : 'Discarded the proposal; the schedule is unchanged.');
      setRun(null);
      onClose();
    } catch (err) {
      const f = describeFailure(err);
      setFailure({ message: f.message, fields: f.fields });
      announce(f.message);
      const next = await scheduleApi.schedule.solve.status.query({ slug, runId: run.runId }).catch(() => null);
      if (next) setRun(next);
    } finally {
      setBusy(false);
    }
  }, [slug, run, announce, onClose]);

  const apply = useCallback(async () => {
    if (!run) return;
    setBusy(true);
    try {
      const result = await scheduleApi.schedule.solve.applyResult.mutate({ slug, runId: run.runId, expectedRevision: grid.revision });
      const title = `automatic schedule (${modeLabel(run.mode)})`;
      announce(`Applied the ${title}: ${plural(result.changed, 'session')} changed. Undo reverts all of it.`);
      setRun(null);
      await onApplied({ title, before: result.undo, after: result.redo }, result.revision);
      onClose();
    } catch (err) {
      const f = describeFailure(err);
      setFailure({ message: f.message, fields: f.fields });
      announce(f.message);
      const next = await scheduleApi.schedule.solve.status.query({ slug, runId: run.runId }).catch(() => null);
      if (next) setRun(next);
    } finally {
      setBusy(false);
    }
  }, [slug, run, grid.revision, announce, onApplied, onClose]);

  const close = useCallback(() => {
    if (run?.state === 'RUNNING') return;
    onClose();
  }, [run, onClose]);

  const limitError = failure?.fields.timeLimitSeconds;
  const tz = grid.timeZone;
  const preview = run?.state === 'DONE' || run?.state === 'APPLIED' ? run.preview : null;

  return (
    <section
      ref={panelRef}
      id="solve-panel"
      aria-labelledby={`${ids}-heading`}
      data-testid="solve-panel"
      className="mb-4 rounded-lg border border-indigo-200 bg-indigo-50/40 p-4"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && run?.state !== 'RUNNING') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id={`${ids}-heading`} ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
          Automatic scheduler
        </h2>
        {run?.state !== 'RUNNING' && (
          <button type="button" onClick={close} className="text-sm font-medium text-slate-700 underline">
            Close
          </button>
        )}
      </div>

      {failure && (
        <p role="alert" data-testid="solve-error" className="mt-2 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          {failure.message}
        </p>
      )}

      {!run || run.state === 'DISCARDED' || run.state === 'APPLIED' ? (
        <form
          className="mt-3 space-y-3 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <fieldset>
            <legend className="font-medium text-slate-900">Mode</legend>
            <div className="mt-1 grid gap-2 sm:grid-cols-2">
              {MODES.map((m) => (
                <label key={m.value} className={`flex cursor-pointer gap-2 rounded-md border bg-white p-2 ${mode === m.value ? 'border-indigo-500 ring-1 ring-indigo-500' : 'border-slate-200'}`}>
                  <input type="radio" name="solve-mode" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} aria-describedby={`${ids}-${m.value}-help`} className="mt-0.5" />
                  <span>
                    <span className="block font-medium">{m.label}</span>
                    <span id={`${ids}-${m.value}-help`} className="block text-xs text-slate-600">
                      {m.help}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="block max-w-xs">
            <span className="font-medium text-slate-900">Time limit (seconds)</span>
            <input
              type="number"
              min={1}
              max={300}
              step={1}
              value={limit}
              onChange={(e) => setLimit(e.target.value)}
              aria-invalid={limitError ? true : undefined}
              aria-describedby={`${ids}-limit-help${limitError ? ` ${ids}-limit-error` : ''}`}
              className="mt-0.5 block w-32 rounded-md border border-slate-300 px-2 py-1"
            />
            <span id={`${ids}-limit-help`} className="block text-xs text-slate-600">
              1 to 300. The scheduler stops at the limit with the best schedule found so far.
            </span>
            {limitError && (
              <span id={`${ids}-limit-error`} className="block text-xs text-red-700">
                {limitError}
              </span>
            )}
          </label>
          <p className="text-xs text-slate-600">Pinned sessions never move. Nothing changes until you apply the proposal.</p>
          <button type="submit" disabled={busy} className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white disabled:opacity-50">
            Start
          </button>
        </form>
      ) : run.state === 'RUNNING' ? (
        <div className="mt-3 space-y-2 text-sm" data-testid="solve-running">
          <p ref={runningRef} tabIndex={-1} className="outline-none">
            {modeLabel(run.mode)} is running{run.startedBy ? ` (started by ${run.startedBy})` : ''}. You can keep working; nothing changes until you apply the proposal.
          </p>
          <div
            role="progressbar"
            aria-label="Time used of the limit"
            aria-valuemin={0}
            aria-valuemax={run.timeLimitSeconds}
            aria-valuenow={Math.min(run.timeLimitSeconds, Math.round(run.progress.elapsedMs / 1000))}
            aria-valuetext={`${seconds(run.progress.elapsedMs)} of ${run.timeLimitSeconds} s`}
            className="h-2 w-full max-w-md overflow-hidden rounded bg-indigo-100"
          >
            <div className="h-full bg-indigo-600 transition-[width]" style={{ width: `${Math.min(100, (run.progress.elapsedMs / (run.timeLimitSeconds * 1000)) * 100)}%` }} />
          </div>
          <dl className="grid max-w-md grid-cols-3 gap-2">
            <div>
              <dt className="text-xs text-slate-600">Elapsed</dt>
              <dd className="font-semibold tabular-nums" data-testid="solve-elapsed">
                {seconds(run.progress.elapsedMs)} / {run.timeLimitSeconds} s
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">Placed so far</dt>
              <dd className="font-semibold tabular-nums" data-testid="solve-placed">
                {run.progress.placed} of {run.progress.total}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">Best score</dt>
              <dd className="font-semibold tabular-nums" data-testid="solve-score">
                {run.progress.bestScore === null ? '—' : run.progress.bestScore.toLocaleString('en-GB', { maximumFractionDigits: 1 })}
              </dd>
            </div>
          </dl>
          <button type="button" onClick={() => void discard()} disabled={busy} className="rounded-md px-3 py-1.5 font-medium ring-1 ring-slate-400 disabled:opacity-50">
            Cancel
          </button>
        </div>
      ) : run.state === 'FAILED' ? (
        <div className="mt-3 space-y-2 text-sm" data-testid="solve-failed">
          <h3 ref={resultRef} tabIndex={-1} className="font-semibold text-red-900 outline-none">
            The automatic scheduler failed
          </h3>
          <p>{run.error}</p>
          <button type="button" onClick={() => setRun(null)} className="rounded-md px-3 py-1.5 font-medium ring-1 ring-slate-400">
            Try again
          </button>
        </div>
      ) : (
        preview && (
          <div className="mt-3 space-y-3 text-sm" data-testid="solve-preview">
            <h3 ref={resultRef} tabIndex={-1} className="font-semibold outline-none">
              Proposal: {summarize(preview)}
            </h3>
            <p className="text-slate-700">
              {STATUS_TEXT[preview.status]} {modeLabel(run.mode)}, found in {seconds(preview.totalMs)}
              {preview.hardConflicts > 0 ? `; ${plural(preview.hardConflicts, 'hard conflict')} remain` : '; no hard conflicts'}.
              {preview.moved.length + preview.placed.length > 0 && ' Proposed spots are outlined in green on the grid; cards that would move are marked.'}
            </p>
            {!run.applicable && (
              <p role="alert" data-testid="solve-stale" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900">
                The schedule changed since the scheduler started (revision {run.baseRevision}, now {run.currentRevision}): this proposal can no longer be applied. Discard it and run the scheduler again.
              </p>
            )}
            {/* A long proposal scrolls in its own region, so Apply and the grid stay in reach. */}
            <div
              role="region"
              aria-label="Proposed changes"
              tabIndex={0}
              className="max-h-[40vh] space-y-3 overflow-y-auto rounded-md outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
            >
              <DiffList title="Newly placed" testId="solve-placed-list" items={preview.placed.map((p) => ({ key: p.code, code: p.code, text: p.title, detail: `→ ${spotText(p.to, tz)}` }))} />
              <DiffList title="Moved" testId="solve-moved-list" items={preview.moved.map((p) => ({ key: p.code, code: p.code, text: p.title, detail: `${spotText(p.from, tz)} → ${spotText(p.to, tz)}` }))} />
              <DiffList title="Taken off the grid" testId="solve-unscheduled-list" items={preview.unscheduled.map((p) => ({ key: p.code, code: p.code, text: p.title, detail: `was ${spotText(p.from, tz)}` }))} />
              <DiffList title="Not placed" testId="solve-unplaced-list" items={preview.unplaced.map((p) => ({ key: p.code, code: p.code, text: p.title, detail: p.reasons.join(' ') || 'No reason was given.' }))} />
            </div>
            {preview.objective.parts.length > 0 && (
              <details className="rounded-md border border-slate-200 bg-white p-2">
                <summary className="cursor-pointer font-medium">Score {preview.objective.total.toLocaleString('en-GB', { maximumFractionDigits: 1 })} (lower is better): what it is made of</summary>
                <table className="mt-2 text-sm" data-testid="solve-objective">
                  <tbody>
                    {preview.objective.parts.map((p) => (
                      <tr key={p.name}>
                        <th scope="row" className="pr-4 text-left font-normal text-slate-700">
                          {PART_LABELS[p.name] ?? p.name}
                        </th>
                        <td className="text-right tabular-nums">{p.value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            )}
            <div className="flex gap-2">
              <button
                type="button"
                onClick={() => void apply()}
                disabled={busy || !run.applicable || preview.moved.length + preview.placed.length + preview.unscheduled.length === 0}
                className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white disabled:opacity-50"
              >
                Apply
              </button>
              <button type="button" onClick={() => void discard()} disabled={busy} className="rounded-md px-3 py-1.5 font-medium ring-1 ring-slate-400 disabled:opacity-50">
                Discard
              </button>
            </div>
          </div>
        )
      )}
    </section>
  );
}

function DiffList({ title, testId, items }: { title: string; testId: string; items: { key: string; code: string; text: string; detail: string }[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={`${title} (${items.length})`}>
      <h4 className="font-medium">
        {title} ({items.length})
      </h4>
      <ul className="mt-1 space-y-0.5" data-testid={testId}>
        {items.map((i) => (
          <li key={i.key} data-code={i.code} className="flex flex-wrap gap-x-2">
            <span className="font-medium text-slate-900">{i.text}</span>
            <span className="text-slate-600">{i.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
