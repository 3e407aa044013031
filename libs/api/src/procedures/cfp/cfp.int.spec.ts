import { describe, expect, it } from 'vitest';
import { makeConference, makeMember, makeSession } from '@podium/db/testing';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi();
const slug = 'kvm-forum-2012';

const asOrganizer = async () => callerFor(await userId('organizer@podium.test'));

const question = { target: 'PROPOSAL' as const, kind: 'CHOICE' as const, label: 'Level', helpText: '', required: true, options: ['Beginner', 'Expert'], active: true, trackId: null, sessionTypeId: null };

describe('CFP settings: who may call', () => {
  const calls = {
    settings: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.settings({ slug }),
    updateWindow: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.updateWindow({ slug, cfpOpensAt: '', cfpClosesAt: '', cfpText: '', collectAvailability: false }),
    saveSessionType: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.saveSessionType({ slug, name: 'Lightning', defaultDurationMinutes: 5, description: '', cfpClosesAt: '' }),
    deleteSessionType: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.deleteSessionType({ slug, id: 'x' }),
    saveTrack: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.saveTrack({ slug, name: 'Security', color: '#123456', description: '' }),
    deleteTrack: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.deleteTrack({ slug, id: 'x' }),
    saveQuestion: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.saveQuestion({ slug, ...question }),
    deleteQuestion: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.deleteQuestion({ slug, id: 'x' }),
    moveQuestion: (api: Awaited<ReturnType<typeof callerFor>>) => api.cfp.moveQuestion({ slug, id: 'x', direction: 'up' }),
  };
  it.each(Object.entries(calls))('%s refuses anonymous, speaker, reviewer and another conference\'s organizer', async (_name, call) => {
    const other = await makeConference(db);
    const stranger = await makeMember(db, other.id, 'ORGANIZER');
    const before = await db.sessionType.count();
    expect((await failure(call(await callerFor(null)))).code).toBe('UNAUTHORIZED');
    for (const who of [await userId('speaker@podium.test'), await userId('reviewer@podium.test'), stranger.id]) {
      expect((await failure(call(await callerFor(who)))).code).toBe('FORBIDDEN');
    }
    expect(await db.sessionType.count()).toBe(before);
  });
});

describe('CFP window', () => {
  it('is stored in UTC from local conference time and read back in local time', async () => {
    const api = await asOrganizer();
    await api.cfp.updateWindow({ slug, cfpOpensAt: '2012-06-01T00:00', cfpClosesAt: '2012-08-31T23:59', cfpText: 'Send us talks.', collectAvailability: true });
    const c = await db.conference.findUniqueOrThrow({ where: { slug } });
    expect([c.cfpOpensAt?.toISOString(), c.cfpClosesAt?.toISOString(), c.collectAvailability]).toEqual(['2012-05-31T22:00:00.000Z', '2012-08-31T21:59:00.000Z', true]);
    const s = await api.cfp.settings({ slug });
    expect([s.cfpOpensAt, s.cfpClosesAt, s.cfpText]).toEqual(['2012-06-01T00:00', '2012-08-31T23:59', 'Send us talks.']);
  });

  it.each([
    ['a deadline before the opening', { cfpOpensAt: '2012-09-01T00:00', cfpClosesAt: '2012-08-01T00:00' }, { cfpClosesAt: 'The deadline must be after the opening.' }],
    ['a malformed date', { cfpOpensAt: 'tomorrow', cfpClosesAt: '' }, { cfpOpensAt: 'A date and time like 2030-05-06 09:30.' }],
  ])('refuses %s and keeps what was saved', async (_what, window, fields) => {
    const api = await asOrganizer();
    const before = await db.conference.findUniqueOrThrow({ where: { slug } });
    const f = await failure(api.cfp.updateWindow({ slug, ...window, cfpText: 'changed', collectAvailability: false }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', fields]);
    expect(await db.conference.findUniqueOrThrow({ where: { slug } })).toEqual(before);
  });
});

describe('session types and tracks', () => {
  it('creates, renames and deletes an unused session type with its own deadline', async () => {
    const api = await asOrganizer();
    const { id } = await api.cfp.saveSessionType({ slug, name: 'Workshop', defaultDurationMinutes: 90, description: 'Hands-on', cfpClosesAt: '2012-08-15T12:00' });
    await api.cfp.saveSessionType({ slug, id, name: 'Tutorial', defaultDurationMinutes: 120, description: '', cfpClosesAt: '' });
    const saved = await db.sessionType.findUniqueOrThrow({ where: { id } });
    expect([saved.name, saved.defaultDurationMinutes, saved.cfpClosesAt]).toEqual(['Tutorial', 120, null]);
    await api.cfp.deleteSessionType({ slug, id });
    expect(await db.sessionType.findUnique({ where: { id } })).toBeNull();
  });

  it.each([
    ['a duplicate name (any case)', { name: 'keynote', defaultDurationMinutes: 15 }, { name: 'There is already a session type "keynote".' }],
    ['an empty name', { name: '  ', defaultDurationMinutes: 15 }, { name: 'A name is required.' }],
    ['a zero duration', { name: 'Flash', defaultDurationMinutes: 0 }, { defaultDurationMinutes: 'A whole number of minutes between 5 and 1440.' }],
  ])('refuses a session type with %s', async (_what, t, fields) => {
    const f = await failure((await asOrganizer()).cfp.saveSessionType({ slug, ...t, description: '', cfpClosesAt: '' }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', fields]);
  });

  it('keeps a session type or track that proposals use, with a message saying why', async () => {
    const api = await asOrganizer();
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const talk = await db.sessionType.findFirstOrThrow({ where: { conferenceId: conference.id, name: 'Talk' } });
    const kvm = await db.track.findFirstOrThrow({ where: { conferenceId: conference.id, name: 'KVM Forum' } });
    expect(await failure(api.cfp.deleteSessionType({ slug, id: talk.id }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('"Talk" has') });
    expect(await failure(api.cfp.deleteTrack({ slug, id: kvm.id }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('"KVM Forum" has 11 proposal(s)') });
    expect(await db.track.count({ where: { id: kvm.id } })).toBe(1);
  });

  it('cannot touch another conference\'s session type or track through this one', async () => {
    const other = await makeConference(db);
    const foreign = await db.track.create({ data: { conferenceId: other.id, name: 'Foreign' } });
    const api = await asOrganizer();
    expect((await failure(api.cfp.saveTrack({ slug, id: foreign.id, name: 'Mine now', color: '#000000', description: '' }))).code).toBe('NOT_FOUND');
    expect((await failure(api.cfp.deleteTrack({ slug, id: foreign.id }))).code).toBe('NOT_FOUND');
    expect((await db.track.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe('Foreign');
  });

  it('validates a track colour', async () => {
    const f = await failure((await asOrganizer()).cfp.saveTrack({ slug, name: 'Security', color: 'red', description: '' }));
    expect(f.fields).toEqual({ color: 'A colour like #1d4ed8.' });
  });
});

describe('custom questions', () => {
  it('creates questions in order, moves one, limits one to a track, and lists them', async () => {
    const api = await asOrganizer();
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const kvm = await db.track.findFirstOrThrow({ where: { conferenceId: conference.id, name: 'KVM Forum' } });
    const a = await api.cfp.saveQuestion({ slug, ...question, options: [' Beginner ', 'Expert', ''] });
    const b = await api.cfp.saveQuestion({ slug, ...question, kind: 'URL', label: 'Slides', required: false, options: [], trackId: kvm.id });
    await api.cfp.moveQuestion({ slug, id: b.id, direction: 'up' });
    const { questions } = await api.cfp.settings({ slug });
    expect(questions.map((q) => [q.id, q.label, q.options, q.trackId])).toEqual([
      [b.id, 'Slides', [], kvm.id],
      [a.id, 'Level', ['Beginner', 'Expert'], null],
    ]);
  });

  it.each([
    ['one choice only', { options: ['Only'] }, { options: 'Give at least two choices, one per line.' }],
    ['repeated choices', { options: ['A', 'a'] }, { options: 'Each choice must be different.' }],
    ['no text', { label: ' ' }, { label: 'The question needs a text.' }],
    ['choices on a number question', { kind: 'NUMBER' as const, options: ['1', '2'] }, { options: 'Only choice questions have choices.' }],
    ['an unknown track', { trackId: 'nope' }, { trackId: 'No such track in this conference.' }],
  ])('refuses a question with %s', async (_what, change, fields) => {
    const before = await db.question.count();
    const f = await failure((await asOrganizer()).cfp.saveQuestion({ slug, ...question, ...change }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', fields]);
    expect(await db.question.count()).toBe(before);
  });

  it('protects answers: an answered question keeps its kind and used choices and is not deleted', async () => {
    const api = await asOrganizer();
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const { id } = await api.cfp.saveQuestion({ slug, ...question, label: 'Audience' });
    const submission = await makeSession(db, conference.id, { state: 'SUBMITTED' });
    await db.answer.create({ data: { questionId: id, submissionId: submission.id, value: 'Expert' } });
    const changed = await failure(api.cfp.saveQuestion({ slug, id, ...question, label: 'Audience', kind: 'TEXT', options: [] }));
    expect([changed.code, changed.fields]).toEqual(['BAD_REQUEST', { kind: 'Already answered 1 time(s): the kind can no longer change.' }]);
    const dropped = await failure(api.cfp.saveQuestion({ slug, id, ...question, label: 'Audience', options: ['Beginner', 'Intermediate'] }));
    expect(dropped.fields).toEqual({ options: 'Answers use "Expert": keep these choices.' });
    expect((await failure(api.cfp.deleteQuestion({ slug, id }))).code).toBe('CONFLICT');
    await api.cfp.saveQuestion({ slug, id, ...question, label: 'Audience', active: false, options: ['Beginner', 'Expert', 'Guru'] });
    expect(await db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false, options: ['Beginner', 'Expert', 'Guru'] });
    expect(await db.answer.count({ where: { questionId: id } })).toBe(1);
  });
});
