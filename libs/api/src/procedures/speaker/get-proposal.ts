import { listSpeakerPortalPhases } from '@podium/db';
import { effectiveDeadline, nextStepFor, STATE_LABELS } from '@podium/domain';
import { toConferenceSummary } from '../shared.schema.ts';
import { getProposalOutput } from './get-proposal.schema.ts';
import { answersRecord, editability, ownProposalProcedure } from './support.ts';
import { availableActions } from './proposal-actions.ts';

/** One of the caller's proposals with co-speakers, invitations, answers, and what can be done with it now. */
export const getProposalProcedure = ownProposalProcedure.output(getProposalOutput).query(async ({ ctx }) => {
  const now = new Date();
  const p = ctx.proposal;
  const phases = await listSpeakerPortalPhases(ctx.db, ctx.conference.id);
  const editable = editability(p, ctx.conference, phases, now);
  return {
    conference: toConferenceSummary(ctx.conference),
    proposal: {
      code: p.code,
      title: p.title,
      abstract: p.abstract,
      description: p.description,
      notes: p.notes,
      state: p.state,
      stateLabel: STATE_LABELS[p.state],
      sessionType: { id: p.sessionType.id, name: p.sessionType.name },
      track: p.track,
      submittedAt: p.submittedAt,
      confirmedAt: p.confirmedAt,
      updatedAt: p.updatedAt,
      deadline: effectiveDeadline(ctx.conference, p.sessionType),
      speakers: p.speakers.map((s) => ({ name: s.speakerProfile.user.name, isYou: s.speakerProfile.user.id === ctx.user.id })),
      invites: p.invites.map((i) => ({
        email: i.email,
        invitedBy: i.invitedBy.name,
        expiresAt: i.expiresAt,
        acceptedAt: i.acceptedAt,
        status: i.acceptedAt ? ('accepted' as const) : i.expiresAt <= now ? ('expired' as const) : ('pending' as const),
      })),
      answers: answersRecord(p.answers),
    },
    editable: editable.ok ? { ok: true, reason: null } : { ok: false, reason: editable.reason },
    actions: availableActions(p.state, editable.ok),
    nextStep: nextStepFor(p.state, editable.ok),
  };
});
