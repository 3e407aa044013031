import { findScheduleEditorSetup, updateConflictSettings } from '@podium/db';
import { readSeverities, validateSeverities, validateTravelBuffer } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule } from './editor-state.ts';
import { updateSettingsInput, updateSettingsOutput } from './settings.schema.ts';

/** Sets the severities and travel buffer; open grids refetch (the revision goes up) and show the new conflicts. */
export const updateSettingsProcedure = organizerProcedure
  .input(updateSettingsInput)
  .output(updateSettingsOutput)
  .mutation(async ({ ctx, input }) => {
    const severities = validateSeverities(input.severities);
    const travelBufferMinutes = validateTravelBuffer(input.travelBufferMinutes);
    return changeSchedule(ctx, null, async (tx) => {
      const before = await findScheduleEditorSetup(tx, ctx.conference.id);
      const saved = await updateConflictSettings(tx, ctx.conference.id, { conflictSeverities: severities, travelBufferMinutes });
      return {
        result: {},
        audit: {
          action: 'schedule.settings',
          entity: 'Conference',
          entityId: ctx.conference.id,
          before: { severities: readSeverities(before.conflictSeverities), travelBufferMinutes: before.travelBufferMinutes },
          after: { severities: readSeverities(saved.conflictSeverities), travelBufferMinutes: saved.travelBufferMinutes },
        },
      };
    });
  });
