import { applySubmissionDecision, findProposalsForDecision, listReviewPhases } from '@podium/db';
import { assertReviewGate, DECISION_MAIL, phaseRules, planDecisions, type SubmissionState } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { proposalPath, publicUrl, queueMail } from '../../services/mail.ts';
import { decideInput, decideOutput } from './decide.schema.ts';

type Result = { code: string; ok: boolean; state: SubmissionState | null; message: string | null };

/**
 * Accept, reject or waitlist proposals, one or many (organizers, when the phase lets them decide). Each proposal moves
 * along the lifecycle table and gets one mail per speaker in the outbox, in the same transaction; a proposal that
 * cannot move is reported with the reason and left untouched, the others go ahead.
 */
export const decideProcedure = organizerProcedure
  .input(decideInput)
  .output(decideOutput)
  .mutation(async ({ ctx, input }) => {
    const conference = ctx.conference;
    const now = new Date();
    assertReviewGate(phaseRules(await listReviewPhases(ctx.db, conference.id), now).decide);
    const codes = [...new Set(input.codes)];
    const found = await findProposalsForDecision(ctx.db, conference.id, codes);
    const plans = planDecisions(found, input.decision);
    const results = new Map<string, Result>(codes.map((code) => [code, { code, ok: false, state: null, message: `There is no proposal ${code} in this conference.` }]));
    for (const plan of plans) {
      if (!plan.ok) results.set(plan.proposal.code, { code: plan.proposal.code, ok: false, state: plan.proposal.state, message: plan.message });
    }
    const mails = await ctx.db.$transaction(
      async (tx) => {
        let queued = 0;
        for (const plan of plans) {
          if (!plan.ok) continue;
          const p = plan.proposal;
          // Conditional: if someone else changed it meanwhile, nothing of it is written.
          if (!(await applySubmissionDecision(tx, p.id, plan.from, plan.to, now))) {
            results.set(p.code, { code: p.code, ok: false, state: null, message: 'This proposal changed meanwhile: reload and try again.' });
            continue;
          }
          for (const { speakerProfile } of p.speakers) {
            const { name, email } = speakerProfile.user;
            if (!email) continue;
            await queueMail(tx, {
              conferenceId: conference.id,
              key: DECISION_MAIL[input.decision],
              to: email,
              submissionId: p.id,
              values: { conference: conference.name, speaker: name, title: p.title, url: publicUrl(proposalPath(conference.slug, p.code)) },
            });
            queued++;
          }
          results.set(p.code, { code: p.code, ok: true, state: plan.to, message: null });
        }
        return queued;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    const list = codes.map((c) => results.get(c)!);
    return { results: list, decided: list.filter((r) => r.ok).length, failed: list.filter((r) => !r.ok).length, mails };
  });
