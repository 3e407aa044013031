import { findUnconfirmedAcceptedProposals } from '@podium/db';
import { outboxProcedure } from './mail-procedure.ts';
import { remindUnconfirmedOutput } from './remind-unconfirmed.schema.ts';
import { proposalPath, publicUrl, queueMail } from '../../services/mail.ts';

/** Queues a confirmation reminder to every speaker of an accepted, unconfirmed proposal (reviewed in the outbox). */
export const remindUnconfirmedProcedure = outboxProcedure.output(remindUnconfirmedOutput).mutation(async ({ ctx }) => {
  const { conference } = ctx;
  const queued = await ctx.db.$transaction(async (tx) => {
    let n = 0;
    const proposals = await findUnconfirmedAcceptedProposals(tx, conference.id);
    for (const p of proposals) {
      const waiting = new Set(p.mails.map((m) => m.to));
      for (const { speakerProfile } of p.speakers) {
        const { name, email } = speakerProfile.user;
        if (!email || waiting.has(email)) continue;
        await queueMail(tx, {
          conferenceId: conference.id,
          key: 'CONFIRMATION_REMINDER',
          to: email,
          submissionId: p.id,
          values: { conference: conference.name, speaker: name, title: p.title, url: publicUrl(proposalPath(conference.slug, p.code)) },
        });
        n++;
      }
    }
    return { n, proposals: proposals.length };
  });
  const message =
    queued.proposals === 0
      ? 'No accepted proposal is waiting for confirmation.'
      : `${queued.n} reminder${queued.n === 1 ? '' : 's'} queued in the outbox for ${queued.proposals} unconfirmed proposal${queued.proposals === 1 ? '' : 's'}.`;
  return { proposals: queued.proposals, queued: queued.n, message };
});
