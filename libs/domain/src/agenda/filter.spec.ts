import { describe, expect, it } from 'vitest';
import {
  describeAgendaFilter,
  filterAgendaSessions,
  foldForSearch,
  isAgendaFilterActive,
  NO_AGENDA_FILTER,
  normalizeAgendaFilter,
  type SearchableSession,
} from './filter.ts';
import { findRoomByKey, roomKeys, roomSlug } from './room-slugs.ts';

const rooms = [
  { id: 'r-aud', name: 'Auditorium' },
  { id: 'r-gaudi', name: 'Sala Gaudí' },
  { id: 'r-miro', name: 'Sala Miró' },
];

type S = SearchableSession & { code: string };
const kvm = { name: 'KVM Forum' };
const ovirt = { name: 'oVirt Workshop' };
const sessions: S[] = [
  { code: 'KVMKEY', title: 'Keynote Address', abstract: 'Where KVM goes next.', speakers: [{ name: 'Avi Kivity' }], track: kvm, roomId: 'r-aud', sessionType: 'Keynote' },
  { code: 'KVMQOM', title: 'QOM Vadis? Taking Objects to CPU and Beyond', abstract: 'The QEMU Object Model.', speakers: [{ name: 'Andreas Färber' }], track: kvm, roomId: 'r-gaudi', sessionType: 'Talk' },
  { code: 'KVMMIG', title: 'Live Migration: Even faster', abstract: 'A dedicated thread for migration.', speakers: [{ name: 'Orit Wasserman' }], track: kvm, roomId: 'r-aud', sessionType: 'Short talk' },
  { code: 'OVSTOR', title: 'Deep Dive Features: Storage', abstract: 'Storage domains and live storage migration.', speakers: [{ name: 'Ayal Baron' }], track: ovirt, roomId: 'r-miro', sessionType: 'Deep dive' },
  { code: 'NOTRACK', title: 'Lightning talks', abstract: '', speakers: [{ name: 'Several' }, { name: 'Rik van Riel' }], track: null, roomId: 'r-aud', sessionType: 'Talk' },
];

const codes = (filter: Partial<typeof NO_AGENDA_FILTER>) =>
  filterAgendaSessions(sessions, { ...NO_AGENDA_FILTER, ...filter }, rooms).map((s) => s.code);

describe('filterAgendaSessions', () => {
  it.each([
    ['an empty filter', {}, ['KVMKEY', 'KVMQOM', 'KVMMIG', 'OVSTOR', 'NOTRACK']],
    ['a word of a title, any case', { q: 'KEYNOTE' }, ['KVMKEY']],
    ['a word found in titles and abstracts', { q: 'migration' }, ['KVMMIG', 'OVSTOR']],
    ['a word only in an abstract', { q: 'object model' }, ['KVMQOM']],
    ['a speaker name without its accent', { q: 'farber' }, ['KVMQOM']],
    ['a second speaker of a session', { q: 'van riel' }, ['NOTRACK']],
    ['words that must all match, in any field', { q: 'storage baron' }, ['OVSTOR']],
    ['words that match nothing together', { q: 'keynote storage' }, []],
    ['surrounding and repeated spaces', { q: '   dedicated    THREAD  ' }, ['KVMMIG']],
    ['a track name', { track: 'oVirt Workshop' }, ['OVSTOR']],
    ['a track name in another case (exact names only)', { track: 'ovirt workshop' }, []],
    ['a session type', { type: 'Talk' }, ['KVMQOM', 'NOTRACK']],
    ['a room slug', { room: 'auditorium' }, ['KVMKEY', 'KVMMIG', 'NOTRACK']],
    ['a room slug folded from an accent', { room: 'sala-gaudi' }, ['KVMQOM']],
    ['a room id', { room: 'r-miro' }, ['OVSTOR']],
    ['a room that does not exist', { room: 'hall-9' }, []],
    ['track, room, type and text together', { q: 'migration', track: 'KVM Forum', room: 'auditorium', type: 'Short talk' }, ['KVMMIG']],
    ['a track with a type it has no session of', { track: 'oVirt Workshop', type: 'Keynote' }, []],
  ])('filterAgendaSessions with %s', (_what, filter, expected) => {
    expect(codes(filter)).toEqual(expected);
  });

  it('filterAgendaSessions keeps the given order', () => {
    const reversed = [...sessions].reverse();
    expect(filterAgendaSessions(reversed, { ...NO_AGENDA_FILTER, track: 'KVM Forum' }, rooms).map((s) => s.code)).toEqual(['KVMMIG', 'KVMQOM', 'KVMKEY']);
  });
});

describe('normalizeAgendaFilter', () => {
  it('normalizeAgendaFilter trims fields, collapses spaces and fills missing ones', () => {
    expect(normalizeAgendaFilter({ q: '  live \n migration ', track: ' KVM Forum ' })).toEqual({ q: 'live migration', track: 'KVM Forum', room: '', type: '' });
  });

  it('normalizeAgendaFilter cuts a long search to 200 characters', () => {
    expect(normalizeAgendaFilter({ q: 'a'.repeat(250) }).q).toBe('a'.repeat(200));
  });

  it.each([
    [{}, false],
    [{ q: '  ' }, false],
    [{ q: 'kvm' }, true],
    [{ track: 'KVM Forum' }, true],
    [{ room: 'auditorium' }, true],
    [{ type: 'Talk' }, true],
  ])('isAgendaFilterActive for %o is %s', (filter, expected) => {
    expect(isAgendaFilterActive(normalizeAgendaFilter(filter))).toBe(expected);
  });
});

describe('describeAgendaFilter', () => {
  it('describeAgendaFilter names every active part, the room by its name', () => {
    expect(describeAgendaFilter({ q: 'migration', track: 'KVM Forum', room: 'sala-gaudi', type: 'Talk' }, rooms)).toBe(
      '“migration” · track KVM Forum · room Sala Gaudí · type Talk',
    );
  });

  it('describeAgendaFilter repeats an unknown room key as given', () => {
    expect(describeAgendaFilter({ ...NO_AGENDA_FILTER, room: 'hall-9' }, rooms)).toBe('room hall-9');
  });
});

describe('foldForSearch', () => {
  it('foldForSearch lowers case and drops accents', () => {
    expect(foldForSearch('Sala Gaudí, Andreas Färber, MIRÓ')).toBe('sala gaudi, andreas farber, miro');
  });
});

describe('room slugs', () => {
  it.each([
    ['Sala Gaudí', 'sala-gaudi'],
    ['  Room 1 / Hall B  ', 'room-1-hall-b'],
    ['Ærø', 'r'],
    ['***', ''],
  ])('roomSlug of %s is %s', (name, slug) => {
    expect(roomSlug(name)).toBe(slug);
  });

  it('roomKeys gives the slug, or the id when two rooms share a slug or the slug is empty', () => {
    const keys = roomKeys([
      { id: 'a', name: 'Room 1' },
      { id: 'b', name: 'room-1' },
      { id: 'c', name: 'Sala Miró' },
      { id: 'd', name: '!!!' },
    ]);
    expect([...keys.entries()]).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'sala-miro'],
      ['d', 'd'],
    ]);
  });

  it('findRoomByKey finds a room by slug or id and gives null for an unknown key', () => {
    expect([findRoomByKey(rooms, 'sala-miro')?.id, findRoomByKey(rooms, 'r-aud')?.id, findRoomByKey(rooms, 'sala')]).toEqual(['r-miro', 'r-aud', null]);
  });
});
