// An imported schedule file (frab, pentabarf, Sessionize) as solver input, for `podium solve` and the benchmark.
//
// The file says nothing about when rooms may be used, so its own placement stands in: each room is open, on each day,
// from its earliest start to its latest end that day, and the conference hours of a day run from the earliest start to
// the latest end of any room. Breaks become blocks. With `keepTimes` the events keep their times and rooms (rooms
// mode reassigns the rooms); without, every event is unscheduled (full mode plans it from scratch).

import { localDateKey } from '../../time/zoned.ts';
import type { ImportedSchedule } from '../../agenda/formats/types.ts';
import type { ConflictSettings, ScheduleBlock, TimeWindow } from '../conflicts.ts';
import { importedSpeakerId } from '../from-imported.ts';
import type { SolverInput, SolverSession } from './types.ts';

export interface ImportedSolverOptions {
  keepTimes: boolean;
  settings?: Partial<ConflictSettings>;
  granularityMinutes?: number;
}

export function solverInputFromImported(schedule: ImportedSchedule, options: ImportedSolverOptions): SolverInput {
  const tz = schedule.timeZone;
  const talks = schedule.events.filter((e) => !e.isBreak);
  const blocks: ScheduleBlock[] = schedule.events
    .filter((e) => e.isBreak)
    .map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end, roomIds: e.allRooms ? 'all' : [e.room] }));

  // Day of an event: the file's day whose span holds its start, else its local date.
  const dayOf = (start: Date) => schedule.days.find((d) => d.start && d.end && start >= d.start && start < d.end)?.date ?? localDateKey(start, tz);
  const roomDay = new Map<string, Map<string, { start: number; end: number }>>();
  const dayHull = new Map<string, { start: number; end: number }>();
  const widen = (m: Map<string, { start: number; end: number }>, key: string, s: number, e: number) => {
    const cur = m.get(key);
    if (cur) {
      cur.start = Math.min(cur.start, s);
      cur.end = Math.max(cur.end, e);
    } else m.set(key, { start: s, end: e });
  };
  for (const e of talks) {
    const day = dayOf(e.start);
    let byDay = roomDay.get(e.room);
    if (!byDay) roomDay.set(e.room, (byDay = new Map()));
    widen(byDay, day, e.start.getTime(), e.end.getTime());
    widen(dayHull, day, e.start.getTime(), e.end.getTime());
  }
  const windows = (m: Map<string, { start: number; end: number }> | undefined): TimeWindow[] =>
    [...(m?.values() ?? [])].sort((a, b) => a.start - b.start).map((w) => ({ start: new Date(w.start), end: new Date(w.end) }));

  const roomNames = [...new Set([...schedule.rooms.map((r) => r.name), ...talks.map((e) => e.room)])];
  const capacities = new Map(schedule.rooms.map((r) => [r.name, r.capacity]));
  const speakers = new Map<string, string>();
  for (const p of schedule.persons) speakers.set(importedSpeakerId(p), p.name);
  const trackNames = new Set([...schedule.tracks.map((t) => t.name), ...talks.flatMap((e) => (e.track ? [e.track] : []))]);

  const sessions: SolverSession[] = talks.map((e) => {
    const speakerIds = [
      ...new Set(
        e.persons.map((p) => {
          const id = importedSpeakerId(p);
          if (!speakers.has(id)) speakers.set(id, p.name);
          return id;
        }),
      ),
    ];
    return {
      id: e.id,
      title: e.title,
      durationMinutes: Math.round((e.end.getTime() - e.start.getTime()) / 60000),
      speakerIds,
      trackId: e.track ?? null,
      roomId: options.keepTimes ? e.room : null,
      start: options.keepTimes ? e.start : null,
    };
  });

  return {
    timeZone: tz,
    rooms: roomNames.map((name) => ({ id: name, name, capacity: capacities.get(name) ?? null, availability: windows(roomDay.get(name)) })),
    speakers: [...speakers].map(([id, name]) => ({ id, name })),
    tracks: [...trackNames].map((name) => ({ id: name, name })),
    blocks,
    conferenceHours: windows(dayHull),
    sessions,
    ...(options.settings && { settings: options.settings }),
    ...(options.granularityMinutes !== undefined && { granularityMinutes: options.granularityMinutes }),
  };
}
