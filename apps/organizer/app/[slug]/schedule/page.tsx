import Link from 'next/link';
import type { Metadata } from 'next';
import { forPage, getApi } from '../../../lib/server';
import { TopBar } from '../../top-bar';
import { ConferenceNav } from '../conference-nav';
import { ScheduleEditor } from './schedule-editor';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Schedule editor' };

/** The organizers' schedule editor: the work-in-progress version as a grid per day (rooms × time). */
export default async function SchedulePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getApi();
  const path = `/${slug}/schedule`;
  const [{ user, conferences }, grid, settings] = await Promise.all([
    forPage(api.organizer.myConferences(), path),
    forPage(api.schedule.grid({ slug }), path),
    forPage(api.schedule.settings.get({ slug }), path),
  ]);
  // The newest automatic-scheduler run: a running one or a proposal still waiting reopens its panel.
  const solveRun = await forPage(api.schedule.solve.status({ slug }), path);
  const conference = conferences.find((c) => c.slug === slug);
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conference?.name ?? slug} current="schedule" />
      </TopBar>
      <main className="px-4 py-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold tracking-tight">Schedule editor</h1>
          <div className="flex flex-wrap items-baseline gap-4">
            <Link href={`/${slug}/schedule/rooms`} className="text-sm font-medium text-blue-800 hover:underline">
              Rooms and day hours →
            </Link>
            <Link href={`/${slug}/schedule/release`} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700" data-testid="release-link">
              Release…
            </Link>
          </div>
        </div>
        <p className="text-sm text-slate-600">Work in progress · times in {grid.timeZone}. Drag sessions onto the grid, or focus one and press Enter to pick it up with the keyboard (P pins or unpins it).</p>
        <ScheduleEditor slug={slug} initialGrid={grid} initialSettings={settings} latestSolveRun={solveRun} />
      </main>
    </>
  );
}
