import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { zonedLocalToUtc } from '../time/zoned.ts';
import type { Conflict } from './conflicts.ts';
import {
  anotherRelease,
  bioProblem,
  changelogIsEmpty,
  changelogLines,
  computeChangelog,
  describePlacement,
  isReleasable,
  nextReleaseName,
  placementLabel,
  refusedRelease,
  releaseChecklist,
  suggestReleaseName,
  summarizeChangelog,
  validateRelease,
  type ChecklistSession,
  type ChecklistSpeaker,
  type VersionSlot,
} from './release.ts';

const TZ = 'Europe/Madrid';
const at = (date: string, time: string) => zonedLocalToUtc(date, time, TZ);

describe('nextReleaseName', () => {
  it.each([
    ['1.0', '1.1'],
    ['1.9', '1.10'],
    ['2.3.9', '2.3.10'],
    ['v2', 'v3'],
    ['v09', 'v10'],
    ['v99', 'v100'],
    ['Release 3', 'Release 4'],
    ['2031-rc1', '2031-rc2'],
    ['Final', 'Final (2)'],
    ['Final (2)', 'Final (3)'],
    ['1.0 final', '1.0 final (2)'],
    ['beta (x)', 'beta (x) (2)'],
    ['  1.4  ', '1.5'],
    ['99999999999999999999', '100000000000000000000'],
    ['', '1.0'],
  ])('%j becomes %j', (name, next) => {
    expect(nextReleaseName(name)).toBe(next);
  });
});

describe('suggestReleaseName', () => {
  it('offers 1.0 when nothing was released', () => {
    expect(suggestReleaseName(null)).toBe('1.0');
  });
  it('offers the next name after the latest release', () => {
    expect(suggestReleaseName('1.0', ['1.0'])).toBe('1.1');
  });
  it('skips names already taken', () => {
    expect(suggestReleaseName('1.0', ['1.0', '1.1', '1.2'])).toBe('1.3');
    expect(suggestReleaseName(null, ['1.0'])).toBe('1.1');
  });
});

describe('validateRelease', () => {
  it('trims the name and comment', () => {
    expect(validateRelease({ name: ' 1.1 ', comment: '  Two talks swapped.\n' }, ['1.0'])).toEqual({ name: '1.1', comment: 'Two talks swapped.' });
  });
  it.each([
    ['an empty name', { name: '  ', comment: '' }, { name: 'A release needs a name, such as 1.0.' }],
    ['a duplicate name', { name: '1.0', comment: '' }, { name: 'There is already a release named “1.0”: choose another name.' }],
    ['a name on two lines', { name: '1.1\n1.2', comment: '' }, { name: 'The name must be one line.' }],
    ['a name of 101 characters', { name: 'x'.repeat(101), comment: '' }, { name: 'The name is too long (101 characters, at most 100).' }],
    ['a comment of 5001 characters', { name: '2.0', comment: 'y'.repeat(5001) }, { comment: 'The comment is too long (5001 characters, at most 5000).' }],
  ])('refuses %s with a message on the field', (_what, input, fields) => {
    let error: unknown;
    try {
      validateRelease(input, ['1.0']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect([e.kind, e.message, e.fields]).toEqual(['INVALID', Object.values(fields).join(' '), fields]);
  });
});

describe('isReleasable', () => {
  const placed = { roomId: 'r1', start: at('2012-11-07', '10:00'), end: at('2012-11-07', '10:30') };
  it.each([
    ['CONFIRMED', placed, true],
    ['ACCEPTED', placed, true],
    ['CANCELED', placed, false],
    ['WITHDRAWN', placed, false],
    ['SUBMITTED', placed, false],
    ['CONFIRMED', { ...placed, roomId: null }, false],
    ['CONFIRMED', { ...placed, start: null }, false],
  ] as const)('a %s session with %j: %s', (state, slot, expected) => {
    expect(isReleasable(state, slot)).toBe(expected);
  });
});

const slot = (code: string, room: string, date: string, from: string, to: string, title = `Talk ${code}`): VersionSlot => ({
  code,
  title,
  roomId: `room-${room}`,
  roomName: room,
  start: at(date, from),
  end: at(date, to),
  speakers: [{ code: `SP-${code}`, name: `Speaker ${code}` }],
});
const placement = (s: VersionSlot) => ({ roomId: s.roomId, roomName: s.roomName, start: s.start, end: s.end });
const person = (s: VersionSlot) => ({ code: s.code, title: s.title, speakers: s.speakers });

describe('computeChangelog', () => {
  const a = slot('A', 'Auditorium', '2012-11-07', '10:00', '10:30');
  const b = slot('B', 'Sala Gaudí', '2012-11-07', '10:00', '10:30');
  const c = slot('C', 'Auditorium', '2012-11-07', '11:00', '11:30');
  const d = slot('D', 'Sala Miró', '2012-11-08', '09:00', '09:45');

  it('lists every session as new for the first release, by time, room and code', () => {
    const log = computeChangelog(null, [d, c, b, a]);
    expect(log).toEqual({
      initial: true,
      added: [a, b, c, d].map((s) => ({ ...person(s), at: placement(s) })),
      moved: [],
      cancelled: [],
    });
    expect(summarizeChangelog(log)).toBe('First release: 4 sessions');
  });

  it('finds new, moved (time, room or both) and cancelled sessions, each in a fixed order', () => {
    const e = slot('E', 'Auditorium', '2012-11-08', '12:00', '12:30');
    const aLater = { ...a, start: at('2012-11-07', '12:00'), end: at('2012-11-07', '12:30') };
    const bElsewhere = { ...b, roomId: 'room-Sala Miró', roomName: 'Sala Miró' };
    const dLonger = { ...d, end: at('2012-11-08', '10:00'), title: 'Renamed D' };
    const log = computeChangelog([a, b, c, d], [e, dLonger, bElsewhere, aLater]);
    expect(log).toEqual({
      initial: false,
      added: [{ ...person(e), at: placement(e) }],
      moved: [
        { ...person(bElsewhere), from: placement(b), to: placement(bElsewhere), timeChanged: false, roomChanged: true },
        { ...person(aLater), from: placement(a), to: placement(aLater), timeChanged: true, roomChanged: false },
        { ...person(dLonger), from: placement(d), to: placement(dLonger), timeChanged: true, roomChanged: false },
      ],
      cancelled: [{ ...person(c), from: placement(c) }],
    });
    expect(summarizeChangelog(log)).toBe('1 new, 3 moved, 1 cancelled');
    // The same rows in another order give the same changelog.
    expect(computeChangelog([d, c, b, a], [aLater, bElsewhere, dLonger, e])).toEqual(log);
  });

  it('reports no change when only titles or speakers differ', () => {
    const log = computeChangelog([a, b], [{ ...a, title: 'New title' }, { ...b, speakers: [] }]);
    expect([changelogIsEmpty(log), summarizeChangelog(log)]).toEqual([true, 'No changes']);
  });

  it('orders sessions at the same time by room name, then by code', () => {
    const x = slot('X', 'Sala Gaudí', '2012-11-07', '15:00', '15:30');
    const y = slot('Y', 'Auditorium', '2012-11-07', '15:00', '15:30');
    const z = slot('Z', 'Auditorium', '2012-11-07', '15:00', '15:30');
    expect(computeChangelog([], [x, z, y]).added.map((s) => s.code)).toEqual(['Y', 'Z', 'X']);
  });

  it('refuses a version that places one session twice', () => {
    expect(() => computeChangelog([a, a], [])).toThrow('Session A is placed twice in the previous version.');
  });

  it('describes each change in local time with the offset', () => {
    const aLater = { ...a, start: at('2012-11-07', '12:00'), end: at('2012-11-07', '12:30') };
    const e = slot('E', 'Auditorium', '2012-11-08', '12:00', '12:30');
    expect(changelogLines(computeChangelog([a, c], [aLater, e]), TZ)).toEqual([
      'New: Talk E — Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00), Auditorium',
      'Moved: Talk A — from Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00), Auditorium to Wed 7 Nov 2012, 12:00–12:30 (UTC+01:00), Auditorium',
      'Cancelled: Talk C — was Wed 7 Nov 2012, 11:00–11:30 (UTC+01:00), Auditorium',
    ]);
  });
});

describe('placementLabel', () => {
  it('gives the local day, time range, offset and room, also across a DST change', () => {
    const summer = { roomId: 'r', roomName: 'Room 1', start: at('2031-03-29', '23:30'), end: at('2031-03-30', '04:00') };
    expect(placementLabel(summer, TZ)).toEqual({ date: '2031-03-29', day: 'Sat 29 Mar 2031', time: '23:30–04:00', offset: 'UTC+01:00', room: 'Room 1' });
    expect(describePlacement({ ...summer, start: at('2031-03-30', '10:00'), end: at('2031-03-30', '11:00') }, TZ)).toBe('Sun 30 Mar 2031, 10:00–11:00 (UTC+02:00), Room 1');
  });
});

const speaker = (name: string, over: Partial<ChecklistSpeaker> = {}): ChecklistSpeaker => ({
  id: `id-${name}`,
  code: `C-${name}`,
  name,
  working: { bio: `Bio of ${name}`, avatarId: null, links: [] },
  approved: { bio: `Bio of ${name}`, avatarId: null, links: [] },
  approvedAt: new Date('2012-10-01T00:00:00Z'),
  ...over,
});

describe('bioProblem', () => {
  const empty = { bio: '', avatarId: null, links: [] };
  it.each([
    ['approved and unchanged', speaker('Ann'), null],
    ['never written', speaker('Ann', { working: empty, approved: empty, approvedAt: null }), 'missing'],
    ['written but never approved', speaker('Ann', { approved: empty, approvedAt: null }), 'unapproved'],
    ['changed since approval', speaker('Ann', { working: { bio: 'A newer bio', avatarId: null, links: [] } }), 'unapproved'],
    ['a new photo waiting', speaker('Ann', { working: { bio: 'Bio of Ann', avatarId: 'photo', links: [] } }), 'unapproved'],
    ['only a photo approved, no text', speaker('Ann', { working: { ...empty, avatarId: 'p' }, approved: { ...empty, avatarId: 'p' } }), 'missing'],
    ['cleared by the speaker after approval', speaker('Ann', { working: empty }), 'unapproved'],
  ] as const)('%s: %s', (_what, s, expected) => {
    expect(bioProblem(s)).toBe(expected);
  });
});

const conflict = (kind: Conflict['kind'], severity: Conflict['severity'], message: string): Conflict => ({ kind, severity, slotIds: ['s1', 's2'], speakerIds: [], roomId: null, message });

describe('releaseChecklist', () => {
  const session = (code: string, title: string, state: ChecklistSession['state'], placed: boolean, speakers: ChecklistSpeaker[] = [speaker(`Speaker ${code}`)]): ChecklistSession => ({
    code,
    title,
    state,
    placed,
    speakers,
  });

  it('separates blocking conflicts from warnings and lists unscheduled, unconfirmed sessions and bio problems', () => {
    const noBio = speaker('Zoe', { working: { bio: ' ', avatarId: null, links: [] }, approved: { bio: '', avatarId: null, links: [] }, approvedAt: null });
    const pending = speaker('Bea', { working: { bio: 'Changed', avatarId: null, links: [] } });
    const block = conflict('room_overlap', 'block', 'Two sessions in Auditorium at once.');
    const warn = conflict('room_capacity', 'warn', 'Too many people.');
    const checklist = releaseChecklist({
      conflicts: [block, warn],
      sessions: [
        session('P1', 'Placed and fine', 'CONFIRMED', true),
        session('P2', 'Placed, unconfirmed', 'ACCEPTED', true, [pending, noBio]),
        session('P3', 'Another by Bea', 'CONFIRMED', true, [pending]),
        session('U2', 'zeta unscheduled', 'ACCEPTED', false, [noBio]),
        session('U1', 'Alpha unscheduled', 'CONFIRMED', false),
        session('X1', 'Cancelled on the grid', 'CANCELED', true, [noBio]),
      ],
    });
    expect(checklist).toEqual({
      blocking: [block],
      warnings: [warn],
      unscheduled: [
        { code: 'U1', title: 'Alpha unscheduled', state: 'CONFIRMED' },
        { code: 'U2', title: 'zeta unscheduled', state: 'ACCEPTED' },
      ],
      unconfirmed: [{ code: 'P2', title: 'Placed, unconfirmed' }],
      bios: [
        { id: 'id-Bea', code: 'C-Bea', name: 'Bea', problem: 'unapproved', sessions: ['P2', 'P3'] },
        { id: 'id-Zoe', code: 'C-Zoe', name: 'Zoe', problem: 'missing', sessions: ['P2'] },
      ],
      canRelease: false,
    });
  });

  it('allows the release when only warnings remain', () => {
    const checklist = releaseChecklist({ conflicts: [conflict('room_capacity', 'warn', 'Too many people.')], sessions: [session('P1', 'Fine', 'CONFIRMED', true)] });
    expect([checklist.canRelease, checklist.blocking, checklist.unscheduled, checklist.unconfirmed, checklist.bios]).toEqual([true, [], [], [], []]);
  });
});

describe('refusals', () => {
  it('a release with blocking conflicts names every one', () => {
    const e = refusedRelease([conflict('room_overlap', 'block', 'A and B overlap in Auditorium.'), conflict('room_overlap', 'block', 'C and D overlap in Sala Miró.'), conflict('speaker_double_booked', 'block', 'Ann is booked twice.')]);
    expect([e.kind, e.message, e.fields]).toEqual([
      'CONFLICT',
      'The schedule cannot be released: 3 blocking conflicts must be resolved first. A and B overlap in Auditorium. C and D overlap in Sala Miró. Ann is booked twice.',
      { room_overlap: 'A and B overlap in Auditorium.\nC and D overlap in Sala Miró.', speaker_double_booked: 'Ann is booked twice.' },
    ]);
  });
  it('a release racing another names the other release', () => {
    const e = anotherRelease('1.1');
    expect([e.kind, e.message]).toEqual(['CONFLICT', 'Another release is in progress or was just made (“1.1”): reload the page and check the changes before releasing again.']);
  });
});
