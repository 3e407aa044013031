import type { Db } from '../client.ts';

/** What the public pages and exports of one conference are built from, in one comparable string, and when it runs. */
export interface PublicationStamp {
  conferenceId: string;
  /** Changes whenever anything a public page or export shows may have changed (see findPublicationStamp). */
  stamp: string;
  /** The latest of the release, session, speaker profile and conference changes the stamp covers. */
  changedAt: Date;
  startDate: Date;
  endDate: Date;
}

/**
 * The publication stamp of a conference's public pages and exports, by slug; null for an unknown slug. One cheap query that
 * changes with a release, an edit of a session, a speaker profile (bio approval) or the conference, and any change to
 * its rooms, tracks or session types (which have no update time of their own, so their rows are hashed). The public
 * app keeps rendered pages (libs/api/src/services/public-pages.ts), and the exports their generated files
 * (schedule-exports.ts), while the stamp stays the same.
 */
export async function findPublicationStamp(db: Db, slug: string): Promise<PublicationStamp | null> {
  const rows = await db.$queryRaw<{ id: string; stamp: string; changedAt: Date; startDate: Date; endDate: Date }[]>`
    SELECT c.id, c."startDate", c."endDate", greatest(c."updatedAt", v.at, s.at, p.at) AS "changedAt", concat_ws('|',
      c."updatedAt", v.at || '/' || v.n, s.at || '/' || s.n, p.at || '/' || p.n,
      (SELECT md5(string_agg(concat_ws(',', r.id, r.name, r.description, r.capacity, r.position), ';' ORDER BY r.id)) FROM "Room" r WHERE r."conferenceId" = c.id),
      (SELECT md5(string_agg(concat_ws(',', t.id, t.name, t.description, t.color, t.position), ';' ORDER BY t.id)) FROM "Track" t WHERE t."conferenceId" = c.id),
      (SELECT md5(string_agg(concat_ws(',', y.id, y.name, y.description), ';' ORDER BY y.id)) FROM "SessionType" y WHERE y."conferenceId" = c.id)
    ) AS stamp
    FROM "Conference" c
    CROSS JOIN LATERAL (SELECT max("releasedAt") AS at, count(*) AS n FROM "ScheduleVersion" WHERE "conferenceId" = c.id AND "releasedAt" IS NOT NULL) v
    CROSS JOIN LATERAL (SELECT max("updatedAt") AS at, count(*) AS n FROM "Submission" WHERE "conferenceId" = c.id) s
    CROSS JOIN LATERAL (SELECT max("updatedAt") AS at, count(*) AS n FROM "SpeakerProfile" WHERE "conferenceId" = c.id) p
    WHERE c.slug = ${slug}`;
  const row = rows[0];
  return row ? { conferenceId: row.id, stamp: row.stamp, changedAt: row.changedAt, startDate: row.startDate, endDate: row.endDate } : null;
}
