import {
  findOwnSpeakerProfile,
  listActiveQuestions,
  listProposalScopesOfProfile,
  replaceAvailability,
  saveAnswers,
  updateSpeakerProfileFields,
  updateUserName,
} from '@podium/db';
import { applicableQuestions, assertNoFieldErrors, bioDifferences, calendarDateKey, checkAvailability, checkProfile, validateAnswers } from '@podium/domain';
import { signedInConferenceProcedure } from '../../trpc.ts';
import { updateProfileInput, updateProfileOutput } from './update-profile.schema.ts';
import { ensureSpeakerProfile } from './support.ts';

/**
 * Saves the caller's speaker profile: name, Markdown bio (no raw HTML), links, answers to speaker questions and,
 * when the conference asks, availability windows in its local time. All or nothing: any refused field changes nothing.
 * Bio and links are the speaker's working copy: the public sees them once an organizer approves them. A save that
 * changes them marks the profile as changed (bioChangedAt) for the organizers; a save that changes nothing else does not.
 */
export const updateProfileProcedure = signedInConferenceProcedure
  .input(updateProfileInput)
  .output(updateProfileOutput)
  .mutation(async ({ ctx, input }) => {
    const c = ctx.conference;
    const profileChecked = checkProfile(input);
    const existing = await findOwnSpeakerProfile(ctx.db, c.id, ctx.user.id);
    const [questions, scopes] = await Promise.all([listActiveQuestions(ctx.db, c.id), existing ? listProposalScopesOfProfile(ctx.db, existing.id) : []]);
    const asked = applicableQuestions(questions, 'SPEAKER', scopes);
    const answers = validateAnswers(asked, input.answers, true);
    const availability = c.collectAvailability
      ? checkAvailability(input.availability, { startDate: calendarDateKey(c.startDate), endDate: calendarDateKey(c.endDate), timeZone: c.timeZone })
      : null;
    assertNoFieldErrors({ ...profileChecked.fields, ...answers.fields, ...(availability?.fields ?? {}) }, 'Your profile was not saved: see the marked fields.');

    const profile = await ensureSpeakerProfile(ctx.db, c.id, ctx.user.id);
    const { bio, links } = profileChecked.value;
    await ctx.db.$transaction(async (tx) => {
      // Read inside the transaction: what the working copy is now decides whether this save changes it.
      const current = await findOwnSpeakerProfile(tx, c.id, ctx.user.id);
      const changed = !current || bioDifferences({ bio, links, avatarId: current.avatarId }, { bio: current.bio, links: current.links, avatarId: current.avatarId }).length > 0;
      await updateUserName(tx, ctx.user.id, profileChecked.value.name);
      await updateSpeakerProfileFields(tx, profile.id, { bio, links, changedAt: changed ? new Date() : null });
      await saveAnswers(tx, { speakerProfileId: profile.id }, answers.values, Object.keys(answers.values));
      if (availability) await replaceAvailability(tx, profile.id, availability.value);
    });
    return { code: profile.code };
  });
