'use client';
// The schedule editor grid: one day at a time, rooms as columns, time as rows at the chosen snapping. Sessions move by
// native drag and drop or by keyboard (Enter picks a card up, arrows move a ghost, Enter drops, Escape cancels), every
// change goes through schedule.move/unschedule with the revision the grid shows (a stale one is refused and the grid
// refreshes), and the grid polls schedule.revision to show other organizers' moves.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { describeFailure, scheduleApi } from './schedule-client';
import { AuditPanel, BlocksPanel } from './schedule-panels';
import { SolvePanel, type BatchStep, type PlacementItem, type SolvePreview, type SolveRun } from './solve-panel';
import {
  addMinutes,
  dayIndexOf,
  dayLabel,
  KIND_LABELS,
  localTime,
  minutesBetween,
  outsideAvailability,
  overlapsAny,
  placementOf,
  PX_PER_MINUTE,
  SNAP_CHOICES,
  type ConflictSettings,
  type Grid,
  type GridCard,
  type GridConflict,
  type GridSlot,
  type Placement,
} from './grid-model';

const POLL_MS = 3000;
const UNDO_DEPTH = 20;
const COLUMN_WIDTH = 190;

/** One undoable change: a single session's move, or a batch (an applied automatic schedule) undone as one. */
type Step = { kind: 'move'; code: string; title: string; before: Placement; after: Placement } | ({ kind: 'batch' } & BatchStep);
/** A card of the proposal shown on the shown day: where it would go. */
type PreviewSpot = { code: string; title: string; kind: 'moved' | 'placed'; startMin: number; duration: number };
type Picked = { code: string; title: string; roomIdx: number; startMin: number; duration: number };
type Dragging = { code: string; mode: 'move' | 'resize'; duration: number; placed: boolean; speakerIds: string[] };
type Banner = { tone: 'error' | 'info'; text: string } | null;

const STATE_BADGE: Record<string, string> = { ACCEPTED: 'not confirmed' };

export function ScheduleEditor({
  slug,
  initialGrid,
  initialSettings,
  latestSolveRun,
}: {
  slug: string;
  initialGrid: Grid;
  initialSettings: ConflictSettings;
  /** The conference's newest automatic-scheduler run (read with the page), or null. */
  latestSolveRun: SolveRun | null;
}) {
  const [grid, setGrid] = useState(initialGrid);
  const [dayIdx, setDayIdx] = useState(0);
  const [snap, setSnap] = useState<number>(15);
  const [banner, setBanner] = useState<Banner>(null);
  const [live, setLive] = useState('');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [dragging, setDragging] = useState<Dragging | null>(null);
  const [undo, setUndo] = useState<Step[]>([]);
  const [redo, setRedo] = useState<Step[]>([]);
  const [busy, setBusy] = useState(false);
  // A run still going, or a proposal that still applies and waits for a decision (the page was reloaded meanwhile),
  // opens the panel with the page.
  const reopen = latestSolveRun && (latestSolveRun.state === 'RUNNING' || latestSolveRun.applicable) ? latestSolveRun : null;
  /** Closed, open (reopened with the page: focus stays where it is) or opened by the organizer (focus moves to it). */
  const [solveOpen, setSolveOpen] = useState<false | 'open' | 'focus'>(reopen ? 'open' : false);
  const [solveRun, setSolveRun] = useState<SolveRun | null>(reopen);
  const [preview, setPreview] = useState<SolvePreview | null>(null);
  const solveButtonRef = useRef<HTMLButtonElement>(null);

  const gridRef = useRef(grid);
  gridRef.current = grid;
  const pickedRef = useRef(picked);
  pickedRef.current = picked;
  const dragRef = useRef<Dragging | null>(null);
  const busyRef = useRef(false);
  const focusAfter = useRef<string | null>(null);

  const day = grid.days[Math.min(dayIdx, grid.days.length - 1)];
  const totalMin = day ? minutesBetween(day.start, day.end) : 0;
  const rooms = useMemo(() => [...grid.rooms].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name)), [grid.rooms]);
  const slotByCode = useMemo(() => new Map(grid.slots.map((s) => [s.code, s])), [grid.slots]);
  const cardByCode = useMemo(() => new Map<string, GridCard | GridSlot>([...grid.unscheduled.map((c) => [c.code, c] as const), ...grid.slots.map((s) => [s.code, s] as const)]), [grid]);

  const refetch = useCallback(async () => {
    try {
      setGrid(await scheduleApi.schedule.grid.query({ slug }));
    } catch (err) {
      setBanner({ tone: 'error', text: describeFailure(err).message });
    }
  }, [slug]);

  const announce = useCallback((text: string) => setLive(text), []);

  // Other organizers' changes: poll the revision, refetch when it moved (not while a card is in someone's hands).
  useEffect(() => {
    const timer = setInterval(async () => {
      if (document.hidden || busyRef.current || pickedRef.current || dragRef.current) return;
      try {
        const { revision } = await scheduleApi.schedule.revision.query({ slug });
        if (revision !== gridRef.current.revision && !busyRef.current && !pickedRef.current && !dragRef.current) await refetch();
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [slug, refetch]);

  // After a change, keep the keyboard user's focus on the card they moved.
  useEffect(() => {
    const code = focusAfter.current;
    if (!code) return;
    const el = document.querySelector<HTMLElement>(`[data-code="${CSS.escape(code)}"]`);
    if (el) {
      focusAfter.current = null;
      el.focus();
    }
  }, [grid, dayIdx]);

  const describePlacement = useCallback(
    (p: NonNullable<Placement>) => {
      const room = gridRef.current.rooms.find((r) => r.id === p.roomId)?.name ?? 'a room';
      return `${room}, ${localTime(new Date(p.start), grid.timeZone)}–${localTime(new Date(p.end), grid.timeZone)}`;
    },
    [grid.timeZone],
  );

  /** Puts a session at a placement (null: unschedules it) through the API; records the step for undo. */
  const apply = useCallback(
    async (code: string, target: Placement, record: 'new' | 'undo' | 'redo'): Promise<boolean> => {
      if (busyRef.current) return false;
      const current = gridRef.current;
      const title = (current.slots.find((s) => s.code === code) ?? current.unscheduled.find((c) => c.code === code))?.title ?? code;
      const before = placementOf(current.slots.find((s) => s.code === code));
      if (!before && !target) return false;
      if (before && target && before.roomId === target.roomId && before.start === target.start && before.end === target.end) return false;
      busyRef.current = true;
      setBusy(true);
      try {
        const result = target
          ? await scheduleApi.schedule.move.mutate({ slug, code, roomId: target.roomId, start: target.start, end: target.end, expectedRevision: current.revision })
          : await scheduleApi.schedule.unschedule.mutate({ slug, code, expectedRevision: current.revision });
        const step = { kind: 'move' as const, code, title, before, after: target };
        if (record === 'undo') {
          setUndo((u) => u.slice(0, -1));
          setRedo((r) => [...r, { ...step, before: target, after: before }].slice(-UNDO_DEPTH));
        } else {
          setUndo((u) => [...u, step].slice(-UNDO_DEPTH));
          setRedo((r) => (record === 'redo' ? r.slice(0, -1) : []));
        }
        const warnings: GridConflict[] = 'conflicts' in result ? (result as { conflicts: GridConflict[] }).conflicts : [];
        const text = target ? `Moved ${title} to ${describePlacement(target)}.` : `Unscheduled ${title}.`;
        announce(warnings.length ? `${text} ${warnings.length} conflict${warnings.length === 1 ? '' : 's'}: ${warnings.map((c) => c.message).join(' ')}` : text);
        setBanner(null);
        focusAfter.current = code;
        setGrid({ ...current, revision: result.revision });
        await refetch();
        return true;
      } catch (err) {
        const failure = describeFailure(err);
        setBanner({ tone: 'error', text: failure.message });
        announce(failure.message);
        if (failure.fields.expectedRevision !== undefined || failure.code === 'NOT_FOUND') await refetch();
        return false;
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [slug, announce, describePlacement, refetch],
  );

  /** Refused change of breaks or pins: shown like a refused move; a stale revision refreshes the grid. */
  const onChangeFailure = useCallback(
    async (err: unknown) => {
      const failure = describeFailure(err);
      setBanner({ tone: 'error', text: failure.message });
      announce(failure.message);
      if (failure.fields.expectedRevision !== undefined || failure.code === 'NOT_FOUND') await refetch();
    },
    [announce, refetch],
  );

  /** Pins or unpins a placed session (the automatic scheduler leaves pinned ones where they are). */
  const togglePin = useCallback(
    async (slot: GridSlot) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      try {
        const pinned = !slot.pinned;
        await scheduleApi.schedule.pin.mutate({ slug, code: slot.code, pinned, expectedRevision: gridRef.current.revision });
        announce(`${pinned ? 'Pinned' : 'Unpinned'} ${slot.title}.`);
        setBanner(null);
        focusAfter.current = slot.code;
        await refetch();
      } catch (err) {
        await onChangeFailure(err);
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [slug, announce, refetch, onChangeFailure],
  );

  /** Undoes or redoes a batch step (an applied automatic schedule) in one change through schedule.applyPlacements. */
  const applyBatch = useCallback(
    async (step: Step & { kind: 'batch' }, record: 'undo' | 'redo'): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = true;
      setBusy(true);
      try {
        const placements: PlacementItem[] = record === 'undo' ? step.before : step.after;
        const result = await scheduleApi.schedule.applyPlacements.mutate({ slug, expectedRevision: gridRef.current.revision, placements });
        if (record === 'undo') {
          setUndo((u) => u.slice(0, -1));
          setRedo((r) => [...r, step].slice(-UNDO_DEPTH));
        } else {
          setRedo((r) => r.slice(0, -1));
          setUndo((u) => [...u, step].slice(-UNDO_DEPTH));
        }
        announce(`${record === 'undo' ? 'Undid' : 'Redid'} the ${step.title}: ${result.changed} session${result.changed === 1 ? '' : 's'} ${record === 'undo' ? 'back where they were' : 'changed again'}.`);
        setBanner(null);
        setGrid({ ...gridRef.current, revision: result.revision });
        await refetch();
        return true;
      } catch (err) {
        const failure = describeFailure(err);
        setBanner({ tone: 'error', text: failure.message });
        announce(failure.message);
        if (failure.fields.expectedRevision !== undefined || failure.code === 'NOT_FOUND') await refetch();
        return false;
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [slug, announce, refetch],
  );

  const undoLast = useCallback(() => {
    const step = undo.at(-1);
    if (step?.kind === 'batch') void applyBatch(step, 'undo');
    else if (step) void apply(step.code, step.before, 'undo');
  }, [undo, apply, applyBatch]);
  const redoLast = useCallback(() => {
    const step = redo.at(-1);
    if (step?.kind === 'batch') void applyBatch(step, 'redo');
    else if (step) void apply(step.code, step.after, 'redo');
  }, [redo, apply, applyBatch]);

  // ---- the automatic scheduler ----
  const closeSolve = useCallback(() => {
    setSolveOpen(false);
    setSolveRun(null);
    setPreview(null);
    setTimeout(() => solveButtonRef.current?.focus(), 0);
  }, []);
  const onSolveApplied = useCallback(
    async (step: BatchStep, revision: number) => {
      setUndo((u) => [...u, { kind: 'batch' as const, ...step }].slice(-UNDO_DEPTH));
      setRedo([]);
      setBanner(null);
      setGrid({ ...gridRef.current, revision });
      await refetch();
    },
    [refetch],
  );

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' && e.key.toLowerCase() !== 'y') return;
      e.preventDefault();
      if (e.key.toLowerCase() === 'y' || e.shiftKey) redoLast();
      else undoLast();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undoLast, redoLast]);

  // ---- placement arithmetic on the shown day ----
  const placementAt = useCallback(
    (roomId: string, startMin: number, duration: number): NonNullable<Placement> | null => {
      if (!day) return null;
      const start = Math.max(0, Math.min(startMin, totalMin - duration));
      return { roomId, start: addMinutes(day.start, start).toISOString(), end: addMinutes(day.start, start + Math.min(duration, totalMin)).toISOString() };
    },
    [day, totalMin],
  );

  // ---- mouse drag and drop ----
  const startDrag = useCallback(
    (code: string, mode: 'move' | 'resize', e: DragEvent) => {
      const card = cardByCode.get(code);
      if (!card) return;
      e.dataTransfer.setData('text/plain', code);
      e.dataTransfer.effectAllowed = 'move';
      const slot = slotByCode.get(code);
      const d: Dragging = { code, mode, duration: slot ? minutesBetween(slot.start, slot.end) : card.durationMinutes, placed: !!slot, speakerIds: card.speakers.map((s) => s.id) };
      dragRef.current = d;
      setDragging(d);
    },
    [cardByCode, slotByCode],
  );
  const endDrag = useCallback(() => {
    dragRef.current = null;
    setDragging(null);
  }, []);

  const dropOnColumn = useCallback(
    (roomId: string, e: DragEvent<HTMLDivElement>) => {
      e.preventDefault();
      const d = dragRef.current;
      endDrag();
      if (!d || !day) return;
      const rect = e.currentTarget.getBoundingClientRect();
      const row = Math.max(0, Math.floor((e.clientY - rect.top) / (snap * PX_PER_MINUTE)));
      if (d.mode === 'resize') {
        const slot = gridRef.current.slots.find((s) => s.code === d.code);
        if (!slot) return;
        const end = Math.min(totalMin, (row + 1) * snap);
        const startMin = minutesBetween(day.start, slot.start);
        if (end <= startMin) return;
        void apply(d.code, { roomId: slot.roomId, start: slot.start.toISOString(), end: addMinutes(day.start, end).toISOString() }, 'new');
        return;
      }
      const target = placementAt(roomId, row * snap, d.duration);
      if (target) void apply(d.code, target, 'new');
    },
    [apply, day, endDrag, placementAt, snap, totalMin],
  );

  const dropOnSidebar = useCallback(
    (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      const d = dragRef.current;
      endDrag();
      if (d?.placed && d.mode === 'move') void apply(d.code, null, 'new');
    },
    [apply, endDrag],
  );

  // ---- keyboard ----
  const onCardKey = useCallback(
    (code: string, e: KeyboardEvent<HTMLElement>) => {
      if (!day) return;
      const p = pickedRef.current;
      const roomName = (idx: number) => rooms[idx]?.name ?? '';
      const span = (q: Picked) => `${localTime(addMinutes(day.start, q.startMin), grid.timeZone)}–${localTime(addMinutes(day.start, q.startMin + q.duration), grid.timeZone)}`;
      if (p) {
        let next: Picked | null = null;
        if (e.key === 'ArrowUp') next = { ...p, startMin: Math.max(0, p.startMin - snap) };
        else if (e.key === 'ArrowDown') next = { ...p, startMin: Math.min(totalMin - p.duration, p.startMin + snap) };
        else if (e.key === 'ArrowLeft') next = { ...p, roomIdx: Math.max(0, p.roomIdx - 1) };
        else if (e.key === 'ArrowRight') next = { ...p, roomIdx: Math.min(rooms.length - 1, p.roomIdx + 1) };
        else if (e.key === 'Escape') {
          e.preventDefault();
          setPicked(null);
          announce(`Cancelled: ${p.title} stays where it was.`);
          return;
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          setPicked(null);
          const room = rooms[p.roomIdx];
          const target = room ? placementAt(room.id, p.startMin, p.duration) : null;
          if (target) void apply(p.code, target, 'new');
          return;
        }
        if (next) {
          e.preventDefault();
          setPicked(next);
          announce(`${p.title}: ${roomName(next.roomIdx)}, ${span(next)}.`);
        }
        return;
      }
      const slot = slotByCode.get(code);
      const card = cardByCode.get(code);
      if (!card) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        const onThisDay = slot && slot.start >= day.start && slot.start < day.end;
        const roomIdx = onThisDay ? Math.max(0, rooms.findIndex((r) => r.id === slot.roomId)) : 0;
        const duration = slot ? minutesBetween(slot.start, slot.end) : card.durationMinutes;
        const next = { code, title: card.title, roomIdx, startMin: onThisDay ? minutesBetween(day.start, slot.start) : 0, duration };
        setPicked(next);
        announce(`Picked up ${card.title}. Use arrow keys to move, Enter to drop, Escape to cancel. ${roomName(roomIdx)}, ${span(next)}.`);
      } else if ((e.key === 'p' || e.key === 'P') && !e.ctrlKey && !e.metaKey && !e.altKey && slot) {
        e.preventDefault();
        void togglePin(slot);
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && slot) {
        e.preventDefault();
        void apply(code, null, 'new');
      } else if ((e.key === '+' || e.key === '=' || e.key === '-') && slot) {
        e.preventDefault();
        const length = minutesBetween(slot.start, slot.end) + (e.key === '-' ? -snap : snap);
        if (length < snap) return;
        void apply(code, { roomId: slot.roomId, start: slot.start.toISOString(), end: addMinutes(slot.start, length).toISOString() }, 'new');
      }
    },
    [announce, apply, cardByCode, day, grid.timeZone, placementAt, rooms, slotByCode, snap, totalMin, togglePin],
  );

  // ---- what the shown day holds ----
  const daySlots = useMemo(() => {
    const byRoom = new Map<string, GridSlot[]>();
    if (!day) return byRoom;
    for (const s of grid.slots) {
      if (s.start < day.start || s.start >= day.end) continue;
      const list = byRoom.get(s.roomId) ?? [];
      list.push(s);
      byRoom.set(s.roomId, list);
    }
    return byRoom;
  }, [grid.slots, day]);

  const rows = useMemo(() => {
    if (!day) return [];
    const out: { startMin: number; label: string }[] = [];
    for (let m = 0; m < totalMin; m += snap) out.push({ startMin: m, label: localTime(addMinutes(day.start, m), grid.timeZone) });
    return out;
  }, [day, totalMin, snap, grid.timeZone]);

  // While dragging: shade cells where the room is unavailable or closed by a break, or a speaker is busy elsewhere.
  const shading = useMemo(() => {
    const active = dragging?.mode === 'move' ? dragging : picked ? { code: picked.code, speakerIds: cardByCode.get(picked.code)?.speakers.map((s) => s.id) ?? [] } : null;
    if (!active || !day) return null;
    const busyWindows = grid.slots.filter((s) => s.code !== active.code && s.speakers.some((sp) => active.speakerIds.includes(sp.id)));
    // Speakers' own availability (null: always available).
    const speakerWindows = (cardByCode.get(active.code)?.speakers ?? []).flatMap((sp) => (sp.availability ? [sp.availability] : []));
    const byRoom = new Map<string, boolean[]>();
    for (const room of rooms) {
      const blocks = grid.blocks.filter((b) => b.allRooms || b.roomIds.includes(room.id));
      byRoom.set(
        room.id,
        rows.map(({ startMin }) => {
          const start = addMinutes(day.start, startMin);
          const end = addMinutes(start, snap);
          return (
            outsideAvailability(start, end, room.availability) ||
            overlapsAny(start, end, blocks) ||
            overlapsAny(start, end, busyWindows) ||
            speakerWindows.some((w) => outsideAvailability(start, end, w))
          );
        }),
      );
    }
    return byRoom;
  }, [dragging, picked, day, grid.slots, grid.blocks, rooms, rows, snap, cardByCode]);

  const showCard = useCallback(
    (slotId: string) => {
      const slot = gridRef.current.slots.find((s) => s.slotId === slotId);
      if (!slot) return;
      const idx = dayIndexOf(gridRef.current.days, slot.start);
      focusAfter.current = slot.code;
      if (idx >= 0 && idx !== dayIdx) setDayIdx(idx);
      else document.querySelector<HTMLElement>(`[data-code="${CSS.escape(slot.code)}"]`)?.focus();
    },
    [dayIdx],
  );

  // The automatic scheduler's proposal on the shown day: outlined target spots per room, and the cards that would move.
  const previewByRoom = useMemo(() => {
    const byRoom = new Map<string, PreviewSpot[]>();
    if (!preview || !day) return byRoom;
    const spots = [...preview.moved.map((m) => ({ ...m, kind: 'moved' as const })), ...preview.placed.map((p) => ({ ...p, kind: 'placed' as const }))];
    for (const m of spots) {
      if (m.to.start < day.start || m.to.start >= day.end) continue;
      const list = byRoom.get(m.to.roomId) ?? [];
      list.push({ code: m.code, title: m.title, kind: m.kind, startMin: minutesBetween(day.start, m.to.start), duration: minutesBetween(m.to.start, m.to.end) });
      byRoom.set(m.to.roomId, list);
    }
    return byRoom;
  }, [preview, day]);
  const movingCodes = useMemo(() => new Set([...(preview?.moved ?? []), ...(preview?.unscheduled ?? [])].map((m) => m.code)), [preview]);

  const titleOfSlot = useMemo(() => new Map(grid.slots.map((s) => [s.slotId, s.title])), [grid.slots]);
  const gridHeight = totalMin * PX_PER_MINUTE;

  return (
    <div className="mt-4">
      <div aria-live="polite" className="sr-only" data-testid="live-region">
        {live}
      </div>
      {banner && (
        <div role="alert" data-testid="schedule-alert" className={`mb-3 flex items-start justify-between gap-4 rounded-md border p-3 text-sm ${banner.tone === 'error' ? 'border-red-300 bg-red-50 text-red-900' : 'border-blue-300 bg-blue-50 text-blue-900'}`}>
          <span>{banner.text}</span>
          <button type="button" className="font-medium underline" onClick={() => setBanner(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className="mb-3 flex flex-wrap items-center gap-4">
        <div role="tablist" aria-label="Conference days" className="flex gap-1">
          {grid.days.map((d, i) => (
            <button
              key={d.date}
              type="button"
              role="tab"
              aria-selected={i === dayIdx}
              onClick={() => setDayIdx(i)}
              className={`rounded-md px-3 py-1.5 text-sm font-medium ${i === dayIdx ? 'bg-slate-900 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50'}`}
            >
              {dayLabel(d.date)}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-2 text-sm">
          Snap to
          <select value={snap} onChange={(e) => setSnap(Number(e.target.value))} className="rounded-md border border-slate-300 px-2 py-1">
            {SNAP_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m} min
              </option>
            ))}
          </select>
        </label>
        <div className="flex gap-2">
          <button
            ref={solveButtonRef}
            type="button"
            onClick={() => (solveOpen ? document.getElementById('solve-panel')?.querySelector<HTMLElement>('h2')?.focus() : setSolveOpen('focus'))}
            aria-expanded={solveOpen !== false}
            aria-controls={solveOpen ? 'solve-panel' : undefined}
            className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white"
          >
            Solve…
          </button>
          <button type="button" onClick={undoLast} disabled={!undo.length || busy} aria-keyshortcuts="Control+Z" className="rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 disabled:opacity-40">
            Undo
          </button>
          <button type="button" onClick={redoLast} disabled={!redo.length || busy} aria-keyshortcuts="Control+Shift+Z" className="rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 disabled:opacity-40">
            Redo
          </button>
        </div>
        <span className="text-xs text-slate-500" data-testid="revision">
          Revision {grid.revision}
          {busy ? ' · saving…' : ''}
        </span>
      </div>

      {solveOpen && (
        <SolvePanel slug={slug} grid={grid} initialRun={solveRun} focusOnOpen={solveOpen === 'focus'} onClose={closeSolve} onPreview={setPreview} onApplied={onSolveApplied} announce={announce} />
      )}

      <div className="flex items-start gap-4">
        <Sidebar cards={grid.unscheduled} tracks={grid.tracks} pickedCode={picked?.code ?? null} onKey={onCardKey} onDragStart={startDrag} onDragEnd={endDrag} onDrop={dropOnSidebar} />
        <div className="max-h-[calc(100vh-6rem)] min-w-0 flex-1 overflow-auto rounded-lg border border-slate-200 bg-white" data-testid="schedule-grid">
          {day ? (
            <div style={{ width: 64 + rooms.length * COLUMN_WIDTH }}>
              <div className="sticky top-0 z-20 flex border-b border-slate-200 bg-slate-50">
                <div className="w-16 shrink-0" />
                {rooms.map((r) => (
                  <div key={r.id} style={{ width: COLUMN_WIDTH }} className="shrink-0 truncate border-l border-slate-200 px-2 py-2 text-sm font-semibold" title={r.capacity ? `${r.capacity} seats` : undefined}>
                    {r.name}
                  </div>
                ))}
              </div>
              <div className="relative flex" style={{ height: gridHeight }}>
                <div className="relative w-16 shrink-0">
                  {rows
                    .filter((r) => r.startMin % 30 === 0)
                    .map((r) => (
                      <div key={r.startMin} className="absolute right-2 -translate-y-0 text-xs tabular-nums text-slate-500" style={{ top: r.startMin * PX_PER_MINUTE }}>
                        {r.label}
                      </div>
                    ))}
                </div>
                {rooms.map((room, roomIdx) => (
                  <RoomColumn
                    key={room.id}
                    roomId={room.id}
                    roomIdx={roomIdx}
                    roomName={room.name}
                    rows={rows}
                    snap={snap}
                    slots={daySlots.get(room.id)}
                    blocks={grid.blocks}
                    dayStart={day.start}
                    timeZone={grid.timeZone}
                    shaded={shading?.get(room.id) ?? null}
                    ghost={picked && picked.roomIdx === roomIdx ? picked : null}
                    pickedCode={picked?.code ?? null}
                    previews={previewByRoom.get(room.id)}
                    movingCodes={movingCodes}
                    onDrop={dropOnColumn}
                    onDragStart={startDrag}
                    onDragEnd={endDrag}
                    onKey={onCardKey}
                  />
                ))}
              </div>
            </div>
          ) : (
            <p className="p-6 text-sm text-slate-600">This conference has no days to schedule yet.</p>
          )}
        </div>
      </div>

      <section className="mt-6 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="conflicts-heading" data-testid="conflicts-panel">
        <h2 id="conflicts-heading" className="font-semibold">
          Conflicts ({grid.conflicts.length})
        </h2>
        {grid.conflicts.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No conflicts.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {grid.conflicts.map((c, i) => (
              <li key={`${c.kind}-${c.slotIds.join('-')}-${i}`} className="flex flex-wrap items-baseline gap-2" data-testid="conflict-item">
                <span className={`rounded px-1.5 text-xs font-semibold ${c.severity === 'block' ? 'bg-red-100 text-red-900' : 'bg-amber-100 text-amber-900'}`}>{c.severity === 'block' ? 'Blocking' : 'Warning'}</span>
                <span>{c.message}</span>
                {c.slotIds.map((id) => (
                  <button key={id} type="button" onClick={() => showCard(id)} className="text-blue-800 underline">
                    Show “{titleOfSlot.get(id) ?? id}”
                  </button>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      {day && <BlocksPanel slug={slug} grid={grid} day={day} onChanged={refetch} onFailure={onChangeFailure} />}
      <AuditPanel slug={slug} grid={grid} />
      <SettingsPanel slug={slug} initial={initialSettings} onSaved={refetch} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------------

type CardHandlers = {
  onKey: (code: string, e: KeyboardEvent<HTMLElement>) => void;
  onDragStart: (code: string, mode: 'move' | 'resize', e: DragEvent) => void;
  onDragEnd: () => void;
};

const RoomColumn = memo(function RoomColumn({
  roomId,
  roomIdx,
  roomName,
  rows,
  snap,
  slots,
  blocks,
  dayStart,
  timeZone,
  shaded,
  ghost,
  pickedCode,
  previews,
  movingCodes,
  onDrop,
  onDragStart,
  onDragEnd,
  onKey,
}: CardHandlers & {
  roomId: string;
  roomIdx: number;
  roomName: string;
  rows: { startMin: number; label: string }[];
  snap: number;
  slots: GridSlot[] | undefined;
  blocks: Grid['blocks'];
  dayStart: Date;
  timeZone: string;
  shaded: boolean[] | null;
  ghost: Picked | null;
  pickedCode: string | null;
  /** The automatic scheduler's proposed spots in this room (shown while its proposal is previewed). */
  previews: PreviewSpot[] | undefined;
  /** Cards the proposal would move or take off the grid. */
  movingCodes: ReadonlySet<string>;
  onDrop: (roomId: string, e: DragEvent<HTMLDivElement>) => void;
}) {
  const rowHeight = snap * PX_PER_MINUTE;
  const dayEnd = addMinutes(dayStart, (rows.at(-1)?.startMin ?? 0) + snap);
  return (
    <div
      className="relative shrink-0 border-l border-slate-200"
      style={{ width: COLUMN_WIDTH }}
      data-testid={`column-${roomIdx}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
      }}
      onDrop={(e) => onDrop(roomId, e)}
    >
      {rows.map((r, i) => (
        <div
          key={r.startMin}
          data-testid={`cell-${roomIdx}-${r.label}`}
          className={`border-t ${r.startMin % 30 === 0 ? 'border-slate-200' : 'border-slate-100'} ${shaded?.[i] ? 'bg-red-100/70' : ''}`}
          style={{ height: rowHeight }}
        />
      ))}
      {blocks
        .filter((b) => (b.allRooms || b.roomIds.includes(roomId)) && b.end > dayStart && b.start < dayEnd)
        .map((b) => (
          <div
            key={b.id}
            data-testid={`block-bar-${roomIdx}`}
            data-title={b.title}
            className="pointer-events-none absolute inset-x-0 flex items-center justify-center text-xs font-medium text-slate-700"
            style={{
              top: Math.max(0, minutesBetween(dayStart, b.start)) * PX_PER_MINUTE,
              height: minutesBetween(b.start > dayStart ? b.start : dayStart, b.end < dayEnd ? b.end : dayEnd) * PX_PER_MINUTE,
              backgroundImage: 'repeating-linear-gradient(135deg, rgba(148,163,184,0.55) 0 6px, rgba(241,245,249,0.75) 6px 12px)',
            }}
          >
            {b.title}
          </div>
        ))}
      {slots?.map((s) => (
        <SlotCard
          key={s.code}
          slot={s}
          roomName={roomName}
          dayStart={dayStart}
          timeZone={timeZone}
          picked={pickedCode === s.code}
          moving={movingCodes.has(s.code)}
          onKey={onKey}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
        />
      ))}
      {previews?.map((p) => (
        <div
          key={`preview-${p.code}`}
          data-testid={`preview-${p.code}`}
          data-kind={p.kind}
          data-start={localTime(addMinutes(dayStart, p.startMin), timeZone)}
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-1 z-[6] overflow-hidden rounded-md border-2 border-dashed border-emerald-600 bg-emerald-50/80 px-1.5 py-1 text-xs text-emerald-950"
          style={{ top: p.startMin * PX_PER_MINUTE, height: Math.max(p.duration * PX_PER_MINUTE, 24) }}
        >
          <span className="font-semibold">{p.kind === 'placed' ? 'New: ' : 'Moves here: '}</span>
          {p.title} · {localTime(addMinutes(dayStart, p.startMin), timeZone)}
        </div>
      ))}
      {ghost && (
        <div
          data-testid="ghost"
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-1 z-10 rounded-md border-2 border-dashed border-blue-600 bg-blue-50/70 p-1 text-xs text-blue-900"
          style={{ top: ghost.startMin * PX_PER_MINUTE, height: ghost.duration * PX_PER_MINUTE }}
        >
          {ghost.title} · {localTime(addMinutes(dayStart, ghost.startMin), timeZone)}
        </div>
      )}
    </div>
  );
});

const SlotCard = memo(function SlotCard({
  slot,
  roomName,
  dayStart,
  timeZone,
  picked,
  moving,
  onKey,
  onDragStart,
  onDragEnd,
}: CardHandlers & { slot: GridSlot; roomName: string; dayStart: Date; timeZone: string; picked: boolean; moving: boolean }) {
  const top = minutesBetween(dayStart, slot.start) * PX_PER_MINUTE;
  const height = Math.max(minutesBetween(slot.start, slot.end) * PX_PER_MINUTE, 24);
  const start = localTime(slot.start, timeZone);
  const end = localTime(slot.end, timeZone);
  const blocking = slot.conflicts.some((c) => c.severity === 'block');
  const conflictText = slot.conflicts.map((c) => `${KIND_LABELS[c.kind] ?? c.kind}: ${c.message}`).join('\n');
  const speakers = slot.speakers.map((s) => s.name).join(', ');
  return (
    <div
      role="button"
      tabIndex={0}
      draggable
      aria-pressed={picked}
      aria-label={`${slot.title}, ${speakers}, ${roomName} ${start}–${end}${slot.state === 'ACCEPTED' ? ', not confirmed' : ''}${slot.pinned ? ', pinned' : ''}${slot.conflicts.length ? `, ${slot.conflicts.length} conflicts: ${conflictText}` : ''}${moving ? ', the proposal moves it' : ''}`}
      aria-keyshortcuts="Enter Delete + - P"
      data-testid={`card-${slot.code}`}
      data-code={slot.code}
      data-room={roomName}
      data-start={start}
      data-end={end}
      data-conflict-kinds={slot.conflicts.map((c) => c.kind).join(' ')}
      data-preview={moving ? 'moving' : undefined}
      onKeyDown={(e) => onKey(slot.code, e)}
      onDragStart={(e) => onDragStart(slot.code, 'move', e)}
      onDragEnd={onDragEnd}
      className={`absolute inset-x-1 z-[5] cursor-grab overflow-hidden rounded-md border border-l-4 bg-white px-1.5 py-1 text-xs shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${picked ? 'opacity-50 ring-2 ring-blue-600' : ''} ${moving ? 'opacity-60 outline-2 outline-dashed outline-amber-500' : ''} ${slot.state === 'ACCEPTED' ? 'border-dashed' : ''}`}
      style={{ top, height, borderLeftColor: slot.track?.color ?? '#64748b', borderTopColor: undefined }}
    >
      <div className="flex items-start justify-between gap-1">
        <span className="line-clamp-2 font-semibold leading-tight text-slate-900">{slot.title}</span>
        <span className="flex shrink-0 items-center gap-1">
          {slot.pinned && (
            <span title="Pinned: the automatic scheduler leaves it" aria-hidden="true" data-testid={`pinned-${slot.code}`}>
              📌
            </span>
          )}
          {slot.conflicts.length > 0 && (
            <span
              title={conflictText}
              data-testid={`conflict-badge-${slot.code}`}
              className={`rounded px-1 font-bold text-white ${blocking ? 'bg-red-700' : 'bg-amber-600'}`}
            >
              ⚠ {slot.conflicts.length}
            </span>
          )}
        </span>
      </div>
      <div className="truncate text-slate-600">{speakers}</div>
      <div className="flex items-center gap-1 text-slate-500">
        <span className="tabular-nums">
          {start}–{end}
        </span>
        {slot.state === 'ACCEPTED' && <span className="rounded bg-amber-100 px-1 text-amber-900">{STATE_BADGE.ACCEPTED}</span>}
      </div>
      <div
        draggable
        aria-hidden="true"
        title="Drag to change the end"
        data-testid={`resize-${slot.code}`}
        onDragStart={(e) => {
          e.stopPropagation();
          onDragStart(slot.code, 'resize', e);
        }}
        onDragEnd={onDragEnd}
        className="absolute inset-x-0 bottom-0 h-1.5 cursor-ns-resize bg-slate-300/60 hover:bg-blue-400"
      />
    </div>
  );
});

const Sidebar = memo(function Sidebar({
  cards,
  tracks,
  pickedCode,
  onKey,
  onDragStart,
  onDragEnd,
  onDrop,
}: CardHandlers & { cards: GridCard[]; tracks: Grid['tracks']; pickedCode: string | null; onDrop: (e: DragEvent<HTMLElement>) => void }) {
  const [query, setQuery] = useState('');
  const [track, setTrack] = useState('');
  const [type, setType] = useState('');
  const [state, setState] = useState('');
  const types = useMemo(() => [...new Set(cards.map((c) => c.sessionType))].sort(), [cards]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return cards.filter(
      (c) =>
        (!q || c.title.toLowerCase().includes(q) || c.code.toLowerCase().includes(q) || c.speakers.some((s) => s.name.toLowerCase().includes(q))) &&
        (!track || c.track?.id === track) &&
        (!type || c.sessionType === type) &&
        (!state || c.state === state),
    );
  }, [cards, query, track, type, state]);
  return (
    <aside
      aria-labelledby="unscheduled-heading"
      data-testid="unscheduled"
      className="w-72 shrink-0 rounded-lg border border-slate-200 bg-white p-3"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
      }}
      onDrop={onDrop}
    >
      <h2 id="unscheduled-heading" className="font-semibold">
        Unscheduled ({cards.length})
      </h2>
      <p className="text-xs text-slate-500">Drop a card here to take it off the grid (or focus it and press Delete).</p>
      <div className="mt-2 space-y-2 text-sm">
        <label className="block">
          <span className="text-slate-700">Search unscheduled</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="mt-0.5 w-full rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <div className="grid grid-cols-3 gap-1">
          <label className="block">
            <span className="text-xs text-slate-700">Track</span>
            <select value={track} onChange={(e) => setTrack(e.target.value)} className="w-full rounded-md border border-slate-300 px-1 py-1 text-xs">
              <option value="">All</option>
              {tracks.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="text-xs text-slate-700">Type</span>
            <select value={type} onChange={(e) => setType(e.target.value)} className="w-full rounded-md border border-slate-300 px-1 py-1 text-xs">
              <option value="">All</option>
              {types.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="text-xs text-slate-700">State</span>
            <select value={state} onChange={(e) => setState(e.target.value)} className="w-full rounded-md border border-slate-300 px-1 py-1 text-xs">
              <option value="">All</option>
              <option value="CONFIRMED">Confirmed</option>
              <option value="ACCEPTED">Not confirmed</option>
            </select>
          </label>
        </div>
      </div>
      <ul className="mt-3 max-h-[60vh] space-y-2 overflow-y-auto">
        {shown.map((c) => (
          <li key={c.code}>
            <div
              role="button"
              tabIndex={0}
              draggable
              aria-pressed={pickedCode === c.code}
              data-testid={`unscheduled-${c.code}`}
              data-code={c.code}
              onKeyDown={(e) => onKey(c.code, e)}
              onDragStart={(e) => onDragStart(c.code, 'move', e)}
              onDragEnd={onDragEnd}
              className={`cursor-grab rounded-md border border-l-4 border-slate-200 p-2 text-xs outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${pickedCode === c.code ? 'ring-2 ring-blue-600' : ''}`}
              style={{ borderLeftColor: c.track?.color ?? '#64748b' }}
            >
              <div className="font-semibold text-slate-900">{c.title}</div>
              <div className="text-slate-600">{c.speakers.map((s) => s.name).join(', ')}</div>
              <div className="text-slate-500">
                {c.sessionType} · {c.durationMinutes} min
                {c.state === 'ACCEPTED' && <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">{STATE_BADGE.ACCEPTED}</span>}
              </div>
            </div>
          </li>
        ))}
        {shown.length === 0 && <li className="text-xs text-slate-500">{cards.length ? 'Nothing matches the filters.' : 'Every session is on the grid.'}</li>}
      </ul>
    </aside>
  );
});

function SettingsPanel({ slug, initial, onSaved }: { slug: string; initial: ConflictSettings; onSaved: () => Promise<void> }) {
  const [severities, setSeverities] = useState<Record<string, string>>(() => Object.fromEntries(initial.severities.map((s) => [s.kind, s.severity])));
  const [buffer, setBuffer] = useState(String(initial.travelBufferMinutes));
  const [status, setStatus] = useState<{ ok: boolean; text: string; fields: Record<string, string> } | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4" data-testid="conflict-settings">
      <summary className="cursor-pointer font-semibold">Conflict settings</summary>
      <form
        className="mt-3 space-y-3 text-sm"
        onSubmit={async (e) => {
          e.preventDefault();
          setSaving(true);
          try {
            await scheduleApi.schedule.settings.update.mutate({ slug, severities, travelBufferMinutes: Number(buffer) });
            await onSaved();
            setStatus({ ok: true, text: 'Conflict settings saved.', fields: {} });
          } catch (err) {
            const f = describeFailure(err);
            setStatus({ ok: false, text: f.message, fields: f.fields });
          } finally {
            setSaving(false);
          }
        }}
      >
        <div className="grid gap-2 sm:grid-cols-3">
          {initial.severities.map((s) => {
            const error = status?.fields[`severities.${s.kind}`];
            return (
              <label key={s.kind} className="block">
                <span className="text-slate-700">{KIND_LABELS[s.kind] ?? s.kind}</span>
                <select
                  value={severities[s.kind] ?? s.default}
                  onChange={(e) => setSeverities((v) => ({ ...v, [s.kind]: e.target.value }))}
                  aria-describedby={error ? `error-sev-${s.kind}` : undefined}
                  className="mt-0.5 block w-full rounded-md border border-slate-300 px-2 py-1"
                >
                  <option value="block">Block the move</option>
                  <option value="warn">Warn</option>
                  <option value="ignore">Ignore</option>
                </select>
                {error && (
                  <span id={`error-sev-${s.kind}`} className="text-xs text-red-700">
                    {error}
                  </span>
                )}
              </label>
            );
          })}
        </div>
        <label className="block max-w-xs">
          <span className="text-slate-700">Travel buffer between rooms (minutes)</span>
          <input
            type="number"
            min={0}
            max={240}
            value={buffer}
            onChange={(e) => setBuffer(e.target.value)}
            aria-describedby={status?.fields.travelBufferMinutes ? 'error-travel' : undefined}
            className="mt-0.5 block w-full rounded-md border border-slate-300 px-2 py-1"
          />
          {status?.fields.travelBufferMinutes && (
            <span id="error-travel" className="text-xs text-red-700">
              {status.fields.travelBufferMinutes}
            </span>
          )}
        </label>
        <div className="flex items-center gap-3">
          <button type="submit" disabled={saving} className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white disabled:opacity-50">
            Save conflict settings
          </button>
          {status && (
            <span data-testid="settings-status" role={status.ok ? 'status' : 'alert'} className={status.ok ? 'text-emerald-800' : 'text-red-800'}>
              {status.text}
            </span>
          )}
        </div>
      </form>
    </details>
  );
}
