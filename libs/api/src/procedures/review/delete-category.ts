import { deleteScoreCategory, findScoreCategory } from '@podium/db';
import { DomainError, notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { deleteCategoryInput, deleteCategoryOutput } from './delete-category.schema.ts';

/** Removes an unused score category (organizers); one that reviews use can only be deactivated. */
export const deleteCategoryProcedure = organizerProcedure
  .input(deleteCategoryInput)
  .output(deleteCategoryOutput)
  .mutation(async ({ ctx, input }) => {
    const category = await findScoreCategory(ctx.db, ctx.conference.id, input.id);
    if (!category) throw notFound('The score category');
    if (category._count.scores > 0) {
      throw new DomainError('CONFLICT', `Reviews already score “${category.name}”: deactivate it instead, so their scores are kept.`);
    }
    await deleteScoreCategory(ctx.db, category.id);
    return { ok: true as const };
  });
