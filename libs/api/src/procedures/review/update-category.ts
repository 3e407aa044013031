import { findScoreCategory, scoreRangeOfCategory, updateScoreCategory } from '@podium/db';
import { DomainError, notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { checkCategoryInput } from './category-input.ts';
import { saveCategoryOutput, updateCategoryInput } from './save-category.schema.ts';

/** Changes a score category (organizers). A scale may not shrink below scores reviewers already gave. */
export const updateCategoryProcedure = organizerProcedure
  .input(updateCategoryInput)
  .output(saveCategoryOutput)
  .mutation(async ({ ctx, input }) => {
    const current = await findScoreCategory(ctx.db, ctx.conference.id, input.id);
    if (!current) throw notFound('The score category');
    await checkCategoryInput(ctx.db, ctx.conference.id, input, input.id);
    const used = await scoreRangeOfCategory(ctx.db, current.id);
    const fields: Record<string, string> = {};
    if (used.min !== null && used.min < input.minScore) fields.minScore = `Reviews already give scores down to ${used.min}.`;
    if (used.max !== null && used.max > input.maxScore) fields.maxScore = `Reviews already give scores up to ${used.max}.`;
    if (Object.keys(fields).length) throw new DomainError('INVALID', 'The new scale would leave existing scores outside it.', fields);
    const { slug: _slug, id, ...data } = input;
    const category = await updateScoreCategory(ctx.db, id, { ...data, name: data.name.trim(), description: data.description.trim(), position: current.position });
    return { category };
  });
