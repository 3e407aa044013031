/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.ts';
import { readScheduleFile } from './read-schedule-file.ts';
import { decodeXmlEntities, dedent, htmlToText } from './text.ts';
import { parseDateTime, parseDuration } from './time.ts';
import type { ImportedSchedule } from './types.ts';

const iso = (d: Date) => d.toISOString();
const times = (s: ImportedSchedule) => s.events.map((e) => `${e.id} ${iso(e.start)} ${iso(e.end)}`);

describe('parseDuration', () => {
  it.each([
    ['00:30', 30],
    ['0:30', 30],
    ['01:00', 60],
    ['1:00', 60],
    ['0:30:00', 30],
    ['00:05:00', 5],
    ['01:30:30', 90.5],
    ['10:00', 600],
    ['1:02:00:00', 1560], // d:hh:mm:ss
    ['PT1H30M', 90],
    ['PT45M', 45],
    ['P1DT2H', 1560],
    ['45', 45],
    [' 00:20 ', 20],
  ])('%s is %d minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes * 60000);
  });

  it.each(['', 'half an hour', '00:60', '1:2', 'PT', '-00:30'])('"%s" cannot be read', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2025-12-27T16:00:00+01:00', 'UTC', '2025-12-27T15:00:00.000Z', 60],
    ['2023-09-10T05:00:00+00:00', 'Asia/Kolkata', '2023-09-10T05:00:00.000Z', 0],
    ['2023-09-10T05:00:00Z', 'Europe/Berlin', '2023-09-10T05:00:00.000Z', 0],
    ['2024-01-01T10:00:00-05:30', 'UTC', '2024-01-01T15:30:00.000Z', -330],
    ['2024-01-01T10:00+0200', 'UTC', '2024-01-01T08:00:00.000Z', 120],
    ['2024-04-20T09:00:00', 'Europe/Vienna', '2024-04-20T07:00:00.000Z', null], // no offset: wall time in the zone
    ['2024-01-20 09:00:30', 'Europe/Vienna', '2024-01-20T08:00:30.000Z', null],
    ['2024-04-20T09:00:00.000', 'UTC', '2024-04-20T09:00:00.000Z', null],
  ])('%s read in %s is %s', (text, zone, expected, offset) => {
    const parsed = parseDateTime(text, zone);
    expect(parsed && { instant: iso(parsed.instant), offset: parsed.writtenOffset }).toEqual({ instant: expected, offset });
  });

  it.each(['2024-04-20', 'tomorrow', '2024-04-20T25:00:00Z', '2024-04-20T10:00:00+01:00 extra'])('"%s" cannot be read', (text) => {
    expect(parseDateTime(text, 'UTC')).toBeNull();
  });
});

describe('text clean-up', () => {
  it('decodes XML entities once ("&amp;lt;" stays "&lt;")', () => {
    expect(decodeXmlEntities('Q&amp;A &lt;p&gt; &quot;x&quot; &apos;y&apos; &#x27;z&#39; &amp;lt; &unknown;')).toBe(`Q&A <p> "x" 'y' 'z' &lt; &unknown;`);
  });

  it('turns an HTML fragment into plain text', () => {
    const html =
      '<p>Intro with <em>emphasis</em>\nand a line break.</p>\n<ul><li>one &amp; two</li><li><a href="https://example.org/x">a link</a></li></ul><p>Same: <a href="https://example.org">https://example.org</a><br/>next&nbsp;line &mdash; end</p>';
    expect(htmlToText(html)).toBe('Intro with emphasis and a line break.\n\n- one & two\n- a link (https://example.org/x)\n\nSame: https://example.org\nnext line — end');
  });

  it('keeps the lines of <pre> blocks', () => {
    expect(htmlToText('<p>Run:</p><pre>make\n  make install</pre>')).toBe('Run:\n\nmake\n  make install');
  });

  it('removes the indentation XML pretty-printing leaves', () => {
    expect(dedent('First line.\n\n                    Second paragraph\n                      indented more.\n                ')).toBe(
      'First line.\n\nSecond paragraph\n  indented more.',
    );
  });
});

describe('readScheduleFile: frab schedule.xml', () => {
  const xml = (events: string, conference = '<time_zone_name>Europe/Berlin</time_zone_name>') => `<?xml version="1.0"?>
<schedule>
  <version>1</version>
  <conference><title>Test &amp; Con</title>${conference}<track name="Security" color="#0347b4"/></conference>
  <day date="2025-12-27" start="2025-12-27T10:00:00+01:00" end="2025-12-28T04:00:00+01:00" index="1">
    <room name="Hall 1" guid="3ec94f24-6a95-48f4-91d0-1e9ced1f2144">${events}</room>
  </day>
</schedule>`;

  it('reads events, persons, tracks and codes, with the dates as written', () => {
    const s = readScheduleFile(
      xml(`
      <event guid="a2dd3dc7-ecae-50b3-82d9-266ad02f7a40" id="1254" code="JZ9A3E">
        <date>2025-12-27T16:00:00+01:00</date><start>16:00</start><duration>01:00</duration><room>Hall 1</room>
        <title>Fraud &amp; tickets</title><subtitle/><track>Security</track><type>Talk</type><language>en</language>
        <abstract>Line one.
                    Line two.</abstract>
        <persons><person guid="7fa522b7-3b42-5b1c-8f62-eb9a7c3c5dab">Q Misell</person><person id="7">maya</person></persons>
        <links><link href="https://x.example">with content, not allowed by the XSD</link></links>
      </event>`),
      'schedule.xml',
    );
    expect(s).toEqual({
      format: 'frab-xml',
      title: 'Test & Con',
      timeZone: 'Europe/Berlin',
      days: [{ date: '2025-12-27', start: new Date('2025-12-27T09:00:00Z'), end: new Date('2025-12-28T03:00:00Z') }],
      rooms: [{ id: '3ec94f24-6a95-48f4-91d0-1e9ced1f2144', name: 'Hall 1' }],
      tracks: [{ name: 'Security', color: '#0347b4' }],
      persons: [{ id: '7fa522b7-3b42-5b1c-8f62-eb9a7c3c5dab', name: 'Q Misell' }, { id: '7', name: 'maya' }],
      events: [
        {
          id: 'a2dd3dc7-ecae-50b3-82d9-266ad02f7a40',
          code: 'JZ9A3E',
          title: 'Fraud & tickets',
          abstract: 'Line one.\nLine two.',
          description: '',
          type: 'Talk',
          track: 'Security',
          language: 'en',
          room: 'Hall 1',
          start: new Date('2025-12-27T15:00:00Z'),
          end: new Date('2025-12-27T16:00:00Z'),
          persons: [{ id: '7fa522b7-3b42-5b1c-8f62-eb9a7c3c5dab', name: 'Q Misell' }, { id: '7', name: 'maya' }],
        },
      ],
      warnings: [],
      skipped: [],
    });
  });

  it('skips events whose time cannot be read and says which', () => {
    const s = readScheduleFile(
      xml(`
      <event id="1"><date>2025-12-27T16:00:00+01:00</date><duration>soon</duration><room>Hall 1</room><title>A</title></event>
      <event id="2"><date>2025-12-27T17:00:00+01:00</date><room>Hall 1</room><title>B</title></event>
      <event id="3"><date>2025-12-27T18:00:00+01:00</date><duration>00:30</duration><room>Hall 1</room><title>C</title></event>`),
    );
    expect(times(s)).toEqual(['3 2025-12-27T17:00:00.000Z 2025-12-27T17:30:00.000Z']);
    expect(s.warnings).toEqual(['2 event(s) were skipped because their time could not be read ("A" (1): unreadable duration "soon", "B" (2): no duration).']);
  });

  it('makes repeated ids unique and derives ids for events without one', () => {
    const event = (id: string, hour: string) =>
      `<event ${id}><date>2025-12-27T${hour}:00:00+01:00</date><duration>00:30</duration><room>Hall 1</room><title>T${hour}</title></event>`;
    const s = readScheduleFile(xml(event('id="5"', '11') + event('id="5"', '12') + event('', '13') + event('', '13')));
    expect(s.events.map((e) => e.id)).toEqual(['5', '5#2', 'gen-c95d6085', 'gen-c95d6085#2']);
    expect(s.warnings).toEqual(['2 event id(s) appear more than once (5, gen-c95d6085); later ones got a "#2", "#3"… suffix.']);
  });

  it('warns when the start times do not match the dates in the named zone, and keeps the written offsets', () => {
    const s = readScheduleFile(
      xml(
        `<event id="1"><date>2025-12-27T16:00:00+01:00</date><start>16:00</start><duration>00:30</duration><room>Hall 1</room><title>A</title></event>`,
        '<time_zone_name>UTC</time_zone_name>',
      ),
    );
    expect(times(s)).toEqual(['1 2025-12-27T15:00:00.000Z 2025-12-27T15:30:00.000Z']);
    expect(s.warnings).toEqual([
      '1 event(s) have a start time that is not the local time of their date in UTC ("A" (1): start 16:00, date 2025-12-27T16:00:00+01:00 = 15:00 in UTC); the dates with their UTC offsets were used.',
    ]);
  });

  it('falls back to the given zone when the file names none or an unknown one', () => {
    const event = `<event id="1"><date>2025-12-27T16:00:00</date><duration>00:30</duration><room>Hall 1</room><title>A</title></event>`;
    const none = readScheduleFile(xml(event, ''), 'a.xml', { timeZone: 'America/New_York' });
    expect([none.timeZone, ...times(none), ...none.warnings]).toEqual([
      'America/New_York',
      '1 2025-12-27T21:00:00.000Z 2025-12-27T21:30:00.000Z',
      'The file names no time zone; local times were read in America/New_York (the given fallback).',
    ]);
    const bad = readScheduleFile(xml(event, '<time_zone_name>Mars/Olympus</time_zone_name>'));
    expect([bad.timeZone, ...times(bad), ...bad.warnings]).toEqual([
      'UTC',
      '1 2025-12-27T16:00:00.000Z 2025-12-27T16:30:00.000Z',
      `The file's time zone "Mars/Olympus" is not an IANA zone; local times were read in UTC (UTC, the default fallback).`,
    ]);
  });
});

describe('readScheduleFile: pentabarf XML', () => {
  const pentabarf = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Night Con</title><start>2021-02-06</start><end>2021-02-07</end><days>2</days><day_change>04:00:00</day_change></conference>
  <day index="1" date="2021-02-06">
    <room name="K.1">
      <event id="11795">
        <start>23:30</start><duration>01:00</duration><room>K.1</room><title>Late</title><track>Main</track><type>maintrack</type>
        <abstract>&lt;p&gt;Q&amp;amp;A &lt;em&gt;after&lt;/em&gt; the talk.&lt;/p&gt;</abstract><description/>
        <persons><person id="7745">Marco Marinello</person></persons>
      </event>
      <event id="11796">
        <start>01:00</start><duration>00:30:00</duration><room>K.1</room><title>After midnight</title><track/>
        <persons></persons>
      </event>
    </room>
  </day>
</schedule>`;

  it('reads the day date plus <start>, rolling wall times before the day change over to the next day', () => {
    const s = readScheduleFile(pentabarf, 'fosdem.xml', { timeZone: 'Europe/Brussels' });
    expect(s.format).toBe('pentabarf-xml');
    expect(times(s)).toEqual(['11795 2021-02-06T22:30:00.000Z 2021-02-06T23:30:00.000Z', '11796 2021-02-07T00:00:00.000Z 2021-02-07T00:30:00.000Z']);
    expect(s.days).toEqual([{ date: '2021-02-06' }]);
  });

  it('turns the HTML-escaped abstracts into plain text', () => {
    const s = readScheduleFile(pentabarf, 'fosdem.xml', { timeZone: 'Europe/Brussels' });
    expect(s.events.map((e) => [e.title, e.abstract, e.description, e.persons])).toEqual([
      ['Late', 'Q&A after the talk.', '', [{ id: '7745', name: 'Marco Marinello' }]],
      ['After midnight', '', '', []],
    ]);
  });
});

describe('readScheduleFile: frab schedule.json', () => {
  const json = {
    schedule: {
      version: '1',
      conference: {
        acronym: 'democon',
        title: 'DemoCon',
        time_zone_name: 'Europe/Berlin',
        rooms: [{ name: 'Gray Room', guid: 'b379c473-93b9-4eae-9a09-d482e86cede3', capacity: 120 }],
        days: [
          {
            index: 1,
            date: '2020-12-14',
            day_start: '2020-12-14T04:00:00+01:00',
            day_end: '2020-12-15T03:59:00+01:00',
            rooms: {
              'Gray Room': [
                {
                  id: 25,
                  guid: '8079583e-8321-506c-95af-fd2903a5f075',
                  date: '2020-12-14T09:00:00+01:00',
                  start: '09:00',
                  duration: '00:30',
                  end: '2020-12-14T09:45:00+01:00',
                  room: 'Gray Room',
                  title: 'Focused hardware',
                  subtitle: '',
                  track: null,
                  type: 'Talk',
                  language: 'en',
                  abstract: 'Brand back-end models!',
                  description: null,
                  persons: [{ id: 26, code: 'NQTF8Y', public_name: 'Brian Robinson', biography: 'Builds hardware.\n\nLikes tea.' }, { name: 'Ada' }, { id: 27, public_name: '' }],
                  url: 'http://localhost/democon/talk/G9JGWY/',
                },
              ],
            },
          },
        ],
      },
    },
  };

  it('reads it, preferring `end` over `duration` and guid over id', () => {
    const s = readScheduleFile(JSON.stringify(json), 'schedule.json');
    expect(s).toEqual({
      format: 'frab-json',
      title: 'DemoCon',
      timeZone: 'Europe/Berlin',
      days: [{ date: '2020-12-14', start: new Date('2020-12-14T03:00:00Z'), end: new Date('2020-12-15T02:59:00Z') }],
      rooms: [{ id: 'b379c473-93b9-4eae-9a09-d482e86cede3', name: 'Gray Room', capacity: 120 }],
      tracks: [],
      persons: [{ id: 'NQTF8Y', name: 'Brian Robinson', biography: 'Builds hardware.\n\nLikes tea.' }, { name: 'Ada' }],
      events: [
        {
          id: '8079583e-8321-506c-95af-fd2903a5f075',
          title: 'Focused hardware',
          abstract: 'Brand back-end models!',
          description: '',
          type: 'Talk',
          language: 'en',
          room: 'Gray Room',
          start: new Date('2020-12-14T08:00:00Z'),
          end: new Date('2020-12-14T08:45:00Z'),
          persons: [{ id: 'NQTF8Y', name: 'Brian Robinson', biography: 'Builds hardware.\n\nLikes tea.' }, { name: 'Ada' }],
          url: 'http://localhost/democon/talk/G9JGWY/',
        },
      ],
      warnings: ['1 person(s) without a name were left out (on "Focused hardware" (25)).'],
      skipped: [{ kind: 'person', id: '27', label: 'on event "Focused hardware" (25)', reason: 'the person has no name' }],
    });
  });
});

describe('readScheduleFile: variants seen in other exports', () => {
  it('drops NUL characters, which no database text can hold', () => {
    const s = readScheduleFile(
      `<schedule><conference><time_zone_name>UTC</time_zone_name></conference><day date="2024-01-01"><room name="R"><event id="1"><date>2024-01-01T10:00:00Z</date><duration>00:30</duration><title>T\u0000itle</title></event></room></day></schedule>`,
    );
    expect(s.events.map((e) => e.title)).toEqual(['Title']);
  });

  it('reads XML with a namespace prefix', () => {
    const s = readScheduleFile(
      `<s:schedule xmlns:s="urn:x"><s:conference><s:time_zone_name>UTC</s:time_zone_name></s:conference><s:day date="2024-01-01"><s:room name="R"><s:event id="1"><s:date>2024-01-01T10:00:00Z</s:date><s:duration>00:30</s:duration><s:title>T</s:title></s:event></s:room></s:day></s:schedule>`,
    );
    expect(times(s)).toEqual(['1 2024-01-01T10:00:00.000Z 2024-01-01T10:30:00.000Z']);
  });

  it('reads translated names in schedule.json ({"en": …, "de": …})', () => {
    const s = readScheduleFile(
      JSON.stringify({
        schedule: {
          version: '1',
          conference: {
            title: { de: 'Konferenz', en: 'Conference' },
            time_zone_name: 'UTC',
            days: [{ date: '2024-01-01', rooms: { Saal: [{ id: 1, date: '2024-01-01T10:00:00Z', duration: '0:30', room: { de: 'Saal' }, title: 'T', persons: [] }] } }],
          },
        },
      }),
    );
    expect([s.title, s.events[0]!.room, ...times(s)]).toEqual(['Conference', 'Saal', '1 2024-01-01T10:00:00.000Z 2024-01-01T10:30:00.000Z']);
  });
});

describe('readScheduleFile: Sessionize JSON', () => {
  const all = {
    sessions: [
      { id: '1', title: 'Keynote', description: 'Line\r\nnext', startsAt: '2024-04-20T09:00:00', endsAt: '2024-04-20T09:45:00', speakers: ['sp-a'], categoryItems: [11], roomId: 100, isServiceSession: false, isPlenumSession: false },
      { id: '2', title: 'Lunch', description: null, startsAt: '2024-04-20T12:00:00', endsAt: '2024-04-20T13:00:00', speakers: [], categoryItems: [], roomId: 100, isServiceSession: true, isPlenumSession: true },
      { id: '3', title: 'Not yet placed', description: null, startsAt: null, endsAt: null, speakers: ['sp-b'], categoryItems: [], roomId: null },
    ],
    speakers: [
      { id: 'sp-a', firstName: 'Ed', lastName: 'Burns', fullName: 'Ed Burns', sessions: [1] },
      { id: 'sp-b', firstName: 'Julia', lastName: 'Z', fullName: 'Julia Z', sessions: [3] },
    ],
    categories: [{ id: 1, title: 'Track', items: [{ id: 11, name: 'Java' }], type: 'session' }],
    rooms: [{ id: 100, name: 'Aula', sort: 0 }],
  };

  it('reads local times in the given zone, service sessions as breaks, and skips unscheduled sessions', () => {
    const s = readScheduleFile(JSON.stringify(all), 'global-azure.json', { timeZone: 'Europe/Vienna' });
    expect(s).toEqual({
      format: 'sessionize-json',
      title: 'global-azure',
      timeZone: 'Europe/Vienna',
      days: [{ date: '2024-04-20' }],
      rooms: [{ id: '100', name: 'Aula' }],
      tracks: [{ name: 'Java' }],
      persons: [{ id: 'sp-a', name: 'Ed Burns' }, { id: 'sp-b', name: 'Julia Z' }],
      events: [
        {
          id: '1',
          title: 'Keynote',
          abstract: '',
          description: 'Line\nnext',
          track: 'Java',
          room: 'Aula',
          start: new Date('2024-04-20T07:00:00Z'),
          end: new Date('2024-04-20T07:45:00Z'),
          persons: [{ id: 'sp-a', name: 'Ed Burns' }],
        },
        {
          id: '2',
          title: 'Lunch',
          abstract: '',
          description: '',
          room: 'Aula',
          start: new Date('2024-04-20T10:00:00Z'),
          end: new Date('2024-04-20T11:00:00Z'),
          persons: [],
          isBreak: true,
          allRooms: true,
        },
      ],
      warnings: ['The file names no time zone; local times were read in Europe/Vienna (the given fallback).', '1 session(s) have no time yet and were skipped.'],
      skipped: [{ kind: 'event', id: '3', label: '"Not yet placed" (3)', reason: 'no start time (not scheduled yet)' }],
    });
  });

  it('reads the grouped /view/Sessions shape too', () => {
    const grouped = [
      {
        groupId: null,
        groupName: 'All',
        sessions: [{ id: '9', title: 'Talk', startsAt: '2024-04-20T10:00:00', endsAt: '2024-04-20T10:30:00', room: 'Aula', speakers: [{ id: 'x', name: 'Ann' }] }],
      },
    ];
    const s = readScheduleFile(JSON.stringify(grouped));
    expect([s.format, ...times(s), s.events[0]!.room, s.persons]).toEqual([
      'sessionize-json',
      '9 2024-04-20T10:00:00.000Z 2024-04-20T10:30:00.000Z',
      'Aula',
      [{ id: 'x', name: 'Ann' }],
    ]);
  });
});

describe('readScheduleFile: what it refuses', () => {
  const refuses = (text: string, message: string, fileName?: string, options?: { timeZone: string }) =>
    expect(() => readScheduleFile(text, fileName, options)).toThrow(new DomainError('INVALID', message));

  it.each([
    ['', 'The file is empty.'],
    ['hello', 'The file is neither XML nor JSON; expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.'],
    ['{"a": 1}', 'The file is JSON of an unknown shape; expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.'],
    ['{"a": ', 'The file is not valid JSON: Unexpected end of JSON input'],
    ['<rss><channel/></rss>', 'The file is XML but not a schedule (root element <rss>); expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.'],
  ])('%j', (text, message) => refuses(text, message));

  it('names the file when it has a name', () => {
    refuses('  ', '"empty.xml" is empty.', 'dir/empty.xml');
  });

  it('refuses malformed XML', () => {
    expect(() => readScheduleFile('<schedule><day></schedule>')).toThrow(DomainError);
  });

  it('refuses a fallback zone that is not IANA', () => {
    expect(() => readScheduleFile('<schedule><day/></schedule>', undefined, { timeZone: 'CET+1' })).toThrow(
      new DomainError('INVALID', '"CET+1" is not an IANA time zone (e.g. Europe/Brussels).', { timeZone: 'Unknown time zone.' }),
    );
  });
});

// Real files (../shared/fixtures, next to the repository). Read through Vite's import.meta.glob: the domain's lint
// forbids node:fs, and a glob that matches nothing lets the tests say the fixtures are absent instead of failing.
const FIXTURE_DIR = '../../../../../../shared/fixtures/schedules/';
const fixtureFiles = import.meta.glob<string>('../../../../../../shared/fixtures/schedules/*', { query: '?raw', import: 'default' });
const FIXTURES = ['pretalx-democon.json', '39c3-hub.xml', 'fosdem-2021-pentabarf.xml', 'debconf23-wafer.xml', 'global-azure-austria-2024-sessionize.json'];
const present = FIXTURES.every((f) => fixtureFiles[FIXTURE_DIR + f]);

async function fixture(name: string, timeZone?: string): Promise<ImportedSchedule> {
  const text = await fixtureFiles[FIXTURE_DIR + name]!();
  return readScheduleFile(text, name, timeZone ? { timeZone } : {});
}

const counts = (s: ImportedSchedule) => ({
  format: s.format,
  timeZone: s.timeZone,
  events: s.events.length,
  rooms: s.rooms.length,
  days: s.days.map((d) => d.date),
  tracks: s.tracks.length,
  persons: s.persons.length,
});

describe.skipIf(!present)(present ? 'real schedule files in ../shared/fixtures/schedules' : 'real schedule files (skipped: ../shared/fixtures not present)', () => {
  it('pretalx-democon.json: 36 talks, 2 rooms, 3 days', async () => {
    const s = await fixture('pretalx-democon.json');
    expect(counts(s)).toEqual({ format: 'frab-json', timeZone: 'UTC', events: 36, rooms: 2, days: ['2020-12-14', '2020-12-15', '2020-12-16'], tracks: 2, persons: 27 });
    // "date": "2020-12-14T09:00:00+01:00", "duration": "00:30". The file says UTC but writes +01:00: the offsets win.
    const e = s.events.find((x) => x.id === '8079583e-8321-506c-95af-fd2903a5f075')!;
    expect([e.title, iso(e.start), iso(e.end), e.room, e.persons.map((p) => ({ id: p.id, name: p.name }))]).toEqual([
      'Focused 5thgeneration hardware',
      '2020-12-14T08:00:00.000Z',
      '2020-12-14T08:30:00.000Z',
      'Gray Room',
      [{ id: 'NQTF8Y', name: 'Brian Robinson' }],
    ]);
    // The persons' biographies come along (pretalx writes them on every event of the person).
    expect(e.persons[0]!.biography!.split('\n')[0]).toBe('Break through direction. Power cultural most should.');
    expect(s.persons.filter((p) => p.biography).length).toBe(27);
    expect(s.warnings).toEqual([
      '36 event(s) have a start time that is not the local time of their date in UTC ("Focused 5thgeneration hardware" (25): start 09:00, date 2020-12-14T09:00:00+01:00 = 08:00 in UTC, "Quality-focused 6thgeneration website" (26): start 09:30, date 2020-12-14T09:30:00+01:00 = 08:30 in UTC, "Secured mobile concept" (33): start 10:00, date 2020-12-14T10:00:00+01:00 = 09:00 in UTC); the dates with their UTC offsets were used.',
      '2 room(s) share their id with another room (Gray Room, Tan Room); rooms are identified by name.',
    ]);
  });

  it('39c3-hub.xml: 215 events, 14 rooms, 4 days, although not XSD-valid', async () => {
    const s = await fixture('39c3-hub.xml');
    expect(counts(s)).toEqual({
      format: 'frab-xml',
      timeZone: 'Europe/Berlin',
      events: 215,
      rooms: 14,
      days: ['2025-12-27', '2025-12-28', '2025-12-29', '2025-12-30'],
      tracks: 7,
      persons: 263,
    });
    // <date>2025-12-27T16:00:00+01:00</date> <duration>01:00</duration>, <code> as an element.
    const e = s.events.find((x) => x.id === 'a2dd3dc7-ecae-50b3-82d9-266ad02f7a40')!;
    expect([e.code, e.title, iso(e.start), iso(e.end), e.room, e.track, e.persons.map((p) => p.name)]).toEqual([
      'JZ9A3E',
      'All my Deutschlandtickets gone: Fraud at an industrial scale',
      '2025-12-27T15:00:00.000Z',
      '2025-12-27T16:00:00.000Z',
      'One',
      'Security',
      ['Q Misell', 'maya / 551724'],
    ]);
    expect(e.abstract.split('\n\n')[1]!.startsWith('German public transport is famously decentralised')).toBe(true);
    expect(s.tracks[0]).toEqual({ name: 'CCC & Community', color: '#a4a300' });
    expect(s.warnings).toEqual([]);
  });

  it('fosdem-2021-pentabarf.xml: 773 events, 108 rooms, 2 days, 684 persons', async () => {
    const s = await fixture('fosdem-2021-pentabarf.xml', 'Europe/Brussels');
    expect(counts(s)).toEqual({
      format: 'pentabarf-xml',
      timeZone: 'Europe/Brussels',
      events: 773,
      rooms: 108,
      days: ['2021-02-06', '2021-02-07'],
      tracks: 109,
      persons: 684,
    });
    // Day 2021-02-06, <start>14:30</start> <duration>00:20</duration>, Brussels is UTC+1 in February.
    const e = s.events.find((x) => x.id === '10893')!;
    expect([e.title, e.subtitle, iso(e.start), iso(e.end), e.room, e.track, e.type, e.persons]).toEqual([
      'Redesign of an established Open Source CMS',
      'Drupal Admin UI: Past, Present and possible Future',
      '2021-02-06T13:30:00.000Z',
      '2021-02-06T13:50:00.000Z',
      'D.design',
      'Open Source Design',
      'devroom',
      [{ id: '7552', name: 'Sascha Eggenberger' }],
    ]);
    expect(e.abstract).toBe(
      "In this session I'll talk about the brief history of Drupal & the Drupal interface, how it has evolved and why this redesign is an important step for the future of Drupal. As it's important to being inclusive and we treat this as a key value in the Drupal community we made inclusivity & accessibility the main priority.\n\n" +
        'I will dive into the Design System, the principles behind it and the new interfaces which are based off this Design System:\n\n' +
        'Claro The new, upcoming default admin experience.\n\n' +
        'Gin The so-called "Future UI" – which started as a pure vision and is now available as a contrib theme which you can use today.',
    );
    expect(s.warnings).toEqual(['The file names no time zone; local times were read in Europe/Brussels (the given fallback).']);
  });

  it('fosdem-2021-pentabarf.xml without a fallback zone: read as UTC, with a warning', async () => {
    const s = await fixture('fosdem-2021-pentabarf.xml');
    const e = s.events.find((x) => x.id === '10893')!;
    expect([s.timeZone, iso(e.start), iso(e.end), s.warnings]).toEqual([
      'UTC',
      '2021-02-06T14:30:00.000Z',
      '2021-02-06T14:50:00.000Z',
      ['The file names no time zone; local times were read in UTC (UTC, the default fallback).'],
    ]);
  });

  it('debconf23-wafer.xml: 117 events, 5 rooms, 8 local days (the file writes UTC dates)', async () => {
    const s = await fixture('debconf23-wafer.xml');
    expect(counts(s)).toEqual({
      format: 'frab-xml',
      timeZone: 'Asia/Kolkata',
      events: 117,
      rooms: 5,
      days: ['2023-09-10', '2023-09-11', '2023-09-12', '2023-09-13', '2023-09-14', '2023-09-15', '2023-09-16', '2023-09-17'],
      tracks: 12,
      persons: 87,
    });
    // <date>2023-09-10T06:00:00+00:00</date> <start>11:30</start> (IST, UTC+5:30) <duration>00:45</duration>
    const e = s.events.find((x) => x.id === '81c3c7d7-bb3f-39ce-4016-bbc959de550f')!;
    expect([e.title, iso(e.start), iso(e.end), e.room, e.persons]).toEqual([
      'Software Heritage: building a community to safeguard the Software Commons',
      '2023-09-10T06:00:00.000Z',
      '2023-09-10T06:45:00.000Z',
      'Anamudi',
      [{ id: '129', name: 'Nicolas Dandrimont' }],
    ]);
    expect(e.description).toContain("We're also in the final steps"); // &#x27; decoded
    expect(s.warnings).toEqual([
      "8 day date(s) are not the local date of the day's start in Asia/Kolkata (e.g. 2023-09-09 -> 2023-09-10, 2023-09-10 -> 2023-09-11, 2023-09-11 -> 2023-09-12); the local dates are used.",
    ]);
  });

  it('global-azure-austria-2024-sessionize.json: 15 sessions, 16 speakers, 4 rooms, 1 day', async () => {
    const s = await fixture('global-azure-austria-2024-sessionize.json', 'Europe/Vienna');
    expect(counts(s)).toEqual({ format: 'sessionize-json', timeZone: 'Europe/Vienna', events: 15, rooms: 4, days: ['2024-04-20'], tracks: 0, persons: 16 });
    // "startsAt": "2024-04-20T09:00:00" (local, no offset), Vienna is UTC+2 in April.
    const e = s.events.find((x) => x.id === '658419')!;
    expect([e.title, iso(e.start), iso(e.end), e.room, e.persons.map((p) => p.name)]).toEqual([
      'Keynote: Pioneering the Future of Java with Intelligent Apps',
      '2024-04-20T07:00:00.000Z',
      '2024-04-20T07:45:00.000Z',
      'Aula',
      ['Ed Burns', 'Sandra Ahlgrimm'],
    ]);
  });
});
