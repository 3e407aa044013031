import { upsertReviewBid } from '@podium/db';
import { staffProcedure } from '../../trpc.ts';
import { findVisibleProposal, loadReviewContext } from './access.ts';
import { bidInput, bidOutput } from './bid.schema.ts';

/** Says how much I want to review a proposal; the automatic assignment honours it where it can. */
export const bidProcedure = staffProcedure
  .input(bidInput)
  .output(bidOutput)
  .mutation(async ({ ctx, input }) => {
    const { scope } = await loadReviewContext(ctx.db, ctx.conference.id, ctx.principal);
    const p = await findVisibleProposal(ctx.db, ctx.conference.id, scope, input.code);
    const bid = await upsertReviewBid(ctx.db, p.id, ctx.principal.userId, input.preference);
    return { preference: bid.preference };
  });
