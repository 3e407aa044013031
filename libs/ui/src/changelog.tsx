// A schedule changelog as people read it: new, moved (old → new time and room) and cancelled sessions, in the
// conference's local time with its UTC offset. Used by the public changelog and the organizers' release page.

export interface ChangelogPlacementView {
  roomName: string;
  /** Local calendar date "YYYY-MM-DD". */
  date: string;
  /** "Tue 3 Jun 2031" */
  day: string;
  /** "10:00–10:30" */
  time: string;
  /** "UTC+02:00" */
  offset: string;
}

interface ChangedSession {
  code: string;
  title: string;
  speakers: { code: string; name: string }[];
}

export interface ChangelogView {
  initial: boolean;
  sessions: number;
  added: (ChangedSession & { at: ChangelogPlacementView })[];
  moved: (ChangedSession & { from: ChangelogPlacementView; to: ChangelogPlacementView })[];
  cancelled: (ChangedSession & { from: ChangelogPlacementView })[];
}

function When({ p, testId }: { p: ChangelogPlacementView; testId?: string }) {
  return (
    <span className="tabular-nums" data-testid={testId}>
      <time dateTime={p.date}>{p.day}</time>, <span className="whitespace-nowrap">{p.time}</span> <span className="text-slate-600">({p.offset})</span>, {p.roomName}
    </span>
  );
}

function Title({ s, href }: { s: ChangedSession; href?: (code: string) => string }) {
  const speakers = s.speakers.map((sp) => sp.name).join(', ');
  return (
    <>
      {href ? (
        <a href={href(s.code)} className="font-medium text-blue-800 hover:underline">
          {s.title}
        </a>
      ) : (
        <span className="font-medium">{s.title}</span>
      )}
      {speakers && <span className="text-slate-600"> · {speakers}</span>}
    </>
  );
}

export function ChangelogList({
  changelog,
  sessionHref,
  cancelledHref,
  testId,
}: {
  changelog: ChangelogView;
  /** Links new and moved sessions (they are in the release). */
  sessionHref?: (code: string) => string;
  /** Links cancelled sessions, when they still have a page to go to. */
  cancelledHref?: (code: string) => string;
  testId?: string;
}) {
  const c = changelog;
  const heading = 'text-sm font-semibold uppercase tracking-wide';
  if (c.initial) {
    return (
      <p className="text-sm text-slate-700" data-testid={testId}>
        First release: {c.sessions} session{c.sessions === 1 ? '' : 's'}.
      </p>
    );
  }
  if (c.added.length + c.moved.length + c.cancelled.length === 0) {
    return (
      <p className="text-sm text-slate-700" data-testid={testId}>
        No changes to sessions.
      </p>
    );
  }
  return (
    <div className="space-y-4" data-testid={testId}>
      {c.added.length > 0 && (
        <section>
          <h3 className={`${heading} text-emerald-800`}>New ({c.added.length})</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {c.added.map((s) => (
              <li key={s.code} data-testid={`change-new-${s.code}`}>
                <Title s={s} href={sessionHref} /> — <When p={s.at} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.moved.length > 0 && (
        <section>
          <h3 className={`${heading} text-amber-800`}>Moved ({c.moved.length})</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {c.moved.map((s) => (
              <li key={s.code} data-testid={`change-moved-${s.code}`}>
                <Title s={s} href={sessionHref} /> —{' '}
                <del className="text-slate-600">
                  <When p={s.from} />
                </del>{' '}
                <span aria-hidden="true">→</span>
                <span className="sr-only">now</span>{' '}
                <ins className="font-medium no-underline">
                  <When p={s.to} />
                </ins>
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.cancelled.length > 0 && (
        <section>
          <h3 className={`${heading} text-red-800`}>Cancelled ({c.cancelled.length})</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {c.cancelled.map((s) => (
              <li key={s.code} data-testid={`change-cancelled-${s.code}`}>
                <Title s={s} href={cancelledHref} /> — was <When p={s.from} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
