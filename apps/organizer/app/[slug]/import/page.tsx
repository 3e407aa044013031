import { MAX_IMPORT_FILE_BYTES } from '@podium/domain';
import { forPage, getApi } from '../../../lib/server';
import { TopBar } from '../../top-bar';
import { ConferenceNav } from '../conference-nav';
import { importIntoConference } from '../../import/actions';
import { ImportForm } from '../../import/import-form';

export const dynamic = 'force-dynamic';

/** Import a schedule from another tool (frab/pretalx, pentabarf, Sessionize) into this conference: organizers only. */
export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getApi();
  const path = `/${slug}/import`;
  const [{ user }, overview] = await Promise.all([forPage(api.organizer.myConferences(), path), forPage(api.organizer.overview({ slug }), path)]);
  const { conference } = overview;
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conference.name} current="import" />
      </TopBar>
      <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Import a schedule</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Brings rooms, tracks, speakers and sessions from another tool&apos;s schedule file into {conference.name}, with every session confirmed and placed in
            the work-in-progress schedule (release it from the schedule editor). Importing a newer version of the same file updates what changed; sessions
            it no longer lists are kept and listed. You see what will change before anything is written.
          </p>
        </div>
        <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <ImportForm action={importIntoConference.bind(null, slug)} maxBytes={MAX_IMPORT_FILE_BYTES} defaultTimeZone={conference.timeZone} />
        </section>
      </main>
    </>
  );
}
