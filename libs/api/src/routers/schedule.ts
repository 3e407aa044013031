// The schedule editor (organizers only): the grid of the work-in-progress version, moves with conflict checks and
// optimistic concurrency, breaks across rooms, conflict settings, day hours, room availability and the audit log.
import { router } from '../trpc.ts';
import { getGridProcedure } from '../procedures/schedule/get-grid.ts';
import { getRevisionProcedure } from '../procedures/schedule/get-revision.ts';
import { moveProcedure } from '../procedures/schedule/move.ts';
import { unscheduleProcedure } from '../procedures/schedule/unschedule.ts';
import { pinProcedure } from '../procedures/schedule/pin.ts';
import { createBlockProcedure } from '../procedures/schedule/create-block.ts';
import { updateBlockProcedure } from '../procedures/schedule/update-block.ts';
import { deleteBlockProcedure } from '../procedures/schedule/delete-block.ts';
import { getSettingsProcedure } from '../procedures/schedule/get-settings.ts';
import { updateSettingsProcedure } from '../procedures/schedule/update-settings.ts';
import { updateDaysProcedure } from '../procedures/schedule/update-days.ts';
import { setRoomAvailabilityProcedure } from '../procedures/schedule/set-room-availability.ts';
import { listAuditProcedure } from '../procedures/schedule/list-audit.ts';
import { listRoomsProcedure } from '../procedures/schedule/list-rooms.ts';
import { saveRoomProcedure } from '../procedures/schedule/save-room.ts';
import { deleteRoomProcedure } from '../procedures/schedule/delete-room.ts';
import { moveRoomProcedure } from '../procedures/schedule/move-room.ts';
import { applyPlacementsProcedure } from '../procedures/schedule/apply-placements.ts';
import { solveStartProcedure } from '../procedures/schedule/solve-start.ts';
import { solveStatusProcedure } from '../procedures/schedule/solve-status.ts';
import { solveApplyProcedure } from '../procedures/schedule/solve-apply.ts';
import { solveDiscardProcedure } from '../procedures/schedule/solve-discard.ts';

export const scheduleRouter = router({
  grid: getGridProcedure,
  revision: getRevisionProcedure,
  move: moveProcedure,
  unschedule: unscheduleProcedure,
  pin: pinProcedure,
  blocks: router({ create: createBlockProcedure, update: updateBlockProcedure, delete: deleteBlockProcedure }),
  settings: router({ get: getSettingsProcedure, update: updateSettingsProcedure }),
  days: router({ update: updateDaysProcedure }),
  rooms: router({ list: listRoomsProcedure, save: saveRoomProcedure, delete: deleteRoomProcedure, move: moveRoomProcedure, setAvailability: setRoomAvailabilityProcedure }),
  audit: listAuditProcedure,
  applyPlacements: applyPlacementsProcedure,
  // solve.applyResult, not solve.apply: tRPC reserves `apply` (and `call`) as router keys.
  solve: router({ start: solveStartProcedure, status: solveStatusProcedure, applyResult: solveApplyProcedure, discard: solveDiscardProcedure }),
});
