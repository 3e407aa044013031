import type { ReactNode } from 'react';
import type { AgendaBreakEntry, AgendaCardEntry, AgendaViewDay } from './agenda-types.ts';

const ROW_MINUTES = 5;
const ROW_HEIGHT_PX = 14;

function label(minute: number) {
  const h = Math.floor(minute / 60) % 24;
  return `${String(h).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** The runs of neighbouring grid columns a break takes: one run across all rooms, or one per group of adjacent rooms. */
function breakRuns(b: AgendaBreakEntry, rooms: AgendaViewDay['rooms']): { first: number; span: number }[] {
  if (b.roomIds === null) return rooms.length ? [{ first: 2, span: rooms.length }] : [];
  const runs: { first: number; span: number }[] = [];
  rooms.forEach((r, i) => {
    if (!b.roomIds!.includes(r.id)) return;
    const last = runs[runs.length - 1];
    if (last && last.first + last.span === i + 2) last.span++;
    else runs.push({ first: i + 2, span: 1 });
  });
  return runs;
}

/**
 * One day as a room × time grid. Pure CSS grid: readable without JavaScript, scrolls sideways on small screens.
 * `roomHref` links each column head to the room's page; `action` adds a control to each card (a favourite star);
 * `nowMinute` (minutes since local midnight) draws a "now" line when the day is today. Breaks are muted rows across
 * the rooms they take, under the session cards.
 */
export function AgendaGrid({
  day,
  sessionHref,
  roomHref,
  action,
  nowMinute,
}: {
  day: AgendaViewDay;
  sessionHref: (code: string) => string;
  roomHref?: (roomId: string) => string;
  action?: (entry: AgendaCardEntry) => ReactNode;
  nowMinute?: number | null;
}) {
  if (day.entries.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">No sessions on this day.</p>;
  const rows = Math.max(1, Math.ceil((day.lastMinute - day.firstMinute) / ROW_MINUTES));
  const column = new Map(day.rooms.map((r, i) => [r.id, i + 2]));
  const halfHours: number[] = [];
  for (let m = day.firstMinute; m < day.lastMinute; m += 30) halfHours.push(m);
  const showNow = nowMinute != null && nowMinute >= day.firstMinute && nowMinute < day.lastMinute;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <div
        className="grid"
        style={{
          gridTemplateColumns: `4rem repeat(${day.rooms.length}, minmax(12rem, 1fr))`,
          minWidth: `calc(4rem + ${day.rooms.length} * 12rem)`,
          gridTemplateRows: `auto repeat(${rows}, ${ROW_HEIGHT_PX}px)`,
        }}
        data-testid={`grid-${day.date}`}
      >
        <div className="sticky left-0 z-10 border-b border-slate-200 bg-slate-50" style={{ gridRow: 1, gridColumn: 1 }} />
        {day.rooms.map((r, i) => (
          <div key={r.id} className="border-b border-l border-slate-200 bg-slate-50 px-3 py-2 text-sm font-semibold text-slate-800" style={{ gridRow: 1, gridColumn: i + 2 }}>
            {roomHref ? (
              <a href={roomHref(r.id)} className="text-blue-800 hover:underline" data-testid={`room-head-${r.id}`}>
                {r.name}
              </a>
            ) : (
              r.name
            )}
          </div>
        ))}
        {halfHours.map((m) => (
          <div
            key={m}
            className="sticky left-0 z-10 border-t border-slate-100 bg-white pr-2 text-right text-xs tabular-nums text-slate-600"
            style={{ gridColumn: 1, gridRow: `${(m - day.firstMinute) / ROW_MINUTES + 2} / span ${30 / ROW_MINUTES}` }}
          >
            {label(m)}
          </div>
        ))}
        {halfHours.map((m) => (
          <div
            key={`line-${m}`}
            aria-hidden="true"
            className="border-t border-slate-100"
            style={{ gridColumn: `2 / span ${day.rooms.length}`, gridRow: `${(m - day.firstMinute) / ROW_MINUTES + 2} / span 1` }}
          />
        ))}
        {(day.breaks ?? []).flatMap((b) => {
          const start = Math.floor((b.startMinute - day.firstMinute) / ROW_MINUTES) + 2;
          const span = Math.max(1, Math.round((b.endMinute - b.startMinute) / ROW_MINUTES));
          return breakRuns(b, day.rooms).map((run) => (
            <div
              key={`${b.id}-${run.first}`}
              className="m-0.5 flex items-center justify-center overflow-hidden rounded-md border border-dashed border-slate-300 bg-slate-100 px-2"
              style={{
                gridColumn: `${run.first} / span ${run.span}`,
                gridRow: `${start} / span ${span}`,
                backgroundImage: 'repeating-linear-gradient(135deg, rgba(203,213,225,0.45) 0 6px, transparent 6px 12px)',
              }}
              data-testid={`grid-break-${b.id}`}
              data-start={b.localStart}
            >
              <span className="truncate rounded bg-white/90 px-2 text-xs font-medium leading-5 text-slate-700">
                <span className="sr-only">Break: </span>
                {b.title} <span className="tabular-nums text-slate-600">{`${b.localStart}–${b.localEnd}`}</span>
              </span>
            </div>
          ));
        })}
        {showNow && (
          <div
            aria-hidden="true"
            className="pointer-events-none relative z-[15] border-t-2 border-red-600"
            style={{ gridColumn: `1 / span ${day.rooms.length + 1}`, gridRow: `${Math.floor((nowMinute - day.firstMinute) / ROW_MINUTES) + 2} / span 1` }}
            data-testid="grid-now-line"
          >
            <span className="absolute -top-2.5 left-1 rounded bg-red-600 px-1 text-[10px] font-semibold uppercase leading-4 text-white">now</span>
          </div>
        )}
        {day.entries.map((e) => {
          const col = e.roomId ? column.get(e.roomId) : undefined;
          if (!col) return null;
          const start = Math.floor((e.startMinute - day.firstMinute) / ROW_MINUTES) + 2;
          const span = Math.max(1, Math.round((e.endMinute - e.startMinute) / ROW_MINUTES));
          // Cards of 15 minutes or less have room for two tight lines: title and speakers; the time axis gives the time.
          const short = span <= 3;
          const extra = action?.(e);
          return (
            <div
              key={e.code}
              className="group z-[1] m-0.5 flex overflow-hidden rounded-md border border-slate-200 bg-white shadow-sm focus-within:z-20 focus-within:min-h-fit hover:z-20 hover:min-h-fit hover:shadow-md"
              style={{ gridColumn: col, gridRow: `${start} / span ${span}`, borderLeft: `4px solid ${e.track?.color ?? '#94a3b8'}` }}
              data-testid={`session-${e.code}`}
            >
              <a
                href={sessionHref(e.code)}
                className={`flex min-w-0 flex-1 flex-col px-2 text-left ${short ? 'py-0.5' : 'py-1'} focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600`}
                title={`${e.localStart}–${e.localEnd} ${e.title} (${e.speakers.map((s) => s.name).join(', ')})`}
              >
                <span className={`text-[11px] tabular-nums text-slate-600 ${short ? 'sr-only' : ''}`}>{`${e.localStart}–${e.localEnd}`}</span>
                <span className={`font-semibold text-slate-900 group-hover:underline ${short ? 'truncate text-[13px] leading-4' : 'text-sm leading-snug'}`}>{e.title}</span>
                <span className={`text-slate-600 ${short ? 'truncate text-[11px] leading-4' : 'text-xs'}`}>{e.speakers.map((s) => s.name).join(', ')}</span>
              </a>
              {extra && <div className="shrink-0">{extra}</div>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
