// Bench setup: puts a real-world schedule file into a Podium database as a conference whose work-in-progress schedule
// places every event, in bulk (createManyAndReturn). It is a loader for measurements, not the product's importer
// (that one, with re-import matching and a report, comes with the publishing issue).

import { randomBytes } from 'node:crypto';
import type { Db } from '@podium/db';
import { calendarDateKey, type ImportedSchedule } from '@podium/domain';

export async function loadSchedule(db: Db, s: ImportedSchedule, slug: string): Promise<{ conferenceId: string; events: number; rooms: number }> {
  const dates = s.days.map((d) => d.date).sort();
  const eventDates = s.events.map((e) => calendarDateKey(e.start)).sort();
  const first = dates[0] ?? eventDates[0]!;
  const last = dates.at(-1) ?? eventDates.at(-1)!;
  const conference = await db.conference.create({
    data: { slug, name: s.title || slug, timeZone: s.timeZone, startDate: new Date(first), endDate: new Date(last) },
  });
  const conferenceId = conference.id;
  // Day hours: from the day's earliest start to its latest end in the file (rounded to the hour).
  const byDay = new Map<string, { start: number; end: number }>();
  for (const e of s.events) {
    const day = s.days.find((d) => d.start && d.end && e.start >= d.start && e.start < d.end)?.date ?? calendarDateKey(e.start);
    const cur = byDay.get(day) ?? { start: Infinity, end: -Infinity };
    byDay.set(day, { start: Math.min(cur.start, e.start.getTime()), end: Math.max(cur.end, e.end.getTime()) });
  }
  const hour = 3_600_000;
  await db.scheduleDay.createMany({
    data: [...byDay].map(([date, w]) => ({ conferenceId, date: new Date(date), start: new Date(Math.floor(w.start / hour) * hour), end: new Date(Math.ceil(w.end / hour) * hour) })),
  });
  const rooms = await db.room.createManyAndReturn({ data: s.rooms.map((r, position) => ({ conferenceId, name: r.name, capacity: r.capacity ?? null, position })) });
  const roomId = new Map(rooms.map((r) => [r.name, r.id]));
  const palette = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];
  const tracks = await db.track.createManyAndReturn({ data: s.tracks.map((t, i) => ({ conferenceId, name: t.name, color: t.color ?? palette[i % palette.length]!, position: i })) });
  const trackId = new Map(tracks.map((t) => [t.name, t.id]));
  const type = await db.sessionType.create({ data: { conferenceId, name: 'Talk', defaultDurationMinutes: 30 } });
  const personKey = (p: { id?: string; name: string }) => p.id ?? `name:${p.name}`;
  const users = await db.user.createManyAndReturn({ data: s.persons.map((p) => ({ name: p.name })) });
  const profiles = await db.speakerProfile.createManyAndReturn({
    data: users.map((u, i) => ({ conferenceId, userId: u.id, code: `P${i.toString(36).toUpperCase().padStart(5, '0')}` })),
  });
  const profileId = new Map(s.persons.map((p, i) => [personKey(p), profiles[i]!.id]));
  const submissions = await db.submission.createManyAndReturn({
    data: s.events.map((e, i) => ({
      conferenceId,
      code: `E${i.toString(36).toUpperCase().padStart(5, '0')}`,
      title: e.title,
      abstract: e.abstract.slice(0, 2000),
      state: 'CONFIRMED' as const,
      sessionTypeId: type.id,
      trackId: e.track ? (trackId.get(e.track) ?? null) : null,
      durationMinutes: Math.round((e.end.getTime() - e.start.getTime()) / 60000),
    })),
  });
  await db.submissionSpeaker.createMany({
    data: s.events.flatMap((e, i) =>
      [...new Set(e.persons.map(personKey))].flatMap((k, position) => {
        const id = profileId.get(k);
        return id ? [{ submissionId: submissions[i]!.id, speakerProfileId: id, position }] : [];
      }),
    ),
  });
  const wip = await db.scheduleVersion.create({ data: { conferenceId } });
  await db.scheduleSlot.createMany({
    data: s.events.map((e, i) => ({ versionId: wip.id, submissionId: submissions[i]!.id, roomId: roomId.get(e.room) ?? null, start: e.start, end: e.end })),
  });
  return { conferenceId, events: s.events.length, rooms: rooms.length };
}

export const randomSlug = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;
