import { findWorkInProgressVersion } from '@podium/db';
import { checkSchedule, conflictsBySlot } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { conflictOutput, dayOutput, loadEditorState, placedSlotOf, placedSlotOutput, sessionCard } from './editor-state.ts';
import { getGridOutput } from './get-grid.schema.ts';

/** Everything the schedule grid shows for the work-in-progress version, with the conflicts computed in bulk. */
export const getGridProcedure = organizerProcedure.output(getGridOutput).query(async ({ ctx }) => {
  const version = await findWorkInProgressVersion(ctx.db, ctx.conference.id);
  const state = await loadEditorState(ctx.db, ctx.conference.id, version?.id ?? null);
  const conflicts = checkSchedule(state.input);
  const bySlot = conflictsBySlot(conflicts);
  const availabilityOf = new Map(
    state.sessions.flatMap((s) => s.speakers.map(({ speakerProfile: p }) => [p.id, p.availability.length ? p.availability.map((w) => ({ start: w.start, end: w.end })) : null] as const)),
  );
  const withAvailability = <T extends { speakers: { id: string; code: string; name: string }[] }>(card: T) => ({
    ...card,
    speakers: card.speakers.map((sp) => ({ ...sp, availability: availabilityOf.get(sp.id) ?? null })),
  });
  return {
    revision: version?.revision ?? 0,
    timeZone: state.setup.timeZone,
    days: state.days.map(dayOutput),
    rooms: state.setup.rooms,
    tracks: state.setup.tracks,
    slots: state.placed
      .sort((a, b) => a.slot.start.getTime() - b.slot.start.getTime() || a.session.code.localeCompare(b.session.code))
      .map(({ session, slot }) => withAvailability(placedSlotOutput(session, slot, bySlot.get(slot.id) ?? []))),
    unscheduled: state.sessions.filter((s) => !placedSlotOf(s)).map((s) => withAvailability(sessionCard(s))),
    blocks: state.blocks.map((b) => ({ id: b.id, title: b.title, start: b.start, end: b.end, allRooms: b.allRooms, roomIds: b.roomIds })),
    conflicts: conflicts.map(conflictOutput),
  };
});
