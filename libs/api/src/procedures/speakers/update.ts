import { createAuditEntry, publishSpeakerBio } from '@podium/db';
import { assertNoFieldErrors, bioDifferences, bioState, checkBioAndLinks, DomainError } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { updateSpeakerInput, updateSpeakerOutput } from './update.schema.ts';
import { approvedCopy, auditCopy, loadSpeaker, workingCopy } from './support.ts';

/**
 * An organizer edits a speaker's bio and links (Markdown, no HTML; http(s) links). Staff edits need no approval:
 * they are written to both copies and public at once (a photo waiting for approval stays waiting). Refused when the
 * speaker changed their profile after the organizer's page loaded it. Audited. Organizers only.
 */
export const updateSpeakerProcedure = organizerProcedure
  .input(updateSpeakerInput)
  .output(updateSpeakerOutput)
  .mutation(async ({ ctx, input }) => {
    const c = ctx.conference;
    const checked = checkBioAndLinks(input);
    assertNoFieldErrors(checked.fields, 'The bio was not saved: see the marked fields.');
    return ctx.db.$transaction(async (tx) => {
      const profile = await loadSpeaker(tx, c.id, input.code);
      const before = approvedCopy(profile);
      const working = { ...workingCopy(profile), ...checked.value };
      const published = { ...before, ...checked.value };
      const at = new Date();
      // Nothing else pending (e.g. a new photo): this edit is the approved version.
      const complete = bioDifferences(working, published).length === 0;
      const seen = { bio: profile.bio, avatarId: profile.avatarId, links: profile.links, bioChangedAt: profile.bioChangedAt };
      const unchanged = (profile.bioChangedAt?.getTime() ?? null) === (input.expectedChangedAt?.getTime() ?? null);
      if (!unchanged || !(await publishSpeakerBio(tx, profile.id, seen, checked.value, complete ? { userId: ctx.user.id, at } : null))) {
        throw new DomainError('CONFLICT', `${profile.user.name} changed their profile after you opened it: your edit was not saved. Look at their new version first.`);
      }
      await createAuditEntry(tx, {
        conferenceId: c.id,
        userId: ctx.user.id,
        action: 'speakers.bio.update',
        entity: 'SpeakerProfile',
        entityId: profile.id,
        before: auditCopy(before),
        after: auditCopy(published),
      });
      return { state: bioState({ working, approved: published, approvedAt: complete ? at : profile.bioApprovedAt }) };
    });
  });
