import { findScheduleEditorSetup } from '@podium/db';
import { CONFLICT_KINDS, DEFAULT_SEVERITIES, readSeverities } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { getSettingsOutput } from './settings.schema.ts';

/** The conference's conflict severities per kind and its travel buffer. */
export const getSettingsProcedure = organizerProcedure.output(getSettingsOutput).query(async ({ ctx }) => {
  const setup = await findScheduleEditorSetup(ctx.db, ctx.conference.id);
  const chosen = readSeverities(setup.conflictSeverities);
  return {
    severities: CONFLICT_KINDS.map((kind) => ({ kind, severity: chosen[kind] ?? DEFAULT_SEVERITIES[kind], default: DEFAULT_SEVERITIES[kind] })),
    travelBufferMinutes: setup.travelBufferMinutes,
  };
});
