// An imported schedule file as conflict-checker input: rooms and tracks by name, speakers by the file's person id
// (else by name), events as slots, breaks (Sessionize service sessions) as blocks in their room or in all rooms.

import type { ImportedSchedule } from '../agenda/formats/types.ts';
import type { ConflictInput, ConflictSettings, ScheduleBlock, ScheduleSlot, TimeWindow } from './conflicts.ts';

export interface ImportedConflictOptions {
  settings?: Partial<ConflictSettings>;
  /** When sessions may run; none by default (files do not say). */
  conferenceHours?: TimeWindow[] | null;
}

/** The speaker id a person gets in the conflict input. */
export function importedSpeakerId(person: { id?: string; name: string }): string {
  return person.id ? `id:${person.id}` : `name:${person.name.toLowerCase()}`;
}

export function conflictInputFromImported(schedule: ImportedSchedule, options: ImportedConflictOptions = {}): ConflictInput {
  const speakers = new Map<string, string>();
  for (const p of schedule.persons) speakers.set(importedSpeakerId(p), p.name);
  const slots: ScheduleSlot[] = [];
  const blocks: ScheduleBlock[] = [];
  for (const e of schedule.events) {
    if (e.isBreak) {
      blocks.push({ id: e.id, title: e.title, start: e.start, end: e.end, roomIds: e.allRooms ? 'all' : [e.room] });
      continue;
    }
    const speakerIds = e.persons.map((p) => {
      const id = importedSpeakerId(p);
      if (!speakers.has(id)) speakers.set(id, p.name);
      return id;
    });
    slots.push({ id: e.id, title: e.title, roomId: e.room, start: e.start, end: e.end, speakerIds, trackId: e.track ?? null });
  }
  const roomNames = new Set([...schedule.rooms.map((r) => r.name), ...schedule.events.map((e) => e.room)]);
  const capacities = new Map(schedule.rooms.map((r) => [r.name, r.capacity]));
  const trackNames = new Set([...schedule.tracks.map((t) => t.name), ...schedule.events.flatMap((e) => (e.track ? [e.track] : []))]);
  return {
    timeZone: schedule.timeZone,
    rooms: [...roomNames].map((name) => ({ id: name, name, capacity: capacities.get(name) ?? null })),
    speakers: [...speakers].map(([id, name]) => ({ id, name })),
    tracks: [...trackNames].map((name) => ({ id: name, name })),
    slots,
    blocks,
    conferenceHours: options.conferenceHours ?? null,
    ...(options.settings && { settings: options.settings }),
  };
}
