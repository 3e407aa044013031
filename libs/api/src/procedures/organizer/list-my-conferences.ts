import { canManageConference } from '@podium/auth';
import { listConferencesForStaff } from '@podium/db';
import { authedProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { listMyConferencesOutput } from './list-my-conferences.schema.ts';

/** The organizer app's start page: the conferences the signed-in person is staff of (admins: all). */
export const listMyConferencesProcedure = authedProcedure.output(listMyConferencesOutput).query(async ({ ctx }) => {
  const rows = await listConferencesForStaff(ctx.db, ctx.user);
  return {
    user: { name: ctx.user.name, email: ctx.user.email, isAdmin: ctx.user.isAdmin },
    conferences: rows.map((c) => ({
      ...toConferenceSummary(c),
      roles: c.roles,
      canManage: canManageConference({ userId: ctx.user.id, isAdmin: ctx.user.isAdmin, teamRoles: c.roles }),
    })),
  };
});
