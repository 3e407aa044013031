import { deleteSessionType, findSessionType } from '@podium/db';
import { DomainError, notFound } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { byIdInput, okOutput } from './cfp.schema.ts';

/** Deletes an unused session type; one with proposals is kept (deleting it would lose them). */
export const deleteSessionTypeProcedure = organizerProcedure
  .input(byIdInput)
  .output(okOutput)
  .mutation(async ({ ctx, input }) => {
    const type = await findSessionType(ctx.db, ctx.conference.id, input.id);
    if (!type) throw notFound('This session type');
    if (type._count.submissions > 0) {
      throw new DomainError('CONFLICT', `"${type.name}" has ${type._count.submissions} proposal(s); move them to another type first.`);
    }
    await deleteSessionType(ctx.db, type.id);
    return { ok: true as const };
  });
