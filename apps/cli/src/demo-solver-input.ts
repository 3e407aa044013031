// The demo conference (seeds/src/kvm-forum-2012.ts) as solver input, straight from the seed data module (no database):
// its rooms with capacities, tracks, speakers, the day hours the seed gives every day (09:00–18:30 local) and each
// session at its seeded time and room. Used by `podium solve --demo` and the solver benchmark.

import { dateKeysBetween, zonedLocalToUtc, type SolverInput } from '@podium/domain';
import { kvmForum2012 } from '@podium/seeds';

export function demoSolverInput(options: { keepTimes: boolean }): SolverInput {
  const data = kvmForum2012;
  const tz = data.conference.timeZone;
  return {
    timeZone: tz,
    rooms: data.rooms.map((r) => ({ id: r.name, name: r.name, capacity: r.capacity })),
    speakers: data.speakers.map((s) => ({ id: s.key, name: s.name })),
    tracks: data.tracks.map((t) => ({ id: t.name, name: t.name })),
    blocks: [],
    conferenceHours: dateKeysBetween(data.conference.startDate, data.conference.endDate).map((date) => ({
      start: zonedLocalToUtc(date, '09:00', tz),
      end: zonedLocalToUtc(date, '18:30', tz),
    })),
    sessions: data.sessions.map((s) => {
      const start = zonedLocalToUtc(s.date, s.start, tz);
      const end = zonedLocalToUtc(s.date, s.end, tz);
      return {
        id: s.code,
        title: s.title,
        durationMinutes: Math.round((end.getTime() - start.getTime()) / 60000),
        speakerIds: s.speakerKeys,
        trackId: s.track,
        roomId: options.keepTimes ? s.room : null,
        start: options.keepTimes ? start : null,
      };
    }),
  };
}
