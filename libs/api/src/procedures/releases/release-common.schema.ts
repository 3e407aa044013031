// Shapes shared by the release procedures (organizers) and the public changelog: a placement in the conference's
// local time, and a changelog with new, moved and cancelled sessions.
import { z } from 'zod';
import { placementLabel, summarizeChanges, type Placement, type ScheduleChangelog } from '@podium/domain';

export const placementSchema = z.object({
  roomId: z.string(),
  roomName: z.string(),
  start: z.date(),
  end: z.date(),
  /** Local calendar date, "YYYY-MM-DD". */
  date: z.string(),
  /** "Wed 7 Nov 2012" */
  day: z.string(),
  /** Local "10:00–10:30". */
  time: z.string(),
  /** "UTC+01:00" at the start. */
  offset: z.string(),
});

const changedSessionSchema = z.object({ code: z.string(), title: z.string(), speakers: z.array(z.object({ code: z.string(), name: z.string() })) });

export const changelogSchema = z.object({
  /** The first release: every session is new, so `added` is left empty and `sessions` says how many there are. */
  initial: z.boolean(),
  sessions: z.number().int(),
  /** "1 new, 2 moved", "First release: 16 sessions", "No changes". */
  summary: z.string(),
  added: z.array(changedSessionSchema.extend({ at: placementSchema })),
  moved: z.array(changedSessionSchema.extend({ from: placementSchema, to: placementSchema, timeChanged: z.boolean(), roomChanged: z.boolean() })),
  cancelled: z.array(changedSessionSchema.extend({ from: placementSchema })),
});
export type ChangelogOutput = z.infer<typeof changelogSchema>;

function placementOutput(p: Placement, timeZone: string): z.infer<typeof placementSchema> {
  const l = placementLabel(p, timeZone);
  return { roomId: p.roomId, roomName: p.roomName, start: p.start, end: p.end, date: l.date, day: l.day, time: l.time, offset: l.offset };
}

/** A changelog in the conference's local time; `sessions` = what the new version places. */
export function changelogOutput(c: ScheduleChangelog, timeZone: string, sessions: number): ChangelogOutput {
  const person = (s: { code: string; title: string; speakers: { code: string; name: string }[] }) => ({ code: s.code, title: s.title, speakers: s.speakers });
  return {
    initial: c.initial,
    sessions,
    summary: summarizeChanges({ ...c, sessions }),
    added: c.initial ? [] : c.added.map((s) => ({ ...person(s), at: placementOutput(s.at, timeZone) })),
    moved: c.moved.map((s) => ({ ...person(s), from: placementOutput(s.from, timeZone), to: placementOutput(s.to, timeZone), timeChanged: s.timeChanged, roomChanged: s.roomChanged })),
    cancelled: c.cancelled.map((s) => ({ ...person(s), from: placementOutput(s.from, timeZone) })),
  };
}
