import { cfpStatus, effectiveDeadline } from '@podium/domain';
import { conferenceProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getCfpOutput } from './get-cfp.schema.ts';
import { loadCfpRules, toPortalQuestion } from './support.ts';

/** The public call for papers: status, text, deadlines per session type, tracks and the questions asked. */
export const getCfpProcedure = conferenceProcedure.output(getCfpOutput).query(async ({ ctx }) => {
  const now = new Date();
  const c = ctx.conference;
  const rules = await loadCfpRules(ctx.db, c.id);
  const sessionTypes = rules.sessionTypes.map((t) => {
    const deadline = effectiveDeadline(c, t);
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      durationMinutes: t.defaultDurationMinutes,
      deadline,
      status: cfpStatus({ opensAt: c.cfpOpensAt, closesAt: deadline }, now),
    };
  });
  const overall = cfpStatus({ opensAt: c.cfpOpensAt, closesAt: c.cfpClosesAt }, now);
  // The call is open while some session type takes proposals (types may close earlier or later than the conference).
  const status = overall === 'not-open-yet' || sessionTypes.length === 0 ? overall : sessionTypes.some((t) => t.status === 'open') ? 'open' : 'closed';
  return {
    conference: toConferenceSummary(c),
    status,
    opensAt: c.cfpOpensAt,
    closesAt: c.cfpClosesAt,
    text: c.cfpText,
    collectAvailability: c.collectAvailability,
    sessionTypes,
    tracks: rules.tracks,
    questions: rules.questions.map(toPortalQuestion),
  };
});
