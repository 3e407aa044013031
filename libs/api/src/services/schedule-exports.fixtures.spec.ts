// Real schedules from other systems (../shared/fixtures/schedules), read with readScheduleFile, turned into a
// published schedule and exported: every export passes the real validators, at FOSDEM scale too. The raw files are
// checked as controls, so a validator that accepts anything would show here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkIcalendar,
  conferenceIcal,
  favouritesIcal,
  publishedFromImported,
  readScheduleFile,
  speakerIcal,
  toFrabJsonObject,
  toFrabXml,
  type PublishedSchedule,
} from '@podium/domain';
import { FIXTURE_DIR, SKIP_MESSAGE, sharedPresent, validateScheduleJson, validateScheduleXml } from './schedule-validators.testing.ts';

const FIXTURES: [file: string, timeZone: string | undefined, sessions: number][] = [
  ['pretalx-democon.json', undefined, 36],
  ['39c3-hub.xml', undefined, 215],
  ['fosdem-2021-pentabarf.xml', 'Europe/Brussels', 773],
  ['debconf23-wafer.xml', undefined, 117],
  ['global-azure-austria-2024-sessionize.json', 'Europe/Vienna', 15],
];

const read = (file: string) => readFileSync(path.join(FIXTURE_DIR, file), 'utf8');

function published(file: string, timeZone: string | undefined, versionId = 'release-1'): PublishedSchedule {
  const imported = readScheduleFile(read(file), file, timeZone ? { timeZone } : {});
  return publishedFromImported(imported, {
    conferenceId: `fixture:${file}`,
    slug: file.replace(/\..*$/, ''),
    publicBaseUrl: 'https://podium.example.org',
    version: { id: versionId, name: versionId, releasedAt: new Date('2024-01-01T12:00:00Z') },
  });
}

describe.skipIf(!sharedPresent)(sharedPresent ? 'exports of real schedule files' : `exports of real schedule files (${SKIP_MESSAGE})`, () => {
  describe.each(FIXTURES)('%s', (file, timeZone, sessions) => {
    // Read in a hook, not while collecting: a skipped suite must not touch the absent files.
    let schedule: PublishedSchedule;
    beforeAll(() => {
      schedule = published(file, timeZone);
    }, 30_000);

    it(`has ${sessions} sessions`, () => {
      expect(schedule.sessions.length).toBe(sessions);
    });

    it('schedule.xml is valid against the c3voc XSD', async () => {
      expect(await validateScheduleXml(toFrabXml(schedule))).toEqual([]);
    }, 60_000);

    it('schedule.json is valid against the c3voc JSON schema', () => {
      expect(validateScheduleJson(toFrabJsonObject(schedule))).toEqual([]);
    }, 30_000);

    it('the conference calendar passes the strict iCalendar checker', () => {
      const ics = conferenceIcal(schedule);
      expect(checkIcalendar(ics)).toEqual([]);
      expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)?.length).toBe(sessions);
    }, 30_000);

    it('speaker and favourites calendars pass the strict iCalendar checker', () => {
      const person = schedule.persons[0]!;
      expect(checkIcalendar(speakerIcal(schedule, person.code)!)).toEqual([]);
      expect(checkIcalendar(favouritesIcal(schedule, schedule.sessions.slice(0, 5).map((s) => s.code)))).toEqual([]);
    }, 30_000);

    it('guids and codes are the same in another release of the same file', () => {
      const again = published(file, timeZone, 'release-2');
      expect(again.sessions.map((s) => [s.code, s.guid])).toEqual(schedule.sessions.map((s) => [s.code, s.guid]));
      expect(again.rooms.map((r) => r.guid)).toEqual(schedule.rooms.map((r) => r.guid));
      expect(again.persons.map((p) => p.guid)).toEqual(schedule.persons.map((p) => p.guid));
    }, 30_000);
  });

  it('pretalx-democon.json keeps the file\'s event guids and codes', () => {
    const s = published('pretalx-democon.json', undefined);
    const e = s.sessions.find((x) => x.guid === '8079583e-8321-506c-95af-fd2903a5f075')!;
    expect([e.title, e.roomName, e.start.toISOString()]).toEqual(['Focused 5thgeneration hardware', 'Gray Room', '2020-12-14T08:00:00.000Z']);
  });

  it('debconf23-wafer.xml is written in Asia/Kolkata with a VTIMEZONE of its own', () => {
    const ics = conferenceIcal(published('debconf23-wafer.xml', undefined));
    expect(ics).toContain('\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\n');
    expect(ics).toContain('\r\nTZOFFSETTO:+0530\r\n');
  });

  // Controls: the validators do reject.
  it('the raw 39C3 hub file is not XSD-valid (<code> elements, <link> with content)', async () => {
    const errors = await validateScheduleXml(read('39c3-hub.xml'));
    expect(errors.length).toBeGreaterThan(100);
    expect(errors.some((e) => e.includes("Element 'code'"))).toBe(true);
  }, 60_000);

  it('the raw pretalx democon file is valid against the JSON schema', () => {
    expect(validateScheduleJson(JSON.parse(read('pretalx-democon.json')))).toEqual([]);
  });

  it('a schedule.json with the slug as acronym is refused by the JSON schema', () => {
    const doc = toFrabJsonObject(published('pretalx-democon.json', undefined)) as { schedule: { conference: { acronym: string } } };
    doc.schedule.conference.acronym = 'kvm-forum-2012';
    expect(validateScheduleJson(doc)).toEqual(['/schedule/conference/acronym must match pattern "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$" {"pattern":"^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$"}']);
  });
});
