import { QUESTION_KIND_LABELS, QUESTION_KINDS } from '@podium/domain';
import { Section } from '@podium/ui';
import { forPage, getApi } from '../../../lib/server';
import { TopBar } from '../../top-bar';
import { ConferenceNav } from '../conference-nav';
import * as act from './actions';
import { ButtonForm, QuestionForm, SessionTypeForm, TrackForm, WindowForm } from './forms';

export const dynamic = 'force-dynamic';

const kinds = QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }));


export default async function CfpSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getApi();
  const path = `/${slug}/cfp`;
  const [{ user }, overview, s] = await Promise.all([forPage(api.organizer.myConferences(), path), forPage(api.organizer.overview({ slug }), path), forPage(api.cfp.settings({ slug }), path)]);
  const tz = s.timeZone;
  const trackName = new Map(s.tracks.map((t) => [t.id, t.name]));
  const typeName = new Map(s.sessionTypes.map((t) => [t.id, t.name]));
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={overview.conference.name} current="cfp" />
      </TopBar>
      <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">Call for papers</h1>

        <Section title="Dates and text" id="window">
          <WindowForm action={act.saveWindow.bind(null, slug)} initial={s} timeZone={tz} />
        </Section>

        <Section title="Session types" id="types" description="What speakers can propose, how long it runs by default, and an earlier or later deadline per type.">
          <ul className="divide-y divide-slate-100" data-testid="session-types">
            {s.sessionTypes.map((t) => (
              <li key={t.id} className="py-3">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">{t.name}</span>{' '}
                    <span className="text-sm text-slate-600">
                      · {t.defaultDurationMinutes} min{t.cfpClosesAt && ` · deadline ${t.cfpClosesAt.replace('T', ' ')}`} · {t.submissions} proposal(s)
                    </span>
                  </summary>
                  <div className="mt-3 space-y-3 pl-4">
                    <SessionTypeForm action={act.saveSessionType.bind(null, slug, t.id)} initial={t} submitLabel="Save" timeZone={tz} />
                    <ButtonForm action={act.deleteSessionType.bind(null, slug, t.id)} label={`Delete ${t.name}`} tone="danger" />
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 text-sm font-semibold text-slate-700">Add a session type</h3>
          <div className="mt-2">
            <SessionTypeForm action={act.saveSessionType.bind(null, slug, undefined)} submitLabel="Add session type" timeZone={tz} />
          </div>
        </Section>

        <Section title="Tracks" id="tracks">
          <ul className="divide-y divide-slate-100" data-testid="tracks">
            {s.tracks.map((t) => (
              <li key={t.id} className="py-3">
                <details>
                  <summary className="cursor-pointer">
                    <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-full align-middle" style={{ backgroundColor: t.color }} />
                    <span className="font-medium">{t.name}</span> <span className="text-sm text-slate-600">· {t.submissions} proposal(s)</span>
                  </summary>
                  <div className="mt-3 space-y-3 pl-4">
                    <TrackForm action={act.saveTrack.bind(null, slug, t.id)} initial={t} submitLabel="Save" />
                    <ButtonForm action={act.deleteTrack.bind(null, slug, t.id)} label={`Delete ${t.name}`} tone="danger" />
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 text-sm font-semibold text-slate-700">Add a track</h3>
          <div className="mt-2">
            <TrackForm action={act.saveTrack.bind(null, slug, undefined)} submitLabel="Add track" />
          </div>
        </Section>

        <Section title="Custom questions" id="questions" description="Asked in the proposal form or once in the speaker profile. Answered questions keep their kind; deactivate them to stop asking.">
          {s.questions.length === 0 && <p className="text-sm text-slate-600">No questions yet.</p>}
          <ol className="divide-y divide-slate-100" data-testid="questions">
            {s.questions.map((q, i) => (
              <li key={q.id} className="py-3">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">{q.label}</span>{' '}
                    <span className="text-sm text-slate-600">
                      · {QUESTION_KIND_LABELS[q.kind]} · {q.target === 'PROPOSAL' ? 'per proposal' : 'per speaker'}
                      {q.required && ' · required'}
                      {!q.active && ' · inactive'}
                      {q.trackId && ` · ${trackName.get(q.trackId)}`}
                      {q.sessionTypeId && ` · ${typeName.get(q.sessionTypeId)}`} · {q.answers} answer(s)
                    </span>
                  </summary>
                  <div className="mt-3 space-y-3 pl-4">
                    <QuestionForm action={act.saveQuestion.bind(null, slug, q.id)} initial={q} submitLabel="Save" kinds={kinds} tracks={s.tracks} sessionTypes={s.sessionTypes} />
                    <div className="flex flex-wrap gap-2">
                      {i > 0 && <ButtonForm action={act.moveQuestion.bind(null, slug, q.id, 'up')} label="Move up" />}
                      {i < s.questions.length - 1 && <ButtonForm action={act.moveQuestion.bind(null, slug, q.id, 'down')} label="Move down" />}
                      <ButtonForm action={act.deleteQuestion.bind(null, slug, q.id)} label="Delete question" tone="danger" />
                    </div>
                  </div>
                </details>
              </li>
            ))}
          </ol>
          <h3 className="mt-4 text-sm font-semibold text-slate-700">Add a question</h3>
          <div className="mt-2">
            <QuestionForm action={act.saveQuestion.bind(null, slug, undefined)} submitLabel="Add question" kinds={kinds} tracks={s.tracks} sessionTypes={s.sessionTypes} />
          </div>
        </Section>
      </main>
    </>
  );
}
