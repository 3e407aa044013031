import { describe, expect, it } from 'vitest';
import { isUuid, sha1, stableGuid, uuidV5, PODIUM_GUID_NAMESPACE } from './guid.ts';
import {
  buildIcalCalendar,
  buildVtimezone,
  conferenceIcal,
  escapeText,
  favouritesIcal,
  foldLine,
  formatLocalDateTime,
  sessionIcal,
  speakerIcal,
  zoneTransitions,
} from './ical.ts';
import { checkIcalendar } from './ical-check.ts';
import { buildPublishedSchedule, derivedCode, frabAcronym, uniqueSlugs, type ReleaseRows } from './published.ts';
import { eventSlug, frabDuration, legacyEventIds, localIsoDateTime, timeslotMinutes, toFrabJsonObject, toFrabXml } from './frab.ts';
import { apiSessionDocument, apiSpeakerDocument } from './public-api.ts';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('guids', () => {
  it('sha1 of "abc" is the FIPS 180 test vector', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });

  it('sha1 of a message longer than one block is the FIPS 180 test vector', () => {
    const msg = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    expect(hex(sha1(new TextEncoder().encode(msg)))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('uuidV5 of python.org in the DNS namespace is the known value', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('stableGuid without an imported UUID is the UUIDv5 of kind, conference and key', () => {
    expect(stableGuid('session', 'conf-1', 'KVMKEY')).toBe('ba6965b9-64cd-52f0-8dc4-73d2cd710bc2');
    expect(stableGuid('session', 'conf-1', 'KVMKEY')).toBe(uuidV5(PODIUM_GUID_NAMESPACE, 'session:conf-1:KVMKEY'));
  });

  it('stableGuid keeps an imported UUID, lower-cased', () => {
    expect(stableGuid('session', 'conf-1', 'KVMKEY', '8079583E-8321-506C-95AF-FD2903A5F075')).toBe('8079583e-8321-506c-95af-fd2903a5f075');
  });

  it('stableGuid ignores an imported id that is not a UUID', () => {
    expect(stableGuid('session', 'conf-1', 'KVMKEY', '12284')).toBe('ba6965b9-64cd-52f0-8dc4-73d2cd710bc2');
  });

  it('stableGuid differs by kind and by conference', () => {
    const guids = new Set([stableGuid('session', 'a', 'X'), stableGuid('person', 'a', 'X'), stableGuid('session', 'b', 'X')]);
    expect(guids.size).toBe(3);
  });

  it('isUuid accepts UUIDs only', () => {
    expect([isUuid('886313e1-3b8a-5372-9b90-0c9aee199e5d'), isUuid('886313e1'), isUuid(null), isUuid('')]).toEqual([true, false, false, false]);
  });

  it('derivedCode is six characters of the public code alphabet and deterministic', () => {
    expect(derivedCode('12284')).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(derivedCode('12284')).toBe(derivedCode('12284'));
    expect(derivedCode('12284')).not.toBe(derivedCode('12285'));
  });
});

describe('iCalendar text', () => {
  it('escapeText escapes backslash, semicolon, comma and newlines and drops control characters', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('foldLine leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });

  it('foldLine folds ASCII at 75 octets, then 74 plus the leading space', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 60]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(`SUMMARY:${'x'.repeat(200)}`);
  });

  it('foldLine never splits a two-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`; // 8 ASCII octets, then 2-octet characters: octet 75 is mid-character
    const lines = foldLine(line).split('\r\n');
    expect(lines.map(octets)).toEqual([74, 75, 61]);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const l of lines) expect(decoder.decode(new TextEncoder().encode(l))).toBe(l);
    expect(unfold(lines.join('\r\n'))).toBe(line);
  });

  it('foldLine never splits a four-byte character', () => {
    const line = `SUMMARY:${'🎤'.repeat(40)}`;
    const lines = foldLine(line).split('\r\n');
    expect(lines.map(octets)).toEqual([72, 73, 25]);
    expect(unfold(lines.join('\r\n'))).toBe(line);
  });
});

describe('VTIMEZONE from Intl', () => {
  it.each([
    ['Europe/Madrid', '2012-01-01', '2013-01-01', [['2012-03-25T01:00:00.000Z', 60, 120], ['2012-10-28T01:00:00.000Z', 120, 60]]],
    ['America/Sao_Paulo', '2012-07-01', '2013-07-01', [['2012-10-21T03:00:00.000Z', -180, -120], ['2013-02-17T02:00:00.000Z', -120, -180]]],
    ['Australia/Lord_Howe', '2012-07-01', '2013-07-01', [['2012-10-06T15:30:00.000Z', 630, 660], ['2013-04-06T15:00:00.000Z', 660, 630]]],
    ['Asia/Kolkata', '2012-01-01', '2013-01-01', []],
  ])('zoneTransitions of %s from %s to %s', (zone, from, to, expected) => {
    const found = zoneTransitions(zone, new Date(from), new Date(to)).map((t) => [t.at.toISOString(), t.fromOffset, t.toOffset]);
    expect(found).toEqual(expected);
  });

  it('buildVtimezone for Madrid in November 2012 has the onsets of 2011 to 2013 in local time', () => {
    const lines = buildVtimezone('Europe/Madrid', new Date('2012-11-07T08:00:00Z'), new Date('2012-11-09T17:00:00Z'));
    const onsets = lines.filter((l) => l.startsWith('DTSTART:') || l.startsWith('BEGIN:STANDARD') || l.startsWith('BEGIN:DAYLIGHT'));
    expect(onsets).toEqual([
      'BEGIN:STANDARD', 'DTSTART:20110101T010000',
      'BEGIN:DAYLIGHT', 'DTSTART:20110327T020000',
      'BEGIN:STANDARD', 'DTSTART:20111030T030000',
      'BEGIN:DAYLIGHT', 'DTSTART:20120325T020000',
      'BEGIN:STANDARD', 'DTSTART:20121028T030000',
      'BEGIN:DAYLIGHT', 'DTSTART:20130331T020000',
      'BEGIN:STANDARD', 'DTSTART:20131027T030000',
    ]);
    expect(lines.slice(0, 8)).toEqual(['BEGIN:VTIMEZONE', 'TZID:Europe/Madrid', 'BEGIN:STANDARD', 'DTSTART:20110101T010000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'END:STANDARD']);
  });

  it('buildVtimezone for a zone without daylight saving time has one STANDARD observance', () => {
    expect(buildVtimezone('Asia/Kolkata', new Date('2023-09-10T05:00:00Z'), new Date('2023-09-17T12:00:00Z'))).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:20220101T053000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('formatLocalDateTime reads an instant on both sides of a transition', () => {
    expect([
      formatLocalDateTime(new Date('2012-10-28T00:30:00Z'), 'Europe/Madrid'),
      formatLocalDateTime(new Date('2012-10-28T01:30:00Z'), 'Europe/Madrid'),
    ]).toEqual(['20121028T023000', '20121028T023000']);
  });
});

// A small release: two rooms, a track, three sessions (one with an imported UUID), two speakers, a break.
const rows: ReleaseRows = {
  conference: { id: 'conf-1', slug: 'kvm-forum-2012', name: 'KVM Forum, 2012; Barcelona', description: '', timeZone: 'Europe/Madrid', startDate: '2012-11-07', endDate: '2012-11-08' },
  version: { id: 'rel-1', name: '1.0', releasedAt: new Date('2012-10-24T10:00:00Z') },
  rooms: [
    { id: 'room-b', name: 'Sala Gaudí', position: 2, capacity: 120, description: '', externalId: null },
    { id: 'room-a', name: 'Auditorium', position: 1, capacity: 300, description: 'Main hall', externalId: '0d7e9ec5-6b3b-4c36-9d43-5d5c1e7ef5f1' },
    { id: 'room-c', name: 'Unused', position: 3, capacity: null, description: '', externalId: null },
  ],
  tracks: [{ name: 'KVM Forum', color: '#1d4ed8' }, { name: 'Empty track', color: '#000000' }],
  slots: [
    {
      start: new Date('2012-11-07T12:00:00Z'),
      end: new Date('2012-11-07T12:40:00Z'),
      roomId: 'room-b',
      submission: {
        code: 'KVMQ35',
        title: 'Q35: a new chipset',
        abstract: 'Chipsets, finally.',
        description: '',
        externalId: null,
        sessionType: 'Talk',
        track: null,
        speakers: [{ code: 'JBARON', name: 'Jason Baron', externalId: null, approvedBio: '', approvedAvatarId: null, approvedLinks: [] }],
      },
    },
    {
      start: new Date('2012-11-07T08:00:00Z'),
      end: new Date('2012-11-07T08:15:00Z'),
      roomId: 'room-a',
      submission: {
        code: 'KVMKEY',
        title: 'Keynote; Address, 2012',
        abstract: 'Line one\nLine two',
        description: 'More',
        externalId: 'F7D3C9A2-1111-4222-8333-944455556666',
        sessionType: 'Keynote',
        track: { name: 'KVM Forum', color: '#1d4ed8' },
        speakers: [
          { code: 'AVIKIV', name: 'Avi Kivity', externalId: null, approvedBio: 'Approved bio.', approvedAvatarId: 'av1', approvedLinks: ['https://example.org/avi/', 'javascript:alert(1)'] },
        ],
      },
    },
    {
      start: new Date('2012-11-08T15:00:00Z'),
      end: new Date('2012-11-08T15:30:00Z'),
      roomId: 'room-a',
      submission: {
        code: 'KVMCLS',
        title: 'Closing',
        abstract: '',
        description: '',
        externalId: 'not-a-uuid',
        sessionType: 'Keynote',
        track: { name: 'KVM Forum', color: '#1d4ed8' },
        speakers: [
          { code: 'AVIKIV', name: 'Avi Kivity', externalId: null, approvedBio: 'Approved bio.', approvedAvatarId: 'av1', approvedLinks: ['https://example.org/avi/'] },
          { code: 'JBARON', name: 'Jason Baron', externalId: null, approvedBio: '', approvedAvatarId: null, approvedLinks: [] },
        ],
      },
    },
  ],
  blocks: [{ title: 'Lunch', start: new Date('2012-11-07T12:00:00Z'), end: new Date('2012-11-07T13:00:00Z'), allRooms: true, roomIds: [] }],
  publicBaseUrl: 'https://program.example.org/',
};
const schedule = buildPublishedSchedule(rows);

describe('buildPublishedSchedule', () => {
  it('orders sessions by start and keeps only the rooms in use, in room order', () => {
    expect(schedule.sessions.map((s) => [s.code, s.roomName])).toEqual([
      ['KVMKEY', 'Auditorium'],
      ['KVMQ35', 'Sala Gaudí'],
      ['KVMCLS', 'Auditorium'],
    ]);
    expect(schedule.rooms.map((r) => [r.name, r.guid])).toEqual([
      ['Auditorium', '0d7e9ec5-6b3b-4c36-9d43-5d5c1e7ef5f1'],
      ['Sala Gaudí', stableGuid('room', 'conf-1', 'room-b')],
    ]);
  });

  it('takes a session guid from a UUID external id, else derives it from the code', () => {
    expect(schedule.sessions.map((s) => s.guid)).toEqual([
      'f7d3c9a2-1111-4222-8333-944455556666',
      stableGuid('session', 'conf-1', 'KVMQ35'),
      stableGuid('session', 'conf-1', 'KVMCLS'),
    ]);
  });

  it('gives persons the approved bio, avatar URL and http(s) links, and a page', () => {
    expect(schedule.persons).toEqual([
      {
        code: 'AVIKIV',
        guid: stableGuid('person', 'conf-1', 'AVIKIV'),
        name: 'Avi Kivity',
        bio: 'Approved bio.',
        avatarUrl: 'https://program.example.org/avatars/av1',
        links: [{ url: 'https://example.org/avi/', title: 'example.org/avi' }],
        url: 'https://program.example.org/kvm-forum-2012/speakers/AVIKIV',
      },
      {
        code: 'JBARON',
        guid: stableGuid('person', 'conf-1', 'JBARON'),
        name: 'Jason Baron',
        bio: null,
        avatarUrl: null,
        links: [],
        url: 'https://program.example.org/kvm-forum-2012/speakers/JBARON',
      },
    ]);
  });

  it('lists the conference days with the span of their sessions, and breaks for every room', () => {
    expect(schedule.days.map((d) => [d.index, d.date, d.start.toISOString(), d.end.toISOString()])).toEqual([
      [1, '2012-11-07', '2012-11-07T08:00:00.000Z', '2012-11-07T12:40:00.000Z'],
      [2, '2012-11-08', '2012-11-08T15:00:00.000Z', '2012-11-08T15:30:00.000Z'],
    ]);
    expect(schedule.breaks).toEqual([{ title: 'Lunch', roomGuid: null, start: new Date('2012-11-07T12:00:00Z'), end: new Date('2012-11-07T13:00:00Z') }]);
    expect(schedule.tracks).toEqual([{ name: 'KVM Forum', color: '#1d4ed8', slug: 'kvm-forum' }]);
  });

  it('an empty conference day spans local midnight to midnight', () => {
    const s = buildPublishedSchedule({ ...rows, conference: { ...rows.conference, endDate: '2012-11-09' } });
    expect(s.days.map((d) => [d.date, d.start.toISOString(), d.end.toISOString()]).at(-1)).toEqual(['2012-11-09', '2012-11-08T23:00:00.000Z', '2012-11-09T23:00:00.000Z']);
  });

  it('frabAcronym replaces hyphens and pads to four characters', () => {
    expect([frabAcronym('kvm-forum-2012'), frabAcronym('ab'), frabAcronym('39C3')]).toEqual(['kvm_forum_2012', 'ab__', '39c3']);
  });

  it('uniqueSlugs makes slugs unique and at least two characters long', () => {
    expect(uniqueSlugs(['Talks', 'talks!', 'C', 'Sala Gaudí'])).toEqual(['talks', 'talks-2', 'c-c', 'sala-gaudi']);
  });
});

describe('iCalendar exports', () => {
  it('conferenceIcal passes the strict checker', () => {
    expect(checkIcalendar(conferenceIcal(schedule))).toEqual([]);
  });

  it('conferenceIcal writes one event per session with TZID times, UTC stamp and escaped text', () => {
    const ics = unfold(conferenceIcal(schedule));
    const first = ics.slice(ics.indexOf('BEGIN:VEVENT'), ics.indexOf('END:VEVENT') + 10).split('\r\n');
    expect(first).toEqual([
      'BEGIN:VEVENT',
      'UID:f7d3c9a2-1111-4222-8333-944455556666',
      'DTSTAMP:20121024T100000Z',
      'DTSTART;TZID=Europe/Madrid:20121107T090000',
      'DTEND;TZID=Europe/Madrid:20121107T091500',
      'SUMMARY:Keynote\\; Address\\, 2012',
      'LOCATION:Auditorium',
      'DESCRIPTION:Line one\\nLine two\\n\\nSpeakers: Avi Kivity\\n\\nKeynote · KVM Forum · 15 min\\n\\nhttps://program.example.org/kvm-forum-2012/sessions/KVMKEY',
      'URL:https://program.example.org/kvm-forum-2012/sessions/KVMKEY',
      'CATEGORIES:Keynote,KVM Forum',
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ]);
    expect(ics.match(/^BEGIN:VEVENT$/gm)?.length).toBe(3);
    expect(ics).toContain('X-WR-CALNAME:KVM Forum\\, 2012\\; Barcelona\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('sessionIcal is one event, or null for a code the release does not publish', () => {
    const ics = sessionIcal(schedule, 'KVMQ35')!;
    expect(checkIcalendar(ics)).toEqual([]);
    expect(unfold(ics).match(/^UID:.*$/gm)).toEqual([`UID:${stableGuid('session', 'conf-1', 'KVMQ35')}`]);
    expect(sessionIcal(schedule, 'NOPE42')).toBeNull();
  });

  it('speakerIcal has the speaker\'s sessions, or null for someone without a published session', () => {
    const ics = speakerIcal(schedule, 'JBARON')!;
    expect(checkIcalendar(ics)).toEqual([]);
    expect(unfold(ics).match(/^SUMMARY:.*$/gm)).toEqual(['SUMMARY:Q35: a new chipset', 'SUMMARY:Closing']);
    expect(speakerIcal(schedule, 'NOBODY')).toBeNull();
  });

  it('favouritesIcal keeps published codes in schedule order, in any case, and ignores unknown codes', () => {
    const ics = favouritesIcal(schedule, ['kvmcls', 'NOPE42', ' KVMKEY ', '']);
    expect(checkIcalendar(ics)).toEqual([]);
    expect(unfold(ics).match(/^SUMMARY:.*$/gm)).toEqual(['SUMMARY:Keynote\\; Address\\, 2012', 'SUMMARY:Closing']);
  });

  it('favouritesIcal without any known code is a valid calendar without events', () => {
    const ics = favouritesIcal(schedule, ['NOPE42']);
    expect(checkIcalendar(ics)).toEqual([]);
    expect(ics).not.toContain('BEGIN:VEVENT');
  });

  it('a UID is the same in every calendar that holds the session', () => {
    const uid = (ics: string) => unfold(ics).match(/^UID:(.*)$/m)![1];
    expect(new Set([uid(sessionIcal(schedule, 'KVMKEY')!), uid(speakerIcal(schedule, 'AVIKIV')!), uid(favouritesIcal(schedule, ['KVMKEY']))])).toEqual(
      new Set(['f7d3c9a2-1111-4222-8333-944455556666']),
    );
  });

  it('a UTC calendar writes UTC times and, without events, still a VTIMEZONE so it holds a component', () => {
    const withEvent = buildIcalCalendar({
      name: 'x',
      timeZone: 'UTC',
      dtstamp: new Date('2020-01-01T00:00:00Z'),
      events: [{ uid: 'u1', start: new Date('2020-12-14T08:00:00Z'), end: new Date('2020-12-14T08:30:00Z'), summary: 'A' }],
    });
    expect(checkIcalendar(withEvent)).toEqual([]);
    expect(unfold(withEvent)).toContain('DTSTART:20201214T080000Z\r\nDTEND:20201214T083000Z\r\n');
    expect(withEvent).not.toContain('TZID');
    const empty = buildIcalCalendar({ name: 'x', timeZone: 'UTC', dtstamp: new Date('2020-01-01T00:00:00Z'), events: [] });
    expect(checkIcalendar(empty)).toEqual([]);
    expect(unfold(empty)).toContain('\r\nBEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\nDTSTART:20190101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n');
  });
});

describe('checkIcalendar', () => {
  const good = conferenceIcal(schedule);

  it.each<[string, (ics: string) => string | Uint8Array, string[]]>([
    ['bare LF line endings', (ics) => ics.replace(/\r\n/g, '\n'), ['bare LF (lines must end with CRLF)', 'the last line does not end with CRLF', 'expected exactly one VCALENDAR, found nothing']],
    ['a line of 76 octets', (ics) => ics.replace('LOCATION:Auditorium', `LOCATION:${'A'.repeat(67)}`), ['line is 76 octets long (at most 75)']],
    ['no VTIMEZONE', (ics) => ics.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, ''), ['DTSTART names TZID=Europe/Madrid but there is no VTIMEZONE for it', 'DTEND names TZID=Europe/Madrid but there is no VTIMEZONE for it']],
    ['a DTSTAMP in local time', (ics) => ics.replace('DTSTAMP:20121024T100000Z', 'DTSTAMP:20121024T100000'), ['DTSTAMP "20121024T100000" is not a UTC date-time (…Z)']],
    ['a duplicate UID', (ics) => ics.replace(`UID:${stableGuid('session', 'conf-1', 'KVMQ35')}`, 'UID:f7d3c9a2-1111-4222-8333-944455556666'), ['UID f7d3c9a2-1111-4222-8333-944455556666 is also used on line N']],
    ['an unescaped comma', (ics) => ics.replace('SUMMARY:Closing', 'SUMMARY:Closing, finally'), ['SUMMARY: unescaped ","']],
    ['an END without its BEGIN', (ics) => ics.replace('END:VEVENT\r\n', 'END:VEVENT\r\nEND:VEVENT\r\n'), ['END:VEVENT closes BEGIN:VCALENDAR (line 1)', 'END:VCALENDAR without BEGIN', 'expected exactly one VCALENDAR, found VCALENDAR, VEVENT, VEVENT']],
    ['an event before the time zone definition', (ics) => ics.replace('20121107T090000', '20091107T090000'), ['DTSTART 20091107T090000 is before the first observance of Europe/Madrid (20110101T010000)']],
    ['no PRODID', (ics) => ics.replace(/PRODID:[^\r]*\r\n/, ''), ['VCALENDAR must have exactly one PRODID (has 0)']],
    ['a calendar without components', () => 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n', ['VCALENDAR holds no component (RFC 5545 requires at least one)']],
    [
      'a fold inside a two-byte character',
      (ics) => {
        const bytes = new TextEncoder().encode(ics.replace('LOCATION:Auditorium', `LOCATION:${'A'.repeat(64)}é`));
        const at = bytes.indexOf(0xc3, ics.indexOf('LOCATION:'));
        return new Uint8Array([...bytes.subarray(0, at + 1), 0x0d, 0x0a, 0x20, ...bytes.subarray(at + 1)]);
      },
      ['line is not valid UTF-8 on its own (a character was split by folding)'],
    ],
  ])('finds %s', (_name, spoil, expected) => {
    expect(checkIcalendar(good)).toEqual([]);
    // Each distinct problem once (a spoilt line ending, say, is reported on every line), line numbers left out.
    const found = new Set(checkIcalendar(spoil(good)).map((p) => p.message.replace(/ on line \d+$/, ' on line N')));
    expect([...found]).toEqual(expected);
  });
});

describe('frab helpers', () => {
  it('localIsoDateTime writes the local time with its offset', () => {
    expect([
      localIsoDateTime(new Date('2012-11-07T08:00:00Z'), 'Europe/Madrid'),
      localIsoDateTime(new Date('2012-07-07T08:00:00Z'), 'Europe/Madrid'),
      localIsoDateTime(new Date('2012-07-07T08:00:00Z'), 'America/St_Johns'),
      localIsoDateTime(new Date('2012-07-07T08:00:00Z'), 'UTC'),
    ]).toEqual(['2012-11-07T09:00:00+01:00', '2012-07-07T10:00:00+02:00', '2012-07-07T05:30:00-02:30', '2012-07-07T08:00:00+00:00']);
  });

  it('frabDuration is hours and minutes', () => {
    expect([frabDuration(new Date(0), new Date(15 * 60000)), frabDuration(new Date(0), new Date(135 * 60000))]).toEqual(['00:15', '02:15']);
  });

  it('legacyEventIds are positive, unique and derived from the guid', () => {
    const ids = legacyEventIds(schedule.sessions);
    expect(ids.get('f7d3c9a2-1111-4222-8333-944455556666')).toBe((0xf7d3c9a2 % 2147483646) + 1);
    expect(new Set(ids.values()).size).toBe(3);
    const twins = legacyEventIds([
      { ...schedule.sessions[0]!, guid: '00000001-0000-5000-8000-000000000000' },
      { ...schedule.sessions[0]!, guid: '00000001-0000-5000-8000-000000000001' },
    ]);
    expect([...twins.values()]).toEqual([2, 3]);
  });

  it('eventSlug is acronym, code and title in the JSON schema pattern', () => {
    expect(eventSlug('kvm_forum_2012', schedule.sessions[0]!)).toBe('kvm_forum_2012-kvmkey-keynote-address-2012');
  });

  it('timeslotMinutes is the common grid of starts and durations', () => {
    expect(timeslotMinutes(schedule)).toBe(5);
  });

  it('toFrabXml escapes text and writes one <event> per session with its guid and code', () => {
    const xml = toFrabXml(schedule);
    expect(xml).toContain('<title>KVM Forum, 2012; Barcelona</title>');
    expect(xml.match(/<event guid="[^"]+" id="\d+" code="[A-Z0-9]{6}">/g)?.length).toBe(3);
    expect(xml).toContain('<acronym>kvm_forum_2012</acronym>');
    expect(toFrabXml({ ...schedule, conference: { ...schedule.conference, title: 'A & B <C> "D"' } })).toContain('<title>A &amp; B &lt;C&gt; &quot;D&quot;</title>');
  });

  it('toFrabJsonObject puts rooms in the conference and persons in pretalx shape', () => {
    const doc = toFrabJsonObject(schedule) as { schedule: { conference: { rooms: unknown[]; days: { rooms: Record<string, { persons: unknown[] }[]> }[] } } };
    expect(doc.schedule.conference.rooms).toEqual([
      { name: 'Auditorium', guid: '0d7e9ec5-6b3b-4c36-9d43-5d5c1e7ef5f1', description: 'Main hall', capacity: 300 },
      { name: 'Sala Gaudí', guid: stableGuid('room', 'conf-1', 'room-b'), description: null, capacity: 120 },
    ]);
    expect(doc.schedule.conference.days[0]!.rooms['Auditorium']![0]!.persons).toEqual([
      {
        code: 'AVIKIV',
        guid: stableGuid('person', 'conf-1', 'AVIKIV'),
        name: 'Avi Kivity',
        avatar: 'https://program.example.org/avatars/av1',
        biography: 'Approved bio.',
        url: 'https://program.example.org/kvm-forum-2012/speakers/AVIKIV',
        links: [{ url: 'https://example.org/avi/', title: 'example.org/avi' }],
      },
    ]);
  });
});

describe('public API documents', () => {
  it('apiSessionDocument has UTC and local times, room and speakers', () => {
    expect(apiSessionDocument(schedule, 'KVMQ35')).toEqual({
      release: { version: '1.0', releasedAt: '2012-10-24T10:00:00.000Z' },
      session: {
        code: 'KVMQ35',
        guid: stableGuid('session', 'conf-1', 'KVMQ35'),
        title: 'Q35: a new chipset',
        subtitle: null,
        abstract: 'Chipsets, finally.',
        description: '',
        type: 'Talk',
        track: null,
        language: null,
        room: { guid: stableGuid('room', 'conf-1', 'room-b'), name: 'Sala Gaudí' },
        start: '2012-11-07T12:00:00.000Z',
        end: '2012-11-07T12:40:00.000Z',
        localStart: '2012-11-07T13:00:00+01:00',
        localEnd: '2012-11-07T13:40:00+01:00',
        durationMinutes: 40,
        speakers: [{ code: 'JBARON', name: 'Jason Baron' }],
        links: [],
        url: 'https://program.example.org/kvm-forum-2012/sessions/KVMQ35',
        ical: 'https://program.example.org/kvm-forum-2012/sessions/KVMQ35.ics',
      },
    });
    expect(apiSessionDocument(schedule, 'NOPE42')).toBeNull();
  });

  it('apiSpeakerDocument lists the speaker\'s sessions', () => {
    expect(apiSpeakerDocument(schedule, 'AVIKIV')?.speaker.sessions).toEqual([
      { code: 'KVMKEY', title: 'Keynote; Address, 2012' },
      { code: 'KVMCLS', title: 'Closing' },
    ]);
    expect(apiSpeakerDocument(schedule, 'NOBODY')).toBeNull();
  });
});
