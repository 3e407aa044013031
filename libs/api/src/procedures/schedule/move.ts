import { findEditorSession, findRoomOfConference, findScheduleEditorSetup, upsertSlotPlacement } from '@podium/db';
import {
  assertSchedulable,
  blockingConflicts,
  checkMove,
  checkSlot,
  createConflictIndex,
  DomainError,
  editorDays,
  placementSpan,
  refusedMove,
  sessionMinutes,
  slotFromRow,
  type Conflict,
} from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { changeSchedule, loadEditorState, placedSlotOf, placedSlotOutput, placementJson, sessionRow } from './editor-state.ts';
import { moveInput, moveOutput } from './move.schema.ts';

/** Id the conflict check gives a session that has no slot row yet (replaced by the real id once written). */
const NEW_SLOT = '(new slot)';

/**
 * Places a session on the grid or moves/resizes it (pinned ones too: pins only stop the automatic scheduler).
 * Bad input is refused before anything else; then, in one transaction behind the revision check, the move's conflicts
 * are computed incrementally against the current schedule: a blocking one refuses the move with its reasons, otherwise
 * the slot is written with an audit entry.
 */
export const moveProcedure = organizerProcedure
  .input(moveInput)
  .output(moveOutput)
  .mutation(async ({ ctx, input }) => {
    const conferenceId = ctx.conference.id;
    const room = await findRoomOfConference(ctx.db, conferenceId, input.roomId);
    if (!room) throw new DomainError('INVALID', 'There is no such room in this conference.', { roomId: 'Choose a room of this conference.' });
    const found = await findEditorSession(ctx.db, conferenceId, input.code, null);
    if (!found) throw new DomainError('NOT_FOUND', `There is no session ${input.code} in this conference.`);
    assertSchedulable(found.code, found.state);
    const setup = await findScheduleEditorSetup(ctx.db, conferenceId);
    const span = placementSpan(
      { start: new Date(input.start), end: input.end ? new Date(input.end) : null },
      sessionMinutes(found.durationMinutes, found.sessionType.defaultDurationMinutes),
      editorDays(setup.scheduleDays, setup),
      setup.timeZone,
    );
    const move = { roomId: room.id, ...span };

    return changeSchedule(ctx, input.expectedRevision, async (tx, version) => {
      // Read under the version's lock: nobody else changes the schedule until this transaction ends.
      const state = await loadEditorState(tx, conferenceId, version.id);
      const session = state.sessions.find((s) => s.id === found.id);
      if (!session) throw new DomainError('CONFLICT', `Session ${input.code} changed meanwhile: reload and try again.`);
      const before = placedSlotOf(session);
      const existingId = session.slots[0]?.id ?? NEW_SLOT;
      const index = createConflictIndex(state.input);
      const conflicts = before ? checkMove(index, before.id, move) : checkSlot(index, slotFromRow(sessionRow(session, { id: existingId, ...move })));
      const blocking = blockingConflicts(conflicts);
      if (blocking.length > 0) throw refusedMove(blocking);

      const slot = await upsertSlotPlacement(tx, version.id, session.id, move);
      const own: Conflict[] = conflicts.map((c) => ({ ...c, slotIds: c.slotIds.map((id) => (id === NEW_SLOT ? slot.id : id)).sort() }));
      const placed = { ...slot, ...move };
      const out = placedSlotOutput(session, placed, own);
      return {
        result: { slot: out, conflicts: out.conflicts },
        audit: {
          action: 'schedule.move',
          entity: 'ScheduleSlot',
          entityId: slot.id,
          before: placementJson(session.code, before),
          after: placementJson(session.code, placed),
        },
      };
    });
  });
