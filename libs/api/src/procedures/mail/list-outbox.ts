import { countOutboxMailsByState, listOutboxMails } from '@podium/db';
import { OUTBOX_STATES, type OutboxState } from '@podium/domain';
import { outboxProcedure } from './mail-procedure.ts';
import { listOutboxInput, listOutboxOutput } from './list-outbox.schema.ts';
import { toOutboxSummary } from './shared.schema.ts';

/** mail.outbox.list: the outbox and the sent log, newest first, with counts per state. */
export const listOutboxProcedure = outboxProcedure
  .input(listOutboxInput)
  .output(listOutboxOutput)
  .query(async ({ ctx, input }) => {
    const [byState, rows] = await Promise.all([
      countOutboxMailsByState(ctx.db, ctx.conference.id),
      listOutboxMails(ctx.db, ctx.conference.id, { state: input.state, take: input.limit ?? 500 }),
    ]);
    const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, byState[s] ?? 0])) as Record<OutboxState, number>;
    const total = input.state ? counts[input.state] : Object.values(counts).reduce((a, b) => a + b, 0);
    return { counts, total, mails: rows.map(toOutboxSummary) };
  });
