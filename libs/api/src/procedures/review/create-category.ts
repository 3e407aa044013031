import { createScoreCategory } from '@podium/db';
import { organizerProcedure } from '../../trpc.ts';
import { checkCategoryInput } from './category-input.ts';
import { createCategoryInput, saveCategoryOutput } from './save-category.schema.ts';

/** Adds a score category after the existing ones (organizers). */
export const createCategoryProcedure = organizerProcedure
  .input(createCategoryInput)
  .output(saveCategoryOutput)
  .mutation(async ({ ctx, input }) => {
    const { nextPosition } = await checkCategoryInput(ctx.db, ctx.conference.id, input);
    const { slug: _slug, ...data } = input;
    const category = await createScoreCategory(ctx.db, ctx.conference.id, { ...data, name: data.name.trim(), description: data.description.trim(), position: nextPosition });
    return { category };
  });
