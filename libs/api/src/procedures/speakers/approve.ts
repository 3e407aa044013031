import { approveSpeakerBio, createAuditEntry, deleteAvatarIfUnused } from '@podium/db';
import { bioDifferences, DomainError } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { approveSpeakerInput, approveSpeakerOutput } from './approve.schema.ts';
import { approvedCopy, auditCopy, loadSpeaker, workingCopy } from './support.ts';

/**
 * Approves a speaker's working copy of bio, photo and links: it is copied exactly to the approved copy the public
 * sees, stamped with who and when, and audited. Refused when nothing is pending, and when the speaker changed the
 * working copy after the organizer's page loaded it (`expectedChangedAt`). Organizers only.
 */
export const approveSpeakerProcedure = organizerProcedure
  .input(approveSpeakerInput)
  .output(approveSpeakerOutput)
  .mutation(async ({ ctx, input }) => {
    const c = ctx.conference;
    return ctx.db.$transaction(async (tx) => {
      const profile = await loadSpeaker(tx, c.id, input.code);
      const working = workingCopy(profile);
      const approved = approvedCopy(profile);
      if (bioDifferences(working, approved).length === 0) {
        throw new DomainError('CONFLICT', `Nothing to approve: the public profile of ${profile.user.name} is already their current version.`);
      }
      const at = new Date();
      const seen = { bio: profile.bio, avatarId: profile.avatarId, links: profile.links, bioChangedAt: profile.bioChangedAt };
      const unchanged = (profile.bioChangedAt?.getTime() ?? null) === (input.expectedChangedAt?.getTime() ?? null);
      if (!unchanged || !(await approveSpeakerBio(tx, profile.id, seen, { userId: ctx.user.id, at }))) {
        throw new DomainError('CONFLICT', `${profile.user.name} changed their profile after you opened it: look at the new version, then approve it.`);
      }
      // The photo that was public until now goes once no profile uses it any more.
      if (approved.avatarId && approved.avatarId !== working.avatarId) await deleteAvatarIfUnused(tx, approved.avatarId);
      await createAuditEntry(tx, {
        conferenceId: c.id,
        userId: ctx.user.id,
        action: 'speakers.bio.approve',
        entity: 'SpeakerProfile',
        entityId: profile.id,
        before: auditCopy(approved),
        after: auditCopy(working),
      });
      return { state: 'PUBLISHED' as const, approvedAt: at };
    });
  });
