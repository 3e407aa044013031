import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kvmForum2012, type SeedSession } from './kvm-forum-2012.js';

const __dirname = dirname(fileURLToPath(import.meta.url));

const { conference, tracks, rooms, sessionTypes, speakers, sessions } = kvmForum2012;

type Slot = Pick<SeedSession, 'date' | 'start' | 'end'>;

function toMinutes(hhmm: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`not a zero-padded 24h HH:MM time: "${hhmm}"`);
  const [, hours = '', minutes = ''] = match;
  return Number(hours) * 60 + Number(minutes);
}

/** Half-open [start, end) intervals on the same day intersect; touching (end === start) does not count. */
function overlaps(a: Slot, b: Slot): boolean {
  return a.date === b.date && toMinutes(a.start) < toMinutes(b.end) && toMinutes(b.start) < toMinutes(a.end);
}

function sessionByCode(code: string): SeedSession {
  const session = sessions.find((s) => s.code === code);
  if (!session) throw new Error(`no seed session with code ${code}`);
  return session;
}

function kebabCase(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function contrastOnWhite(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('kvmForum2012 seed data', () => {
  it('conference has the fixed identity, dates and time zone', () => {
    const { description, ...identity } = conference;
    expect(identity).toEqual({
      slug: 'kvm-forum-2012',
      name: 'KVM Forum + oVirt Workshop 2012',
      location: 'Barcelona, Spain',
      startDate: '2012-11-07',
      endDate: '2012-11-09',
      timeZone: 'Europe/Madrid',
    });
    expect(description.trim().length > 0).toBe(true);
  });

  it('rooms are exactly Auditorium, Sala Gaudí and Sala Miró', () => {
    expect(rooms).toEqual([
      { name: 'Auditorium', capacity: 300, position: 1 },
      { name: 'Sala Gaudí', capacity: 120, position: 2 },
      { name: 'Sala Miró', capacity: 80, position: 3 },
    ]);
  });

  it('tracks are exactly KVM Forum and oVirt Workshop with distinct #rrggbb colours', () => {
    expect(tracks.map((t) => t.name)).toEqual(['KVM Forum', 'oVirt Workshop']);
    expect(tracks.every((t) => /^#[0-9a-f]{6}$/.test(t.color))).toBe(true);
    expect(new Set(tracks.map((t) => t.color.toLowerCase())).size).toBe(2);
  });

  it('track colours reach 4.5:1 contrast on white', () => {
    expect(tracks.filter((t) => contrastOnWhite(t.color) < 4.5).map((t) => t.name)).toEqual([]);
  });

  it('session types have the expected default durations', () => {
    expect(sessionTypes).toEqual([
      { name: 'Keynote', defaultDurationMinutes: 15 },
      { name: 'Talk', defaultDurationMinutes: 40 },
      { name: 'Short talk', defaultDurationMinutes: 30 },
      { name: 'Deep dive', defaultDurationMinutes: 40 },
    ]);
  });

  it('sessions number 16', () => {
    expect(sessions.length).toBe(16);
  });

  it('session codes are unique 6-character uppercase alphanumerics', () => {
    const codes = sessions.map((s) => s.code);
    expect(codes.filter((code) => !/^[A-Z0-9]{6}$/.test(code))).toEqual([]);
    expect(duplicates(codes)).toEqual([]);
  });

  it('session titles are unique', () => {
    expect(duplicates(sessions.map((s) => s.title))).toEqual([]);
  });

  it('speaker keys are unique and the kebab-case of the name', () => {
    expect(speakers.filter((s) => s.key !== kebabCase(s.name)).map((s) => s.key)).toEqual([]);
    expect(duplicates(speakers.map((s) => s.key))).toEqual([]);
  });

  it('speaker emails are unique lowercase first.last addresses on speakers.podium.test', () => {
    const emails = speakers.map((s) => s.email);
    expect(emails.filter((e) => !/^[a-z]+\.[a-z]+@speakers\.podium\.test$/.test(e))).toEqual([]);
    expect(duplicates(emails)).toEqual([]);
  });

  it.each([
    { key: 'andreas-farber', email: 'andreas.farber@speakers.podium.test' },
    { key: 'lucas-meneghel-rodrigues', email: 'lucas.rodrigues@speakers.podium.test' },
    { key: 'michael-s-tsirkin', email: 'michael.tsirkin@speakers.podium.test' },
    { key: 'rik-van-riel', email: 'rik.vanriel@speakers.podium.test' },
  ])('speaker $key has email $email', ({ key, email }) => {
    expect(speakers.find((s) => s.key === key)?.email).toBe(email);
  });

  it('every speaker gives at least one session', () => {
    const used = new Set(sessions.flatMap((s) => s.speakerKeys));
    expect(speakers.filter((s) => !used.has(s.key)).map((s) => s.key)).toEqual([]);
  });

  it('session references resolve to existing speakers, tracks, rooms and session types', () => {
    const speakerKeys = new Set(speakers.map((s) => s.key));
    const trackNames = new Set(tracks.map((t) => t.name));
    const roomNames = new Set(rooms.map((r) => r.name));
    const typeNames = new Set(sessionTypes.map((t) => t.name));
    const dangling = sessions.flatMap((s) => [
      ...(s.speakerKeys.length === 0 ? [`${s.code}: no speakers`] : []),
      ...s.speakerKeys.filter((k) => !speakerKeys.has(k)).map((k) => `${s.code}: speaker ${k}`),
      ...(trackNames.has(s.track) ? [] : [`${s.code}: track ${s.track}`]),
      ...(roomNames.has(s.room) ? [] : [`${s.code}: room ${s.room}`]),
      ...(typeNames.has(s.sessionType) ? [] : [`${s.code}: session type ${s.sessionType}`]),
    ]);
    expect(dangling).toEqual([]);
  });

  it('session times are zero-padded HH:MM with end after start', () => {
    const bad = sessions
      .filter((s) => !/^\d{2}:\d{2}$/.test(s.start) || !/^\d{2}:\d{2}$/.test(s.end) || toMinutes(s.end) <= toMinutes(s.start))
      .map((s) => `${s.code} ${s.start}-${s.end}`);
    expect(bad).toEqual([]);
  });

  it('session dates fall within the conference', () => {
    const outside = sessions
      .filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s.date) || s.date < conference.startDate || s.date > conference.endDate)
      .map((s) => `${s.code} ${s.date}`);
    expect(outside).toEqual([]);
  });

  it('session abstracts and speaker bios are non-empty plain text', () => {
    const html = /<\/?[a-z][^>]*>/i;
    const texts = [
      ...sessions.map((s) => ({ id: s.code, text: s.abstract })),
      ...speakers.map((s) => ({ id: s.key, text: s.bio })),
    ];
    expect(texts.filter(({ text }) => text.trim() === '' || html.test(text)).map(({ id }) => id)).toEqual([]);
  });

  it('oVirt sessions are the oVirt Workshop track, all in Sala Miró', () => {
    const ovirt = sessions.filter((s) => s.track === 'oVirt Workshop');
    expect(ovirt.map((s) => s.code)).toEqual(['OVNODE', 'OVARCH', 'OVNETW', 'OVSTOR', 'OVSDKC']);
    expect(ovirt.map((s) => s.room)).toEqual(['Sala Miró', 'Sala Miró', 'Sala Miró', 'Sala Miró', 'Sala Miró']);
  });

  it('keynote is a Keynote in the Auditorium on the KVM Forum track', () => {
    const keynote = sessionByCode('KVMKEY');
    expect({ type: keynote.sessionType, room: keynote.room, track: keynote.track }).toEqual({
      type: 'Keynote',
      room: 'Auditorium',
      track: 'KVM Forum',
    });
  });

  describe('overlap', () => {
    it.each([
      { case: 'identical slots', a: ['2012-11-07', '13:00', '13:40'], b: ['2012-11-07', '13:00', '13:40'], expected: true },
      { case: 'partial overlap', a: ['2012-11-07', '14:20', '15:00'], b: ['2012-11-07', '14:30', '15:00'], expected: true },
      { case: 'containment', a: ['2012-11-07', '09:00', '12:00'], b: ['2012-11-07', '10:00', '10:30'], expected: true },
      { case: 'touching end to start', a: ['2012-11-07', '13:00', '13:40'], b: ['2012-11-07', '13:40', '14:20'], expected: false },
      { case: 'disjoint', a: ['2012-11-07', '15:30', '16:00'], b: ['2012-11-07', '16:30', '17:00'], expected: false },
      { case: 'same times on different days', a: ['2012-11-07', '09:15', '10:00'], b: ['2012-11-08', '09:15', '10:00'], expected: false },
    ])('overlap of $case is $expected', ({ a, b, expected }) => {
      const slot = ([date = '', start = '', end = '']: string[]): Slot => ({ date, start, end });
      expect(overlaps(slot(a), slot(b))).toBe(expected);
      expect(overlaps(slot(b), slot(a))).toBe(expected);
    });

    it('no two sessions share a room at overlapping times', () => {
      const clashes: string[] = [];
      sessions.forEach((a, i) => {
        for (const b of sessions.slice(i + 1)) {
          if (a.room === b.room && overlaps(a, b)) clashes.push(`${a.code} & ${b.code} in ${a.room}`);
        }
      });
      expect(clashes).toEqual([]);
    });

    it.each([
      { a: 'KVMHYV', b: 'KVMQOM', rooms: ['Auditorium', 'Sala Gaudí'] },
      { a: 'KVMHYV', b: 'OVARCH', rooms: ['Auditorium', 'Sala Miró'] },
      { a: 'KVMQOM', b: 'OVARCH', rooms: ['Sala Gaudí', 'Sala Miró'] },
      { a: 'OVSTOR', b: 'KVMMIG', rooms: ['Sala Miró', 'Auditorium'] },
      { a: 'KVMQ35', b: 'KVMLGF', rooms: ['Auditorium', 'Sala Gaudí'] },
      { a: 'KVMSBX', b: 'KVMATS', rooms: ['Auditorium', 'Sala Gaudí'] },
      { a: 'KVMVIO', b: 'OVSDKC', rooms: ['Auditorium', 'Sala Miró'] },
    ])('parallel sessions $a and $b are in rooms $rooms', ({ a, b, rooms: expectedRooms }) => {
      const first = sessionByCode(a);
      const second = sessionByCode(b);
      expect(overlaps(first, second)).toBe(true);
      expect([first.room, second.room]).toEqual(expectedRooms);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Cross-check against the source program (../shared/seed), which is not part of the repository.

interface ProgramEntry {
  title: string;
  speaker: string;
  date: string;
  start: string;
  end: string;
}

const MONTHS = new Map<string, string>([
  ['January', '01'],
  ['February', '02'],
  ['March', '03'],
  ['April', '04'],
  ['May', '05'],
  ['June', '06'],
  ['July', '07'],
  ['August', '08'],
  ['September', '09'],
  ['October', '10'],
  ['November', '11'],
  ['December', '12'],
]);

const NAME_PREFIX = '### Name:';
const TIME_LINE = /^### Time:\s*([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\b/;

const pad2 = (value: string): string => value.padStart(2, '0');

/** Sessions are the "## " headings whose next non-blank line is "### Name: ..."; "## Location"/"## Date" are not. */
function parseProgram(markdown: string): ProgramEntry[] {
  const lines = markdown.split(/\r?\n/).map((line) => line.trim());
  const nonBlankAfter = (index: number): string[] => lines.slice(index + 1).filter((line) => line !== '');
  const entries: ProgramEntry[] = [];
  lines.forEach((line, index) => {
    if (!line.startsWith('## ')) return;
    const [nameLine = '', timeLine = ''] = nonBlankAfter(index);
    if (!nameLine.startsWith(NAME_PREFIX)) return;
    const time = TIME_LINE.exec(timeLine);
    if (!time) throw new Error(`unparseable time line after "${line}": "${timeLine}"`);
    const [, monthName = '', day = '', year = '', startH = '', startM = '', endH = '', endM = ''] = time;
    const month = MONTHS.get(monthName);
    if (month === undefined) throw new Error(`unknown month "${monthName}" after "${line}"`);
    entries.push({
      title: line.slice(3).trim(),
      speaker: nameLine
        .slice(NAME_PREFIX.length)
        .trim()
        .replace(/^-\s*/, ''),
      date: `${year}-${month}-${pad2(day)}`,
      start: `${pad2(startH)}:${startM}`,
      end: `${pad2(endH)}:${endM}`,
    });
  });
  return entries;
}

const programPath = resolve(__dirname, '../../../shared/seed/kvm-forum-2012-program.md');
const programExists = existsSync(programPath);
const skipNote = programExists ? '' : ' (skipped: ../shared/seed not present)';
const program: ProgramEntry[] = programExists ? parseProgram(readFileSync(programPath, 'utf8')) : [];

describe.skipIf(!programExists)(`kvmForum2012 against the source program${skipNote}`, () => {
  it(`program sessions match the seed sessions in order${skipNote}`, () => {
    expect(program.map((entry) => entry.title)).toEqual(sessions.map((s) => s.title));
  });

  for (const entry of program) {
    it(`session "${entry.title}" matches the program's speaker, day and times`, () => {
      const session = sessions.find((s) => s.title === entry.title);
      const actual =
        session === undefined
          ? undefined
          : {
              title: session.title,
              speakers: session.speakerKeys.map((key) => speakers.find((s) => s.key === key)?.name),
              date: session.date,
              start: session.start,
              end: session.end,
            };
      expect(actual).toEqual({
        title: entry.title,
        speakers: [entry.speaker],
        date: entry.date,
        start: entry.start,
        end: entry.end,
      });
    });
  }
});
