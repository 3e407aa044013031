// Schedule exports of the demo conference, from a real database: every format passes the real validators (libxml2
// with the c3voc XSD, Ajv with the c3voc JSON schema, the strict iCalendar checker), guids and UIDs survive a new
// release, each export is generated once per publication (a release, or an edit such as an approved bio), and the HTTP answers (ETag, Last-Modified, 304, 404) are right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, findPublicationStamp, type Db } from '@podium/db';
import { createTestDatabase, makeConference, makeSession, type TestDatabase } from '@podium/db/testing';
import { seedDemoConference } from '@podium/seeds';
import { checkIcalendar, stableGuid } from '@podium/domain';
import { isNotModified, parseFavouriteCodes, scheduleExportCache, scheduleFeed, serveScheduleFeed, type FeedRequest } from './schedule-exports.ts';
import { SKIP_MESSAGE, sharedPresent, validateScheduleJson, validateScheduleXml } from './schedule-validators.testing.ts';

let testDb: TestDatabase;
let db: Db;
let conferenceId = '';
const slug = 'kvm-forum-2012';
const base = 'http://podium.test';
const opts = { publicBaseUrl: base };
const xml: FeedRequest = { kind: 'schedule', format: 'xml' };
const json: FeedRequest = { kind: 'schedule', format: 'json' };
const ics: FeedRequest = { kind: 'schedule', format: 'ics' };
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const uidOf = (text: string, summary: string) => {
  const event = unfold(text).split('BEGIN:VEVENT').find((e) => e.includes(`\r\nSUMMARY:${summary}\r\n`));
  return event?.match(/\r\nUID:(.*)\r\n/)?.[1];
};
const dtstartOf = (text: string, summary: string) =>
  unfold(text).split('BEGIN:VEVENT').find((e) => e.includes(`\r\nSUMMARY:${summary}\r\n`))?.match(/\r\nDTSTART[^:]*:(.*)\r\n/)?.[1];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDb(testDb.url, { max: 4 });
  conferenceId = (await seedDemoConference(db, { demoAccounts: false })).conferenceId;
  scheduleExportCache.clear();
}, 180_000);
afterAll(async () => {
  await db?.$disconnect();
  await testDb?.stop();
});

describe.skipIf(!sharedPresent)(sharedPresent ? 'seed exports against the c3voc validators' : `seed exports against the c3voc validators (${SKIP_MESSAGE})`, () => {
  it('schedule.xml of the seed is valid against the c3voc XSD', async () => {
    const feed = await scheduleFeed(db, slug, xml, opts);
    expect(await validateScheduleXml(feed.body)).toEqual([]);
    expect(feed.body.match(/<event /g)?.length).toBe(16);
  });

  it('schedule.json of the seed is valid against the c3voc JSON schema', async () => {
    const feed = await scheduleFeed(db, slug, json, opts);
    const doc = JSON.parse(feed.body) as { schedule: { conference: { days: { rooms: Record<string, unknown[]> }[] } } };
    expect(validateScheduleJson(doc)).toEqual([]);
    expect(doc.schedule.conference.days.map((d) => Object.values(d.rooms).flat().length)).toEqual([13, 3, 0]);
  });
});

describe('seed exports: iCalendar', () => {
  it('schedule.ics of the seed passes the strict checker with 16 events in Europe/Madrid', async () => {
    const feed = await scheduleFeed(db, slug, ics, opts);
    expect(checkIcalendar(feed.body)).toEqual([]);
    expect(feed.body.match(/\r\nBEGIN:VEVENT\r\n/g)?.length).toBe(16);
    expect(dtstartOf(feed.body, 'Keynote Address')).toBe('20121107T090000');
    expect(unfold(feed.body)).toContain('\r\nDTSTART;TZID=Europe/Madrid:20121107T090000\r\n');
  });

  it('the calendars of a session, a speaker and favourites pass the strict checker', async () => {
    const avi = await db.speakerProfile.findFirstOrThrow({ where: { conferenceId, user: { name: 'Avi Kivity' } } });
    for (const request of [
      { kind: 'session-ics', code: 'KVMKEY' },
      { kind: 'speaker-ics', code: avi.code },
      { kind: 'favourites-ics', codes: 'KVMKEY,OVNODE' },
    ] as FeedRequest[]) {
      expect(checkIcalendar((await scheduleFeed(db, slug, request, opts)).body)).toEqual([]);
    }
  });

  it('favourites keep published sessions only and ignore unknown codes', async () => {
    const unreleased = await makeSession(db, conferenceId, { title: 'Not in any release' });
    const feed = await scheduleFeed(db, slug, { kind: 'favourites-ics', codes: `ovnode, ${unreleased.code},NOPE42,kvmkey` }, opts);
    expect(unfold(feed.body).match(/\r\nSUMMARY:.*/g)).toEqual(['\r\nSUMMARY:Keynote Address', '\r\nSUMMARY:oVirt Node Architecture Design and Roadmpa']);
  });

  it('parseFavouriteCodes upper-cases, de-duplicates and drops what is not a code', () => {
    expect(parseFavouriteCodes(' kvmkey,KVMKEY,,ovnode <script>, a-b ')).toEqual(['KVMKEY', 'OVNODE']);
  });
});

describe('seed exports: public data only', () => {
  it('speakers carry the approved bio, never the working copy waiting for approval', async () => {
    const rik = await db.speakerProfile.findFirstOrThrow({ where: { conferenceId, user: { name: 'Rik van Riel' } } });
    expect(rik.bio).toContain('automatic NUMA balancing');
    const feed = await scheduleFeed(db, slug, { kind: 'api-speaker', code: rik.code }, opts);
    expect((JSON.parse(feed.body) as { speaker: { bio: string } }).speaker.bio).toBe(rik.approvedBio);
    for (const request of [json, xml, ics, { kind: 'api-speakers' }] as FeedRequest[]) {
      expect((await scheduleFeed(db, slug, request, opts)).body).not.toContain('NUMA balancing');
    }
  });
});

describe('exports across releases', () => {
  let firstRelease = { xml: '', ics: '', json: '', etag: '', releaseId: '' };
  beforeAll(async () => {
    scheduleExportCache.clear();
    firstRelease = {
      xml: (await scheduleFeed(db, slug, xml, opts)).body,
      ics: (await scheduleFeed(db, slug, ics, opts)).body,
      json: (await scheduleFeed(db, slug, json, opts)).body,
      etag: (await scheduleFeed(db, slug, ics, opts)).etag,
      releaseId: (await scheduleFeed(db, slug, ics, opts)).releaseId,
    };
    // Release 1.1: the keynote moves to 10:00, everything else stays.
    const v1 = await db.scheduleVersion.findFirstOrThrow({ where: { conferenceId, name: '1.0' }, include: { slots: { include: { submission: true } } } });
    await db.scheduleVersion.create({
      data: {
        conferenceId,
        name: '1.1',
        releasedAt: new Date('2012-10-31T09:00:00Z'),
        slots: {
          create: v1.slots.map((s) =>
            s.submission.code === 'KVMKEY'
              ? { submissionId: s.submissionId, roomId: s.roomId, start: new Date('2012-11-07T09:00:00Z'), end: new Date('2012-11-07T09:15:00Z') }
              : { submissionId: s.submissionId, roomId: s.roomId, start: s.start, end: s.end },
          ),
        },
      },
    });
  });

  it('the session UID and guid stay the same in the next release while its time changes', async () => {
    const next = await scheduleFeed(db, slug, ics, opts);
    const guid = stableGuid('session', conferenceId, 'KVMKEY');
    expect([uidOf(firstRelease.ics, 'Keynote Address'), uidOf(next.body, 'Keynote Address')]).toEqual([guid, guid]);
    expect([dtstartOf(firstRelease.ics, 'Keynote Address'), dtstartOf(next.body, 'Keynote Address')]).toEqual(['20121107T090000', '20121107T100000']);
    expect(firstRelease.xml).toContain(`<event guid="${guid}"`);
    expect((await scheduleFeed(db, slug, xml, opts)).body).toContain(`<event guid="${guid}"`);
  });

  it('every guid of the JSON export is the same in both releases', async () => {
    const guids = (body: string) => [...body.matchAll(/"guid": "([0-9a-f-]{36})"/g)].map((m) => m[1]).sort();
    expect(guids((await scheduleFeed(db, slug, json, opts)).body)).toEqual(guids(firstRelease.json));
  });

  it('a new release gives a new ETag and Last-Modified', async () => {
    const next = await scheduleFeed(db, slug, ics, opts);
    expect(next.releaseId).not.toBe(firstRelease.releaseId);
    expect(next.etag).not.toBe(firstRelease.etag);
    expect(next.etag.startsWith(`"${next.releaseId}-schedule.ics-`)).toBe(true);
    // Last-Modified is the latest change the export is built from: here the release, or a later edit of the seed.
    expect(next.lastModified).toEqual((await findPublicationStamp(db, slug))!.changedAt);
    expect(next.lastModified.getTime()).toBeGreaterThanOrEqual(Date.parse('2012-10-31T09:00:00Z'));
  });

  it('an edited title and a newly approved bio reach the exports without a new release', async () => {
    const before = await scheduleFeed(db, slug, json, opts);
    const keynote = await db.submission.findFirstOrThrow({ where: { conferenceId, code: 'KVMKEY' }, include: { speakers: { include: { speakerProfile: true } } } });
    const profile = keynote.speakers[0]!.speakerProfile;
    await db.submission.update({ where: { id: keynote.id }, data: { title: 'Keynote Address: KVM at six' } });
    await db.speakerProfile.update({ where: { id: profile.id }, data: { bio: 'Newly approved bio.', approvedBio: 'Newly approved bio.', bioApprovedAt: new Date() } });
    try {
      const after = await scheduleFeed(db, slug, json, opts);
      expect(after.releaseId).toBe(before.releaseId);
      expect(after.etag).not.toBe(before.etag);
      expect(after.body).toContain('Keynote Address: KVM at six');
      expect(after.body).toContain('Newly approved bio.');
      expect(after.lastModified.getTime()).toBeGreaterThan(before.lastModified.getTime());
      const res = await serveScheduleFeed(db, slug, json, new Headers({ 'if-none-match': before.etag }), opts);
      expect(res.status).toBe(200);
    } finally {
      await db.submission.update({ where: { id: keynote.id }, data: { title: keynote.title } });
      await db.speakerProfile.update({ where: { id: profile.id }, data: { bio: profile.bio, approvedBio: profile.approvedBio, bioApprovedAt: profile.bioApprovedAt } });
    }
  });
});

describe('export cache', () => {
  it('generates an export once per release and loads the release once for all its exports', async () => {
    scheduleExportCache.clear();
    const a = await scheduleFeed(db, slug, xml, opts);
    const b = await scheduleFeed(db, slug, xml, opts);
    expect(b).toBe(a);
    await scheduleFeed(db, slug, json, opts);
    await scheduleFeed(db, slug, { kind: 'session-ics', code: 'KVMKEY' }, opts);
    expect(scheduleExportCache.stats()).toEqual({ scheduleLoads: 1, feedBuilds: 3, schedules: 1, feeds: 3 });
  });

  it('favourites with the same codes in another order or case share one cache entry', async () => {
    scheduleExportCache.clear();
    const a = await scheduleFeed(db, slug, { kind: 'favourites-ics', codes: 'KVMKEY,OVNODE' }, opts);
    const b = await scheduleFeed(db, slug, { kind: 'favourites-ics', codes: 'ovnode,kvmkey' }, opts);
    expect(b.etag).toBe(a.etag);
    expect(scheduleExportCache.stats().feedBuilds).toBe(1);
  });
});

describe('HTTP answers', () => {
  const get = (request: FeedRequest, headers: Record<string, string> = {}, s = slug) => serveScheduleFeed(db, s, request, new Headers(headers), opts);

  it.each<[FeedRequest, string, string | null]>([
    [xml, 'application/vnd.c3voc.schedule+xml; charset=utf-8', 'inline; filename="kvm-forum-2012.xml"'],
    [json, 'application/json; charset=utf-8', 'inline; filename="kvm-forum-2012.json"'],
    [ics, 'text/calendar; charset=utf-8', 'inline; filename="kvm-forum-2012.ics"'],
    [{ kind: 'session-ics', code: 'KVMKEY' }, 'text/calendar; charset=utf-8', 'inline; filename="kvm-forum-2012-kvmkey.ics"'],
    [{ kind: 'api-sessions' }, 'application/json; charset=utf-8', null],
  ])('%j is served with its type, ETag, Last-Modified and caching headers', async (request, type, disposition) => {
    const feed = await scheduleFeed(db, slug, request, opts);
    const res = await get(request);
    const body = await res.text();
    expect({
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
      cache: res.headers.get('cache-control'),
      length: res.headers.get('content-length'),
    }).toEqual({
      status: 200,
      type,
      disposition,
      etag: feed.etag,
      lastModified: feed.lastModified.toUTCString(),
      cache: 'public, max-age=300, stale-while-revalidate=3600',
      length: String(new TextEncoder().encode(feed.body).length),
    });
    expect(body).toBe(feed.body);
  });

  it('answers 304 without a body to a matching If-None-Match', async () => {
    const { etag } = await scheduleFeed(db, slug, ics, opts);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get(ics, { 'If-None-Match': header });
      expect([res.status, await res.text(), res.headers.get('etag')]).toEqual([304, '', etag]);
    }
  });

  it('answers 200 to an If-None-Match of another release, even with a matching If-Modified-Since', async () => {
    const res = await get(ics, { 'If-None-Match': '"stale-etag"', 'If-Modified-Since': 'Wed, 31 Oct 2012 09:00:00 GMT' });
    expect(res.status).toBe(200);
  });

  it('answers 304 to If-Modified-Since at or after the last change, and 200 before it', async () => {
    const changed = (await scheduleFeed(db, slug, xml, opts)).lastModified.getTime();
    const httpDate = (ms: number) => new Date(ms).toUTCString();
    const at = async (date: string) => (await get(xml, { 'If-Modified-Since': date })).status;
    expect([await at(httpDate(changed)), await at(httpDate(changed + 86_400_000)), await at(httpDate(changed - 1000)), await at('not a date')]).toEqual([304, 304, 200, 200]);
  });

  it('isNotModified compares ETags weakly and ignores If-Modified-Since when If-None-Match is present', () => {
    const feed = { etag: '"r1-schedule.xml-abc"', lastModified: new Date('2012-10-24T10:00:00.500Z') };
    expect([
      isNotModified(feed, { ifNoneMatch: 'W/"r1-schedule.xml-abc"', ifModifiedSince: null }),
      isNotModified(feed, { ifNoneMatch: '"r0-schedule.xml-abc"', ifModifiedSince: 'Wed, 24 Oct 2012 10:00:00 GMT' }),
      isNotModified(feed, { ifNoneMatch: null, ifModifiedSince: 'Wed, 24 Oct 2012 10:00:00 GMT' }),
      isNotModified(feed, { ifNoneMatch: null, ifModifiedSince: null }),
    ]).toEqual([true, false, true, false]);
  });

  it('answers 404 with a clear message for an unknown conference', async () => {
    const res = await get(xml, {}, 'no-such-conference');
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([404, 'text/plain; charset=utf-8', 'No conference "no-such-conference".\n']);
  });

  it('answers 404 for a conference without a release', async () => {
    const unreleased = await makeConference(db, { name: 'Unreleased Conf' });
    const res = await get(ics, {}, unreleased.slug);
    expect([res.status, await res.text()]).toEqual([404, 'Unreleased Conf has no published schedule yet.\n']);
  });

  it('answers 404 for a session or speaker the release does not publish, in JSON for the API', async () => {
    const session = await get({ kind: 'session-ics', code: 'NOPE42' });
    expect([session.status, await session.text()]).toEqual([404, 'Session "NOPE42" is not in the published schedule of KVM Forum + oVirt Workshop 2012.\n']);
    const speaker = await get({ kind: 'api-speaker', code: 'NOBODY' });
    expect([speaker.status, speaker.headers.get('content-type'), JSON.parse(await speaker.text())]).toEqual([
      404,
      'application/json; charset=utf-8',
      { error: { code: 'NOT_FOUND', message: 'Speaker "NOBODY" is not in the published schedule of KVM Forum + oVirt Workshop 2012.' } },
    ]);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await serveScheduleFeed(db, slug, xml, new Headers(), { ...opts, method: 'HEAD' });
    expect([res.status, await res.text(), res.headers.get('etag') !== null]).toEqual([200, '', true]);
  });
});

describe('public API documents', () => {
  it('the index names the conference, its release and where the rest is', async () => {
    const doc = JSON.parse((await scheduleFeed(db, slug, { kind: 'api-index' }, opts)).body) as Record<string, unknown>;
    expect({ conference: doc.conference, release: doc.release, counts: doc.counts, links: doc.links }).toEqual({
      conference: {
        slug,
        title: 'KVM Forum + oVirt Workshop 2012',
        description: expect.stringMatching(/^The yearly gathering/),
        timeZone: 'Europe/Madrid',
        startDate: '2012-11-07',
        endDate: '2012-11-09',
        url: `${base}/${slug}`,
      },
      release: { version: '1.1', releasedAt: '2012-10-31T09:00:00.000Z' },
      counts: { sessions: 16, speakers: 16, rooms: 3 },
      links: {
        sessions: `${base}/api/v1/${slug}/sessions`,
        speakers: `${base}/api/v1/${slug}/speakers`,
        rooms: `${base}/api/v1/${slug}/rooms`,
        scheduleXml: `${base}/${slug}/schedule.xml`,
        scheduleJson: `${base}/${slug}/schedule.json`,
        ical: `${base}/${slug}/schedule.ics`,
      },
    });
  });

  it('rooms lists the rooms of the release in order', async () => {
    const doc = JSON.parse((await scheduleFeed(db, slug, { kind: 'api-rooms' }, opts)).body) as { rooms: { name: string; capacity: number }[] };
    expect(doc.rooms.map((r) => [r.name, r.capacity])).toEqual([
      ['Auditorium', 300],
      ['Sala Gaudí', 120],
      ['Sala Miró', 80],
    ]);
  });
});
