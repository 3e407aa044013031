// Schedule releases (organizers only): the checklist before a release, the release itself, and past releases.
// The public changelog is in the public router (root.ts).
import { router } from '../trpc.ts';
import { getChecklistProcedure } from '../procedures/releases/get-checklist.ts';
import { releaseProcedure } from '../procedures/releases/release.ts';
import { listReleasesProcedure } from '../procedures/releases/list-releases.ts';

export const releasesRouter = router({
  checklist: getChecklistProcedure,
  release: releaseProcedure,
  list: listReleasesProcedure,
});
