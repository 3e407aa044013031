import { createQuestion, findQuestion, idsBelongToConference, updateQuestion } from '@podium/db';
import { DomainError, notFound, validateQuestion } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { saveQuestionInput, savedOutput } from './cfp.schema.ts';

/**
 * Creates or updates a custom question. Once answered, its kind and target are fixed (existing answers would no
 * longer fit); text, help, choices added, required flag and limits may still change.
 */
export const saveQuestionProcedure = organizerProcedure
  .input(saveQuestionInput)
  .output(savedOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const existing = input.id ? await findQuestion(ctx.db, conferenceId, input.id) : null;
    if (input.id && !existing) throw notFound('This question');
    const { options } = validateQuestion(input);
    const fields: Record<string, string> = {};
    if (existing && existing._count.answers > 0) {
      if (existing.kind !== input.kind) fields.kind = `Already answered ${existing._count.answers} time(s): the kind can no longer change.`;
      if (existing.target !== input.target) fields.target = `Already answered ${existing._count.answers} time(s): it can no longer move between proposal and speaker.`;
      const removed = existing.options.filter((o) => !options.includes(o));
      if (existing.kind === input.kind && removed.length) fields.options = `Answers use ${removed.map((o) => `"${o}"`).join(', ')}: keep these choices.`;
    }
    const limits = { trackId: input.target === 'PROPOSAL' ? input.trackId : null, sessionTypeId: input.target === 'PROPOSAL' ? input.sessionTypeId : null };
    const belongs = await idsBelongToConference(ctx.db, conferenceId, limits);
    if (!belongs.track) fields.trackId = 'No such track in this conference.';
    if (!belongs.sessionType) fields.sessionTypeId = 'No such session type in this conference.';
    if (Object.keys(fields).length) throw new DomainError('INVALID', 'Please correct the marked fields.', fields);
    const data = { target: input.target, kind: input.kind, label: input.label.trim(), helpText: input.helpText.trim(), required: input.required, options, active: input.active, ...limits };
    const saved = existing ? await updateQuestion(ctx.db, existing.id, data) : await createQuestion(ctx.db, conferenceId, data);
    return { id: saved.id };
  });
