import { findCfpSettings } from '@podium/db';
import { formatLocalDateTimeInput } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { getCfpSettingsOutput } from './cfp.schema.ts';

export const getCfpSettingsProcedure = organizerProcedure.output(getCfpSettingsOutput).query(async ({ ctx }) => {
  const s = await findCfpSettings(ctx.db, ctx.conference.id);
  const local = (d: Date | null) => (d ? formatLocalDateTimeInput(d, s.timeZone) : '');
  return {
    timeZone: s.timeZone,
    cfpOpensAt: local(s.cfpOpensAt),
    cfpClosesAt: local(s.cfpClosesAt),
    cfpText: s.cfpText,
    collectAvailability: s.collectAvailability,
    sessionTypes: s.sessionTypes.map((t) => ({ ...t, cfpClosesAt: local(t.cfpClosesAt), submissions: t._count.submissions })),
    tracks: s.tracks.map((t) => ({ ...t, submissions: t._count.submissions })),
    questions: s.questions.map(({ _count, position: _p, ...q }) => ({ ...q, answers: _count.answers })),
  };
});
