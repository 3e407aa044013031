import { deleteQuestion, findQuestion } from '@podium/db';
import { DomainError, notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { byIdInput, okOutput } from './cfp.schema.ts';

/** Deletes an unanswered question; an answered one is deactivated instead, so no speaker's answer is lost. */
export const deleteQuestionProcedure = organizerProcedure
  .input(byIdInput)
  .output(okOutput)
  .mutation(async ({ ctx, input }) => {
    const q = await findQuestion(ctx.db, ctx.conference.id, input.id);
    if (!q) throw notFound('This question');
    if (q._count.answers > 0) {
      throw new DomainError('CONFLICT', `This question has ${q._count.answers} answer(s); deactivate it instead to stop asking it.`);
    }
    await deleteQuestion(ctx.db, q.id);
    return { ok: true as const };
  });
