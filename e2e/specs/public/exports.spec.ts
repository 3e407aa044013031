// The seed's schedule exports as a client sees them over HTTP: types, caching headers, 304 on revalidation, the
// per-session, per-speaker and favourites calendars, the public JSON API, and 404s. Reads only (seed-state project).
import { expect, test, type APIResponse } from '@playwright/test';
import { checkIcalendar } from '@podium/domain';
import { kvmForum2012 } from '@podium/seeds';
import { publicUrl } from '../../fixtures/urls.ts';

const slug = kvmForum2012.conference.slug;
const RELEASED = 'Wed, 24 Oct 2012 10:00:00 GMT';
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

function feedHeaders(res: APIResponse) {
  const h = res.headers();
  return { status: res.status(), type: h['content-type'], lastModified: h['last-modified'], cache: h['cache-control'], cors: h['access-control-allow-origin'] };
}

test.describe('schedule exports', () => {
  for (const [format, type, marker] of [
    ['xml', 'application/vnd.c3voc.schedule+xml; charset=utf-8', '<version>1.0</version>'],
    ['json', 'application/json; charset=utf-8', '"version": "1.0"'],
    ['ics', 'text/calendar; charset=utf-8', 'BEGIN:VCALENDAR\r\n'],
  ] as const) {
    test(`schedule.${format} is served with its type, ETag and Last-Modified, and 304 on revalidation`, async ({ request }) => {
      const url = publicUrl(`/${slug}/schedule.${format}`);
      const res = await request.get(url);
      const { lastModified, ...headers } = feedHeaders(res);
      expect(headers).toEqual({ status: 200, type, cache: 'public, max-age=300, stale-while-revalidate=3600', cors: '*' });
      // The latest change the export is built from: the release, or (as here) the seed's rows written after it.
      expect(Date.parse(lastModified!)).toBeGreaterThanOrEqual(Date.parse(RELEASED));
      const etag = res.headers()['etag']!;
      expect(etag).toMatch(new RegExp(`^"[a-z0-9]+-schedule\\.${format}-[0-9a-f]{12}"$`));
      expect(await res.text()).toContain(marker);

      const again = await request.get(url, { headers: { 'If-None-Match': etag } });
      expect([again.status(), again.headers()['etag'], (await again.body()).length]).toEqual([304, etag, 0]);
      const since = await request.get(url, { headers: { 'If-Modified-Since': lastModified! } });
      expect(since.status()).toBe(304);
      const before = await request.get(url, { headers: { 'If-Modified-Since': new Date(Date.parse(lastModified!) - 1000).toUTCString() } });
      expect(before.status()).toBe(200);
    });
  }

  test('schedule.xml and schedule.json hold the 16 seed sessions', async ({ request }) => {
    const xml = await (await request.get(publicUrl(`/${slug}/schedule.xml`))).text();
    expect(xml.match(/<event /g)?.length).toBe(16);
    expect(xml).toContain('<acronym>kvm_forum_2012</acronym>');
    const doc = (await (await request.get(publicUrl(`/${slug}/schedule.json`))).json()) as {
      schedule: { conference: { days: { rooms: Record<string, { code: string }[]> }[] } };
    };
    const codes = doc.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat().map((e) => e.code)).sort();
    expect(codes).toEqual(kvmForum2012.sessions.map((s) => s.code).sort());
  });

  test('schedule.ics passes the strict iCalendar checker byte for byte, with every session', async ({ request }) => {
    const res = await request.get(publicUrl(`/${slug}/schedule.ics`));
    const bytes = new Uint8Array(await res.body());
    expect(checkIcalendar(bytes)).toEqual([]);
    const text = new TextDecoder().decode(bytes);
    expect(text.match(/\r\nBEGIN:VEVENT\r\n/g)?.length).toBe(16);
    expect(unfold(text)).toContain('\r\nDTSTART;TZID=Europe/Madrid:20121107T090000\r\nDTEND;TZID=Europe/Madrid:20121107T091500\r\nSUMMARY:Keynote Address\r\n');
  });

  test('a session, a speaker and favourites each have their calendar', async ({ request }) => {
    const session = await request.get(publicUrl(`/${slug}/sessions/KVMKEY.ics`));
    expect(feedHeaders(session).type).toBe('text/calendar; charset=utf-8');
    const sessionText = await session.text();
    expect(checkIcalendar(sessionText)).toEqual([]);
    expect(unfold(sessionText).match(/\r\nSUMMARY:.*/g)).toEqual(['\r\nSUMMARY:Keynote Address']);

    const speakers = (await (await request.get(publicUrl(`/api/v1/${slug}/speakers`))).json()) as { speakers: { code: string; name: string; ical: string }[] };
    const avi = speakers.speakers.find((s) => s.name === 'Avi Kivity')!;
    expect(avi.ical).toBe(publicUrl(`/${slug}/speakers/${avi.code}.ics`));
    const speakerText = await (await request.get(avi.ical)).text();
    expect(checkIcalendar(speakerText)).toEqual([]);
    expect(unfold(speakerText).match(/\r\nSUMMARY:.*/g)).toEqual(['\r\nSUMMARY:Keynote Address']);

    const favourites = await (await request.get(publicUrl(`/${slug}/favourites.ics?codes=OVNODE,NOPE42,kvmkey`))).text();
    expect(checkIcalendar(favourites)).toEqual([]);
    expect(unfold(favourites).match(/\r\nSUMMARY:.*/g)).toEqual(['\r\nSUMMARY:Keynote Address', '\r\nSUMMARY:oVirt Node Architecture Design and Roadmpa']);
  });

  test('the public API lists the sessions and rooms of the release', async ({ request }) => {
    const sessions = await request.get(publicUrl(`/api/v1/${slug}/sessions`));
    expect(feedHeaders(sessions).type).toBe('application/json; charset=utf-8');
    const doc = (await sessions.json()) as { release: { version: string }; sessions: { code: string }[] };
    expect([doc.release.version, doc.sessions.length]).toEqual(['1.0', 16]);
    const one = (await (await request.get(publicUrl(`/api/v1/${slug}/sessions/KVMKEY`))).json()) as { session: { title: string; localStart: string } };
    expect([one.session.title, one.session.localStart]).toEqual(['Keynote Address', '2012-11-07T09:00:00+01:00']);
    const rooms = (await (await request.get(publicUrl(`/api/v1/${slug}/rooms`))).json()) as { rooms: { name: string }[] };
    expect(rooms.rooms.map((r) => r.name)).toEqual(kvmForum2012.rooms.map((r) => r.name));
  });

  test('unknown conferences, sessions and speakers are 404 with a clear message', async ({ request }) => {
    const conference = await request.get(publicUrl('/no-such-conference/schedule.xml'));
    expect([conference.status(), await conference.text()]).toEqual([404, 'No conference "no-such-conference".\n']);
    const session = await request.get(publicUrl(`/${slug}/sessions/NOPE42.ics`));
    expect([session.status(), await session.text()]).toEqual([404, 'Session "NOPE42" is not in the published schedule of KVM Forum + oVirt Workshop 2012.\n']);
    const api = await request.get(publicUrl(`/api/v1/${slug}/speakers/NOBODY`));
    expect([api.status(), await api.json()]).toEqual([
      404,
      { error: { code: 'NOT_FOUND', message: 'Speaker "NOBODY" is not in the published schedule of KVM Forum + oVirt Workshop 2012.' } },
    ]);
  });

  test('the session page still answers at /<slug>/sessions/<code>', async ({ request }) => {
    const res = await request.get(publicUrl(`/${slug}/sessions/KVMKEY`));
    expect([res.status(), res.headers()['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
  });
});
