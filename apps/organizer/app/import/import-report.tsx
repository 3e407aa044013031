// The import's report: created / updated / unchanged per kind, then what changed, what was skipped and why, sessions
// the file no longer lists (kept), and the reader's warnings. The same view serves the preview and the result.
import type { ReactNode } from 'react';
import type { ImportReport } from '@podium/domain';

const KINDS = [
  ['rooms', 'Rooms'],
  ['tracks', 'Tracks'],
  ['sessionTypes', 'Session types'],
  ['speakers', 'Speakers'],
  ['sessions', 'Sessions'],
  ['breaks', 'Breaks'],
  ['days', 'Days'],
] as const;

const KIND_NOUN: Record<ImportReport['changes'][number]['kind'], string> = {
  rooms: 'Room',
  tracks: 'Track',
  sessionTypes: 'Session type',
  speakers: 'Speaker',
  sessions: 'Session',
  breaks: 'Break',
  days: 'Day',
  conference: 'Conference',
};

const FORMAT_LABEL: Record<ImportReport['file']['format'], string> = {
  'frab-xml': 'frab/pretalx schedule.xml',
  'pentabarf-xml': 'pentabarf XML',
  'frab-json': 'frab/pretalx schedule.json',
  'sessionize-json': 'Sessionize JSON',
};

/** Long lists (FOSDEM updates hundreds of sessions at once) show their first entries; the counts say how many. */
const SHOWN = 100;

function List<T>({ title, items, testId, render }: { title: string; items: T[]; testId: string; render: (x: T) => ReactNode }) {
  if (items.length === 0) return null;
  return (
    <section className="mt-5" data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-800">
        {title} <span className="font-normal text-slate-500">({items.length})</span>
      </h3>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
        {items.slice(0, SHOWN).map((x, i) => (
          <li key={i}>{render(x)}</li>
        ))}
        {items.length > SHOWN && <li className="text-slate-500">… and {items.length - SHOWN} more.</li>}
      </ul>
    </section>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const c = report.conference;
  const nothing = Object.values(report.counts).every((n) => n.created === 0 && n.updated === 0);
  return (
    <div data-testid="import-report">
      <p className="text-sm text-slate-700" data-testid="import-summary">
        {report.dryRun ? 'Would import' : 'Imported'} {report.file.events} event(s) from a {FORMAT_LABEL[report.file.format]} file (“{report.file.title}”, {report.file.timeZone}) into{' '}
        {c.created ? 'the new conference' : 'the conference'} <strong>{c.name}</strong> ({c.timeZone}, {c.startDate} to {c.endDate}).
        {nothing && ' Everything in the file is there already: nothing to change.'}
      </p>
      <table className="mt-4 w-full max-w-lg text-sm" data-testid="import-counts">
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 font-medium">
              <span className="sr-only">Kind</span>
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {report.dryRun ? 'To create' : 'Created'}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {report.dryRun ? 'To update' : 'Updated'}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Unchanged
            </th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map(([k, label]) => (
            <tr key={k} className="border-t border-slate-100" data-testid={`count-${k}`}>
              <th scope="row" className="py-1 text-left font-normal text-slate-800">
                {label}
              </th>
              <td className="py-1 text-right tabular-nums">{report.counts[k].created}</td>
              <td className="py-1 text-right tabular-nums">{report.counts[k].updated}</td>
              <td className="py-1 text-right tabular-nums">{report.counts[k].unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <List
        title={report.dryRun ? 'Would update' : 'Updated'}
        items={report.changes}
        testId="import-changes"
        render={(x) => (
          <>
            {KIND_NOUN[x.kind]} “{x.label}”: {x.fields.join(', ')}
          </>
        )}
      />
      <List
        title="Skipped"
        items={report.skipped}
        testId="import-skipped"
        render={(x) => (
          <>
            {x.kind === 'event' ? 'Event' : 'Person'} {x.label}: {x.reason}
          </>
        )}
      />
      <List
        title="Not in the file, kept as they are"
        items={report.missing}
        testId="import-missing"
        render={(x) => (
          <>
            Session {x.code} “{x.title}”
          </>
        )}
      />
      <List title="Warnings" items={report.warnings} testId="import-warnings" render={(x) => x} />
    </div>
  );
}
