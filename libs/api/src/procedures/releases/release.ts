import { releaseSchedule } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { publicUrl } from '../../services/mail.ts';
import { changelogOutput } from './release-common.schema.ts';
import { releaseInput, releaseOutput } from './release.schema.ts';

/**
 * Releases the work-in-progress schedule (organizers only): refused while blocking conflicts remain, when the name is
 * taken, or when the schedule changed since the checklist was loaded (another release included). One transaction
 * writes the new version, the audit entry and the speakers' mails.
 */
export const releaseProcedure = organizerProcedure
  .input(releaseInput)
  .output(releaseOutput)
  .mutation(async ({ ctx, input }) => {
    const r = await releaseSchedule(ctx.db, {
      conferenceId: ctx.conference.id,
      name: input.name,
      comment: input.comment,
      userId: ctx.user.id,
      expectedRevision: input.expectedRevision,
      notifySpeakers: input.notifySpeakers,
      publicBaseUrl: publicUrl(''),
    });
    return {
      name: r.name,
      releasedAt: r.releasedAt,
      revision: r.revision,
      changelog: changelogOutput(r.changelog, ctx.conference.timeZone, r.sessions),
      warnings: r.warnings.length,
      mailsQueued: r.mailsQueued,
    };
  });
