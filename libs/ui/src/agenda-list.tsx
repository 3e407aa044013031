import type { ReactNode } from 'react';
import type { AgendaBreakEntry, AgendaCardEntry, AgendaViewDay } from './agenda-types.ts';
import { TrackBadge } from './track-badge.tsx';

/**
 * One day as a list grouped by start time: the most readable view on a phone and for screen readers.
 * `roomHref` links each room name to the room's page; `action` adds a control to each item (a favourite star).
 * Breaks are muted items at their start time, before the sessions starting then.
 */
export function AgendaList({
  day,
  sessionHref,
  speakerHref,
  roomName,
  roomHref,
  action,
  emptyText = 'No sessions on this day.',
}: {
  day: Pick<AgendaViewDay, 'date' | 'entries' | 'breaks'>;
  sessionHref: (code: string) => string;
  speakerHref: (code: string) => string;
  roomName: (roomId: string | null) => string;
  roomHref?: (roomId: string) => string | null;
  action?: (entry: AgendaCardEntry) => ReactNode;
  emptyText?: string;
}) {
  if (day.entries.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">{emptyText}</p>;
  const groups = new Map<string, { minute: number; breaks: AgendaBreakEntry[]; entries: AgendaCardEntry[] }>();
  const group = (time: string, minute: number) => {
    const g = groups.get(time) ?? { minute, breaks: [], entries: [] };
    groups.set(time, g);
    return g;
  };
  for (const e of day.entries) group(e.localStart, e.startMinute).entries.push(e);
  for (const b of day.breaks ?? []) group(b.localStart, b.startMinute).breaks.push(b);
  const ordered = [...groups.entries()].sort(([, a], [, b]) => a.minute - b.minute);
  const breakRooms = (b: AgendaBreakEntry) => (b.roomIds === null ? 'All rooms' : b.roomIds.map((id) => roomName(id)).join(', '));
  return (
    <ol className="space-y-4">
      {ordered.map(([time, { breaks, entries }]) => (
        <li key={time} className="grid gap-2 sm:grid-cols-[4.5rem_1fr] sm:gap-3">
          <h3 className="text-sm font-semibold tabular-nums text-slate-700 sm:pt-3">
            <time dateTime={`${day.date}T${time}`}>{time}</time>
          </h3>
          <ul className="space-y-2">
            {breaks.map((b) => (
              <li
                key={b.id}
                className="flex flex-wrap items-baseline gap-x-2 rounded-lg border border-dashed border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-700"
                data-testid={`list-break-${b.id}`}
              >
                <span className="sr-only">Break: </span>
                <span className="font-medium text-slate-800">{b.title}</span>{' '}
                <span className="text-xs text-slate-600">
                  <span className="tabular-nums">{`${b.localStart}–${b.localEnd}`}</span> <span aria-hidden="true">·</span> {breakRooms(b)}
                </span>
              </li>
            ))}
            {entries.map((e) => {
              const room = roomName(e.roomId);
              const href = e.roomId && roomHref ? roomHref(e.roomId) : null;
              return (
                <li
                  key={e.code}
                  className="flex items-start gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
                  style={{ borderLeft: `4px solid ${e.track?.color ?? '#94a3b8'}` }}
                  data-testid={`list-session-${e.code}`}
                >
                  <div className="min-w-0 flex-1">
                    <a href={sessionHref(e.code)} className="font-semibold text-slate-900 hover:underline">
                      {e.title}
                    </a>
                    <p className="mt-0.5 text-sm text-slate-600">
                      {e.speakers.map((s, i) => (
                        <span key={s.code}>
                          {i > 0 && ', '}
                          <a href={speakerHref(s.code)} className="hover:underline">
                            {s.name}
                          </a>
                        </span>
                      ))}
                    </p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                      <span className="tabular-nums">{`${e.localStart}–${e.localEnd}`}</span>
                      <span aria-hidden="true">·</span>
                      {href ? (
                        <a href={href} className="text-blue-800 hover:underline">
                          {room}
                        </a>
                      ) : (
                        <span>{room}</span>
                      )}
                      <span aria-hidden="true">·</span>
                      <span>{e.sessionType}</span>
                      <TrackBadge track={e.track} />
                    </p>
                  </div>
                  {action?.(e)}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
