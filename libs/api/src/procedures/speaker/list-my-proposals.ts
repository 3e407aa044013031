import { listProposalsOfUser, listSpeakerPortalPhases } from '@podium/db';
import { effectiveDeadline, nextStepFor, STATE_LABELS } from '@podium/domain';
import { signedInConferenceProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { listMyProposalsOutput } from './list-my-proposals.schema.ts';
import { editability } from './support.ts';

/** The caller's own proposals in a conference (as speaker or co-speaker); nobody else's. */
export const listMyProposalsProcedure = signedInConferenceProcedure.output(listMyProposalsOutput).query(async ({ ctx }) => {
  const now = new Date();
  const [rows, phases] = await Promise.all([listProposalsOfUser(ctx.db, ctx.conference.id, ctx.user.id), listSpeakerPortalPhases(ctx.db, ctx.conference.id)]);
  return {
    conference: toConferenceSummary(ctx.conference),
    proposals: rows.map((p) => {
      const editable = editability(p, ctx.conference, phases, now).ok;
      return {
        code: p.code,
        title: p.title,
        state: p.state,
        stateLabel: STATE_LABELS[p.state],
        sessionType: p.sessionType.name,
        track: p.track,
        speakers: p.speakers.map((s) => s.speakerProfile.user.name),
        submittedAt: p.submittedAt,
        updatedAt: p.updatedAt,
        deadline: effectiveDeadline(ctx.conference, p.sessionType),
        editable,
        nextStep: nextStepFor(p.state, editable),
      };
    }),
  };
});
