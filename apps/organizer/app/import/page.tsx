import Link from 'next/link';
import { redirect } from 'next/navigation';
import { MAX_IMPORT_FILE_BYTES } from '@podium/domain';
import { forPage, getApi } from '../../lib/server';
import { TopBar } from '../top-bar';
import { importNewConference } from './actions';
import { ImportForm } from './import-form';

export const dynamic = 'force-dynamic';

/** A new conference from another tool's schedule file: administrators only. */
export default async function NewConferenceImportPage() {
  const { user } = await forPage((await getApi()).organizer.myConferences(), '/import');
  if (!user.isAdmin) redirect(`/forbidden?from=${encodeURIComponent('/import')}`);
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
        <div>
          <Link href="/" className="text-sm font-medium text-blue-800 hover:underline">
            ← Your conferences
          </Link>
          <h1 className="mt-2 text-2xl font-bold tracking-tight">New conference from a schedule file</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Creates a conference with the file&apos;s title, days and time zone, and imports its rooms, tracks, speakers and sessions. To import into a
            conference that exists, use the Import page of that conference.
          </p>
        </div>
        <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <ImportForm action={importNewConference} maxBytes={MAX_IMPORT_FILE_BYTES} defaultTimeZone="UTC" newConference />
        </section>
      </main>
    </>
  );
}
