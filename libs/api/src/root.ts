// Routers only wire procedures together; each procedure lives in its own file with its schemas beside it.
import { createCallerFactory, router } from './trpc.ts';
import { listConferencesProcedure } from './procedures/public/list-conferences.ts';
import { getAgendaProcedure } from './procedures/public/get-agenda.ts';
import { getSessionProcedure } from './procedures/public/get-session.ts';
import { getSpeakerProcedure } from './procedures/public/get-speaker.ts';
import { getRoomProcedure } from './procedures/public/get-room.ts';
import { listMyConferencesProcedure } from './procedures/organizer/list-my-conferences.ts';
import { getOverviewProcedure } from './procedures/organizer/get-overview.ts';
import { listSessionsProcedure } from './procedures/organizer/list-sessions.ts';
import { cancelSessionProcedure } from './procedures/organizer/cancel-session.ts';
import { restoreSessionProcedure } from './procedures/organizer/restore-session.ts';
import { speakerRouter } from './routers/speaker.ts';
import { reviewRouter } from './routers/review.ts';
import { mailRouter } from './routers/mail.ts';
import { cfpRouter } from './routers/cfp.ts';
import { scheduleRouter } from './routers/schedule.ts';
import { teamRouter } from './routers/team.ts';
import { speakersRouter } from './routers/speakers.ts';
import { releasesRouter } from './routers/releases.ts';
import { getChangelogProcedure } from './procedures/releases/get-changelog.ts';
import { importRouter } from './routers/import.ts';

/** The published agenda: anonymous, served by both apps. */
const publicRouter = router({
  listConferences: listConferencesProcedure,
  agenda: getAgendaProcedure,
  session: getSessionProcedure,
  speaker: getSpeakerProcedure,
  room: getRoomProcedure,
  changelog: getChangelogProcedure,
});

export const appRouter = router({
  public: publicRouter,
  organizer: router({
    myConferences: listMyConferencesProcedure,
    overview: getOverviewProcedure,
    sessions: listSessionsProcedure,
    /** Call off an accepted or confirmed session (off the grid; the next release lists it as cancelled), and take that back. */
    cancelSession: cancelSessionProcedure,
    restoreSession: restoreSessionProcedure,
  }),
  /** Speaker portal (public app): sign-up, profile, proposals, co-speakers, confirmation. */
  speaker: speakerRouter,
  /** Program committee and decisions (organizer app). */
  review: reviewRouter,
  /** Outbox and mail templates (organizer app). */
  mail: mailRouter,
  /** CFP settings: dates, session types, tracks, questions (organizer app). */
  cfp: cfpRouter,
  /** Schedule editor: grid, moves, breaks, conflict settings, audit log (organizer app). */
  schedule: scheduleRouter,
  /** Team invitations from the invitee's side: the link's page, an account for the invited address, accepting (organizer app). */
  team: teamRouter,
  /** Speakers area: bios, photos and links approved by staff before they go public (organizer app). */
  speakers: speakersRouter,
  /** Schedule releases: checklist, release, past releases (organizer app). */
  releases: releasesRouter,
  /** Importing schedules from other tools: preview and import into a conference, or a new conference from a file (organizer app). */
  import: importRouter,
});

export type AppRouter = typeof appRouter;

/**
 * What the public app serves over HTTP: the agenda and the speaker portal only. Staff procedures are reached through
 * the organizer app, so a session in the public app never opens the review, mail or schedule API there.
 */
export const publicAppRouter = router({ public: publicRouter, speaker: speakerRouter });
export const createCaller = createCallerFactory(appRouter);
