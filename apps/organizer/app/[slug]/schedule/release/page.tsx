import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { formatUtcOffset, localDateKey, localTimeOfDay, STATE_LABELS, utcOffsetMinutes } from '@podium/domain';
import { AgendaGrid, AgendaList, ChangelogList } from '@podium/ui';
import { forPage, getApi } from '../../../../lib/server';
import { TopBar } from '../../../top-bar';
import { ConferenceNav } from '../../conference-nav';
import { releaseSchedule } from './actions';
import { ReleaseForm } from './release-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Release the schedule' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ view?: string }> };

function Count({ n, tone }: { n: number; tone: 'red' | 'amber' | 'slate' }) {
  const colors = n === 0 ? 'bg-emerald-100 text-emerald-800' : { red: 'bg-red-100 text-red-800', amber: 'bg-amber-100 text-amber-900', slate: 'bg-slate-200 text-slate-800' }[tone];
  return <span className={`ml-2 rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ${colors}`}>{n === 0 ? '✓ none' : n}</span>;
}

function Item({ id, title, n, tone, children, note }: { id: string; title: string; n: number; tone: 'red' | 'amber' | 'slate'; children: ReactNode; note?: string }) {
  return (
    <section aria-labelledby={id} className="border-t border-slate-100 py-3 first:border-t-0" data-testid={id}>
      <h3 id={id} className="flex items-center text-sm font-semibold text-slate-900">
        {title}
        <Count n={n} tone={tone} />
      </h3>
      {note && n > 0 && <p className="mt-1 text-xs text-slate-600">{note}</p>}
      {n > 0 && <div className="mt-2 text-sm">{children}</div>}
    </section>
  );
}

/** Release the work-in-progress schedule: the checklist, the changes, a preview of the public agenda, past releases. */
export default async function ReleasePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const view = (await searchParams).view === 'list' ? 'list' : 'grid';
  const api = await getApi();
  const path = `/${slug}/schedule/release`;
  const [{ user, conferences }, c, { releases }] = await Promise.all([
    forPage(api.organizer.myConferences(), path),
    forPage(api.releases.checklist({ slug }), path),
    forPage(api.releases.list({ slug }), path),
  ]);
  const conference = conferences.find((x) => x.slug === slug);
  const tz = c.timeZone;
  const when = (d: Date) => `${localDateKey(d, tz)} ${localTimeOfDay(d, tz)} (${formatUtcOffset(utcOffsetMinutes(d, tz))})`;
  const grid = `/${slug}/schedule`;
  const proposal = (code: string) => `/${slug}/review/proposals/${code}`;
  const roomNames = new Map(c.preview.rooms.map((r) => [r.id, r.name]));
  const conflictList = (list: typeof c.blocking, testId: string) => (
    <ul className="space-y-2" data-testid={testId}>
      {list.map((x, i) => (
        <li key={`${x.kind}-${x.slotIds.join('-')}-${i}`}>
          <p>{x.message}</p>
          <p className="text-xs text-slate-600">
            {x.sessions.map((s) => `${s.title} (${s.code})`).join(' · ')}
            {x.date && ` · ${x.date}`} ·{' '}
            <Link href={grid} className="font-medium text-blue-800 hover:underline">
              Open in the grid
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
  const tab = (v: 'grid' | 'list', text: string) => (
    <Link
      href={v === 'grid' ? `${path}#preview` : `${path}?view=list#preview`}
      aria-current={view === v ? 'page' : undefined}
      className={`rounded-md px-3 py-1 text-sm font-medium ${view === v ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-200'}`}
    >
      {text}
    </Link>
  );
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conference?.name ?? slug} current="schedule" />
      </TopBar>
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h1 className="text-2xl font-bold tracking-tight">Release the schedule</h1>
            <p className="text-sm text-slate-600">
              {c.latest ? `The public sees release ${c.latest.name}, released ${when(c.latest.releasedAt)}.` : 'Nothing is public yet: this will be the first release.'} Times in {tz} ({c.offset}).
            </p>
          </div>
          <Link href={grid} className="text-sm font-medium text-blue-800 hover:underline">
            ← Schedule editor
          </Link>
        </div>

        <section aria-labelledby="checklist" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="checklist" className="text-lg font-semibold">
            Before you release
          </h2>
          <div className="mt-2">
            <Item id="check-blocking" title="Blocking conflicts" n={c.blocking.length} tone="red" note="Each one stops the release: resolve it in the grid (or lower its severity in the conflict settings).">
              {conflictList(c.blocking, 'blocking-list')}
            </Item>
            <Item id="check-warnings" title="Warnings" n={c.warnings.length} tone="amber" note="Released as they are.">
              {conflictList(c.warnings, 'warning-list')}
            </Item>
            <Item id="check-unscheduled" title="Accepted sessions not on the grid" n={c.unscheduled.length} tone="amber" note="They will not be published.">
              <ul className="list-inside list-disc">
                {c.unscheduled.map((s) => (
                  <li key={s.code}>
                    {s.title} <span className="text-slate-600">({s.code}, {STATE_LABELS[s.state].toLowerCase()})</span>
                  </li>
                ))}
              </ul>
            </Item>
            <Item id="check-unconfirmed" title="Sessions on the grid not confirmed by their speakers" n={c.unconfirmed.length} tone="amber" note="They will be published all the same.">
              <ul className="list-inside list-disc">
                {c.unconfirmed.map((s) => (
                  <li key={s.code}>
                    {s.title} <span className="text-slate-600">({s.code})</span>
                  </li>
                ))}
              </ul>
            </Item>
            <Item id="check-bios" title="Speakers whose bio is missing or not approved" n={c.bios.length} tone="slate" note="The public sees only approved bios.">
              <ul className="list-inside list-disc">
                {c.bios.map((b) => (
                  <li key={b.code}>
                    {b.name}: {b.problem === 'missing' ? 'no bio' : 'bio waiting for approval'} <span className="text-slate-600">({b.sessions.join(', ')})</span>
                  </li>
                ))}
              </ul>
            </Item>
          </div>
        </section>

        <section aria-labelledby="changes" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="changes" className="text-lg font-semibold">
            {c.latest ? `Changes since ${c.latest.name}` : 'What the first release publishes'}
          </h2>
          <div className="mt-3">
            <ChangelogList changelog={c.changelog} sessionHref={proposal} cancelledHref={proposal} testId="changelog-to-be" />
          </div>
        </section>

        <section aria-labelledby="release" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="release" className="text-lg font-semibold">
            Release
          </h2>
          {c.canRelease ? (
            <div className="mt-3">
              <ReleaseForm action={releaseSchedule.bind(null, slug, c.revision)} suggestedName={c.suggestedName} mails={c.mails} />
            </div>
          ) : (
            <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="release-blocked">
              The release is blocked by {c.blocking.length} conflict{c.blocking.length === 1 ? '' : 's'} (listed above).{' '}
              <Link href={grid} className="font-medium underline">
                Resolve them in the grid
              </Link>
              , then come back.
            </p>
          )}
        </section>

        <section aria-labelledby="preview" className="rounded-lg border-2 border-dashed border-amber-400 bg-amber-50/40 p-5" data-testid="preview">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="preview" className="text-lg font-semibold">
                <span className="mr-2 rounded bg-amber-400 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-amber-950">Preview</span>
                The public agenda as it will look
              </h2>
              <p className="text-sm text-slate-700">Not public until you release. All times local to the conference: {tz} ({c.offset}).</p>
            </div>
            <div className="flex gap-1 rounded-lg bg-slate-100 p-1" role="group" aria-label="Preview view">
              {tab('grid', 'Grid')}
              {tab('list', 'List')}
            </div>
          </div>
          {c.preview.days.map((d) => (
            <section key={d.date} aria-labelledby={`preview-${d.date}`} className="mt-6" data-testid={`preview-day-${d.date}`}>
              <h3 id={`preview-${d.date}`} className="mb-2 font-semibold">
                {d.label}
              </h3>
              {view === 'grid' ? (
                <AgendaGrid day={d} sessionHref={proposal} />
              ) : (
                <AgendaList day={d} sessionHref={proposal} speakerHref={() => `/${slug}/sessions`} roomName={(id) => (id ? (roomNames.get(id) ?? '') : '')} />
              )}
            </section>
          ))}
        </section>

        <section aria-labelledby="past" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="past" className="text-lg font-semibold">
            Past releases
          </h2>
          {releases.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">None yet.</p>
          ) : (
            <table className="mt-3 w-full text-left text-sm" data-testid="past-releases">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">Name</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Released</th>
                  <th scope="col" className="py-1 pr-3 font-medium">By</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Sessions</th>
                  <th scope="col" className="py-1 font-medium">Comment</th>
                </tr>
              </thead>
              <tbody>
                {releases.map((r) => (
                  <tr key={r.name} className="border-t border-slate-100 align-top" data-testid={`past-release-${r.name}`}>
                    <td className="py-1.5 pr-3 font-medium">{r.name}</td>
                    <td className="py-1.5 pr-3 tabular-nums whitespace-nowrap">{when(r.releasedAt)}</td>
                    <td className="py-1.5 pr-3">{r.releasedBy ?? '—'}</td>
                    <td className="py-1.5 pr-3 tabular-nums">{r.sessions}</td>
                    <td className="py-1.5 whitespace-pre-line">{r.comment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </>
  );
}
