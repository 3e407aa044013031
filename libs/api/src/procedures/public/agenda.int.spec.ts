// The public agenda's search, filters, "now and next" and room pages, read anonymously from the demo seed's release
// 1.0. The work-in-progress schedule never shows through, and reading changes nothing.
import { describe, expect, it } from 'vitest';
import { makeConference } from '@podium/db/testing';
import { trpcFailure } from '../../testing.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

const { db, callerFor, callerAs } = useTestApi();
const slug = 'kvm-forum-2012';

const anonymous = () => callerFor(null);
const as = callerAs;
/** Codes per day of an agenda, for readable expectations. */
const codesByDay = (agenda: { days: { date: string; entries: { code: string }[] }[] }) =>
  agenda.days.map((d) => [d.date, d.entries.map((e) => e.code)]);
/** 13:10 local on 7 November 2012 (UTC+01:00). */
const at = (local: string) => new Date(`${local}:00+01:00`);

describe('public.agenda search and filters', () => {
  it('public.agenda without a filter keeps all 16 sessions and offers the release’s tracks, types and rooms', async () => {
    const agenda = await (await anonymous()).public.agenda({ slug });
    expect([agenda.filterActive, agenda.filterLabel, agenda.totalSessions, agenda.matchingSessions]).toEqual([false, '', 16, 16]);
    expect(agenda.tracks.map((t) => t.name)).toEqual(['KVM Forum', 'oVirt Workshop']);
    expect(agenda.sessionTypes).toEqual(['Deep dive', 'Keynote', 'Short talk', 'Talk']);
    expect(agenda.filterRooms.map((r) => [r.name, r.key])).toEqual([
      ['Auditorium', 'auditorium'],
      ['Sala Gaudí', 'sala-gaudi'],
      ['Sala Miró', 'sala-miro'],
    ]);
  });

  it('public.agenda with a word finds it in titles, abstracts and speaker names', async () => {
    const api = await anonymous();
    const network = await api.public.agenda({ slug, filter: { q: 'network' } });
    expect(codesByDay(network)).toEqual([
      ['2012-11-07', ['OVNETW', 'KVMMIG']],
      ['2012-11-08', ['KVMVIO']],
      ['2012-11-09', []],
    ]);
    expect([network.filterActive, network.filterLabel, network.matchingSessions]).toEqual([true, '“network”', 3]);
    const bySpeaker = await api.public.agenda({ slug, filter: { q: 'FARBER' } });
    expect(codesByDay(bySpeaker)).toEqual([
      ['2012-11-07', ['KVMQOM']],
      ['2012-11-08', []],
      ['2012-11-09', []],
    ]);
  });

  it('public.agenda with track, room and type keeps only sessions matching all of them', async () => {
    const agenda = await (await anonymous()).public.agenda({ slug, filter: { track: 'KVM Forum', room: 'sala-gaudi', type: 'Short talk' } });
    expect(codesByDay(agenda)).toEqual([
      ['2012-11-07', ['KVMLGF', 'KVMATS']],
      ['2012-11-08', []],
      ['2012-11-09', []],
    ]);
    expect(agenda.days[0]?.rooms.map((r) => r.name)).toEqual(['Sala Gaudí']);
    expect(agenda.filterLabel).toBe('track KVM Forum · room Sala Gaudí · type Short talk');
  });

  it('public.agenda with a filter that matches nothing has empty days and says what was asked', async () => {
    const agenda = await (await anonymous()).public.agenda({ slug, filter: { q: 'kubernetes', room: 'hall-9' } });
    expect([agenda.matchingSessions, agenda.days.map((d) => d.entries.length), agenda.filterLabel]).toEqual([
      0,
      [0, 0, 0],
      '“kubernetes” · room hall-9',
    ]);
  });

  it('public.agenda refuses a search longer than 1000 characters', async () => {
    const outcome = await trpcFailure((await anonymous()).public.agenda({ slug, filter: { q: 'x'.repeat(1001) } }));
    expect([outcome.code, Object.keys(outcome.fields ?? {})]).toEqual(['BAD_REQUEST', ['filter.q']]);
  });
});

describe('public.agenda now and next', () => {
  it('public.agenda at 13:10 on the first day gives each room its running talk and the next one', async () => {
    const agenda = await (await anonymous()).public.agenda({ slug, at: at('2012-11-07T13:10') });
    expect([agenda.nowNext?.date, agenda.nowNext?.time, agenda.defaultDay]).toEqual(['2012-11-07', '13:10', '2012-11-07']);
    expect(agenda.nowNext?.rooms.map((r) => [r.room.name, r.current.map((c) => `${c.code} ${c.localStart}–${c.localEnd}`), r.next?.code ?? null])).toEqual([
      ['Auditorium', ['KVMHYV 13:00–13:40'], 'KVMMIG'],
      ['Sala Gaudí', ['KVMQOM 13:00–13:40'], 'KVMLGF'],
      ['Sala Miró', ['OVARCH 13:00–13:40'], 'OVNETW'],
    ]);
  });

  it('public.agenda on the second day opens on that day', async () => {
    const agenda = await (await anonymous()).public.agenda({ slug, at: at('2012-11-08T09:30') });
    expect([agenda.defaultDay, agenda.nowNext?.rooms.map((r) => [r.room.name, r.current.map((c) => c.code), r.next?.code ?? null])]).toEqual([
      '2012-11-08',
      [
        ['Auditorium', ['KVMVIO'], 'KVMMEM'],
        ['Sala Miró', ['OVSDKC'], null],
      ],
    ]);
  });

  it('public.agenda outside the conference dates has no now and next and opens on the first day', async () => {
    const agenda = await (await anonymous()).public.agenda({ slug, at: at('2012-11-10T10:00') });
    expect([agenda.nowNext, agenda.defaultDay]).toEqual([null, '2012-11-07']);
  });

  it('public.agenda ignores the filter for now and next', async () => {
    const agenda = await (await anonymous()).public.agenda({ slug, at: at('2012-11-07T13:10'), filter: { track: 'oVirt Workshop' } });
    expect(agenda.nowNext?.rooms.map((r) => r.room.name)).toEqual(['Auditorium', 'Sala Gaudí', 'Sala Miró']);
  });
});

describe('public.room', () => {
  it('public.room by slug lists the room’s released sessions by day', async () => {
    const { room, days, release } = await (await anonymous()).public.room({ slug, room: 'sala-miro' });
    expect([room.name, room.key, room.capacity, release?.name]).toEqual(['Sala Miró', 'sala-miro', 80, '1.0']);
    expect(days.map((d) => [d.date, d.entries.map((e) => `${e.code} ${e.localStart}`)])).toEqual([
      ['2012-11-07', ['OVNODE 11:15', 'OVARCH 13:00', 'OVNETW 13:40', 'OVSTOR 14:20']],
      ['2012-11-08', ['OVSDKC 09:15']],
    ]);
  });

  it('public.room by id gives the same room with its canonical key', async () => {
    const id = (await db.room.findFirstOrThrow({ where: { conference: { slug }, name: 'Sala Gaudí' } })).id;
    const { room } = await (await anonymous()).public.room({ slug, room: id });
    expect([room.id, room.key]).toEqual([id, 'sala-gaudi']);
  });

  it('public.session and public.speaker name the room’s key for its page', async () => {
    const api = await anonymous();
    const { session } = await api.public.session({ slug, code: 'KVMQOM' });
    const speaker = await api.public.speaker({ slug, code: session.speakers[0]!.code });
    expect([session.room.key, speaker.sessions.map((s) => s.room.key)]).toEqual(['sala-gaudi', ['sala-gaudi']]);
  });

  it.each([
    ['an unknown room', slug, 'hall-9'],
    ['an unknown conference', 'nope', 'auditorium'],
  ])('public.room answers NOT_FOUND for %s', async (_what, conferenceSlug, room) => {
    expect((await trpcFailure((await anonymous()).public.room({ slug: conferenceSlug, room }))).code).toBe('NOT_FOUND');
  });

  it('public.room answers NOT_FOUND for a room used only by the work in progress, also to its organizer', async () => {
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const room = await db.room.create({ data: { conferenceId: conference.id, name: 'Sala Dalí', position: 4 } });
    const wip = await db.scheduleVersion.findFirstOrThrow({ where: { conferenceId: conference.id, releasedAt: null } });
    const slot = await db.scheduleSlot.findFirstOrThrow({ where: { versionId: wip.id, submission: { code: 'KVMKEY' } } });
    await db.scheduleSlot.update({ where: { id: slot.id }, data: { roomId: room.id } });
    try {
      const before = await db.scheduleSlot.findMany({ orderBy: { id: 'asc' } });
      for (const api of [await anonymous(), await as('organizer@podium.test')]) {
        expect((await trpcFailure(api.public.room({ slug, room: 'sala-dali' }))).code).toBe('NOT_FOUND');
      }
      const agenda = await (await anonymous()).public.agenda({ slug });
      expect(agenda.filterRooms.map((r) => r.name)).toEqual(['Auditorium', 'Sala Gaudí', 'Sala Miró']);
      expect(await db.scheduleSlot.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    } finally {
      await db.scheduleSlot.update({ where: { id: slot.id }, data: { roomId: slot.roomId } });
      await db.room.delete({ where: { id: room.id } });
    }
  });

  it('public.room answers NOT_FOUND before a conference’s first release', async () => {
    const other = await makeConference(db, { slug: 'unreleased-2030' });
    await db.room.create({ data: { conferenceId: other.id, name: 'Main hall' } });
    expect((await trpcFailure((await anonymous()).public.room({ slug: 'unreleased-2030', room: 'main-hall' }))).code).toBe('NOT_FOUND');
  });
});
