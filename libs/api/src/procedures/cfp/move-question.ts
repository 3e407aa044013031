import { findQuestion, moveQuestion } from '@podium/db';
import { notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { moveQuestionInput, okOutput } from './cfp.schema.ts';

export const moveQuestionProcedure = organizerProcedure
  .input(moveQuestionInput)
  .output(okOutput)
  .mutation(async ({ ctx, input }) => {
    if (!(await findQuestion(ctx.db, ctx.conference.id, input.id))) throw notFound('This question');
    await moveQuestion(ctx.db, ctx.conference.id, input.id, input.direction);
    return { ok: true as const };
  });
