import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeConference, makeMember, makeUser } from '@podium/db/testing';
import { verifyPassword } from '@podium/auth';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi();
const demo = 'kvm-forum-2012';

type Api = Awaited<ReturnType<typeof callerFor>>;

/** A conference with an open call, two session types (Talk, Workshop) and a track; everything else as given. */
async function makeCfpConference(over: { cfpClosesAt?: Date | null; collectAvailability?: boolean } = {}) {
  const c = await makeConference(db, { startDate: '2030-05-06', endDate: '2030-05-07', timeZone: 'Europe/Madrid' });
  await db.conference.update({ where: { id: c.id }, data: { cfpClosesAt: over.cfpClosesAt ?? null, collectAvailability: over.collectAvailability ?? false, cfpText: '# Call\nSend **talks**.' } });
  const talk = await db.sessionType.create({ data: { conferenceId: c.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const workshop = await db.sessionType.create({ data: { conferenceId: c.id, name: 'Workshop', defaultDurationMinutes: 90 } });
  const track = await db.track.create({ data: { conferenceId: c.id, name: 'Storage' } });
  const level = await db.question.create({
    data: { conferenceId: c.id, target: 'PROPOSAL', kind: 'CHOICE', label: 'Audience level', required: true, options: ['Beginner', 'Expert'], position: 1 },
  });
  return { conference: c, slug: c.slug, talk, workshop, track, level };
}

async function speaker(name = 'Ana Speaker', email?: string) {
  const user = await makeUser(db, { name, ...(email ? { email } : {}) });
  return { user, api: await callerFor(user.id) };
}

const draftInput = (slug: string, typeId: string, over: Record<string, unknown> = {}) => ({
  slug,
  title: 'Thin provisioning without tears',
  abstract: 'How we stopped running out of space.',
  description: 'Long form.',
  notes: 'I can also do a workshop.',
  sessionTypeId: typeId,
  trackId: null,
  answers: {},
  ...over,
});

const outboxFor = (conferenceId: string) => db.outboxMail.findMany({ where: { conferenceId }, orderBy: { createdAt: 'asc' } });

describe('speaker.signUp', () => {
  it('creates an account with a lowercased email and a password that verifies', async () => {
    const api = await callerFor(null);
    const r = await api.speaker.signUp({ name: ' Nora New ', email: ' Nora@Example.TEST ', password: 'long-enough-pass' });
    const row = await db.user.findUniqueOrThrow({ where: { id: r.userId } });
    expect([r.email, r.name, row.email, row.isAdmin]).toEqual(['nora@example.test', 'Nora New', 'nora@example.test', false]);
    expect(await verifyPassword('long-enough-pass', row.passwordHash)).toBe(true);
  });

  it('refuses a duplicate email (in any case) next to the email field, and creates nothing', async () => {
    const before = await db.user.count();
    const f = await failure((await callerFor(null)).speaker.signUp({ name: 'Sam Again', email: 'SPEAKER@podium.test', password: 'long-enough-pass' }));
    expect(f).toEqual({ code: 'BAD_REQUEST', message: 'An account with this email already exists: sign in instead.', fields: { email: 'An account with this email already exists.' } });
    expect(await db.user.count()).toBe(before);
  });

  it('refuses a short password, a bad email and a missing name, each next to its field', async () => {
    const f = await failure((await callerFor(null)).speaker.signUp({ name: '  ', email: 'not-an-email', password: 'short' }));
    expect([f.code, f.fields]).toEqual([
      'BAD_REQUEST',
      { name: 'Enter your name.', email: 'Enter an email address like name@example.org.', password: 'Choose a password of at least 8 characters.' },
    ]);
  });
});

describe('speaker.cfp', () => {
  it('shows anyone the open call with text, types with deadlines, tracks and active questions', async () => {
    const { slug, level } = await makeCfpConference();
    await db.question.create({ data: { conferenceId: (await db.conference.findUniqueOrThrow({ where: { slug } })).id, target: 'SPEAKER', kind: 'TEXT', label: 'Old', active: false } });
    const cfp = await (await callerFor(null)).speaker.cfp({ slug });
    expect([cfp.status, cfp.text, cfp.closesAt]).toEqual(['open', '# Call\nSend **talks**.', null]);
    expect(cfp.sessionTypes.map((t) => [t.name, t.durationMinutes, t.status, t.deadline])).toEqual([
      ['Talk', 30, 'open', null],
      ['Workshop', 90, 'open', null],
    ]);
    expect(cfp.tracks.map((t) => t.name)).toEqual(['Storage']);
    expect(cfp.questions.map((q) => [q.id, q.label, q.kind, q.required, q.options])).toEqual([[level.id, 'Audience level', 'CHOICE', true, ['Beginner', 'Expert']]]);
  });

  it('is closed after the deadline, but open while a type takes proposals longer', async () => {
    const { slug, workshop } = await makeCfpConference({ cfpClosesAt: new Date('2020-01-01T00:00:00Z') });
    expect((await (await callerFor(null)).speaker.cfp({ slug })).status).toBe('closed');
    await db.sessionType.update({ where: { id: workshop.id }, data: { cfpClosesAt: new Date('2999-01-01T00:00:00Z') } });
    const cfp = await (await callerFor(null)).speaker.cfp({ slug });
    expect([cfp.status, cfp.sessionTypes.map((t) => [t.name, t.status])]).toEqual(['open', [['Talk', 'closed'], ['Workshop', 'open']]]);
  });

  it('answers NOT_FOUND for an unknown conference', async () => {
    expect((await failure((await callerFor(null)).speaker.cfp({ slug: 'no-such-conference' }))).code).toBe('NOT_FOUND');
  });
});

describe('speaker API: who may call it', () => {
  // Every signed-in procedure, called about a proposal of Ana's.
  const calls = (slug: string, code: string, typeId: string): Record<string, (api: Api) => Promise<unknown>> => ({
    myProposals: (api) => api.speaker.myProposals({ slug }),
    proposal: (api) => api.speaker.proposal({ slug, code }),
    saveDraft: (api) => api.speaker.saveDraft({ ...draftInput(slug, typeId), code }),
    submit: (api) => api.speaker.submit({ ...draftInput(slug, typeId), code, answers: {} }),
    update: (api) => api.speaker.update({ ...draftInput(slug, typeId), code }),
    withdraw: (api) => api.speaker.withdraw({ slug, code }),
    confirm: (api) => api.speaker.confirm({ slug, code }),
    decline: (api) => api.speaker.decline({ slug, code }),
    inviteCoSpeaker: (api) => api.speaker.inviteCoSpeaker({ slug, code, email: 'x@example.test' }),
    acceptInvite: (api) => api.speaker.acceptInvite({ token: 'a'.repeat(43) }),
    profile: (api) => api.speaker.profile({ slug }),
    updateProfile: (api) => api.speaker.updateProfile({ slug, name: 'X' }),
  });

  it('refuses every signed-in procedure to anonymous callers with UNAUTHORIZED', async () => {
    const { slug, talk } = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.saveDraft(draftInput(slug, talk.id));
    const anonymous = await callerFor(null);
    for (const [name, call] of Object.entries(calls(slug, code, talk.id))) {
      expect([name, (await failure(call(anonymous))).code]).toEqual([name, 'UNAUTHORIZED']);
    }
  });

  it('gives another speaker, a reviewer, an organizer and the admin NOT_FOUND for a proposal that is not theirs, and changes nothing', async () => {
    const { slug, talk, conference } = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.saveDraft(draftInput(slug, talk.id));
    const reviewer = await makeMember(db, conference.id, 'REVIEWER');
    const organizer = await makeMember(db, conference.id, 'ORGANIZER');
    const others = [(await speaker('Ben Other')).user.id, reviewer.id, organizer.id, await userId('admin@podium.test')];
    const ownership = ['proposal', 'saveDraft', 'submit', 'update', 'withdraw', 'confirm', 'decline', 'inviteCoSpeaker'];
    const before = await db.submission.findUniqueOrThrow({ where: { conferenceId_code: { conferenceId: conference.id, code } } });
    for (const who of others) {
      const api = await callerFor(who);
      for (const name of ownership) {
        const f = await failure(calls(slug, code, talk.id)[name]!(api));
        expect([name, f.code, f.message]).toEqual([name, 'NOT_FOUND', 'No such proposal among yours.']);
      }
      expect((await api.speaker.myProposals({ slug })).proposals).toEqual([]);
    }
    const after = await db.submission.findUniqueOrThrow({ where: { conferenceId_code: { conferenceId: conference.id, code } } });
    expect(after).toEqual(before);
    expect(await db.coSpeakerInvite.count({ where: { submissionId: after.id } })).toBe(0);
  });

  it('never shows a speaker the reviews of their own proposal', async () => {
    const { slug, talk, level, conference } = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.submit(draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }));
    const reviewer = await makeMember(db, conference.id, 'REVIEWER');
    const submission = await db.submission.findFirstOrThrow({ where: { conferenceId: conference.id, code } });
    await db.review.create({ data: { submissionId: submission.id, reviewerId: reviewer.id, text: 'SECRET REVIEW TEXT' } });
    const seen = await ana.api.speaker.proposal({ slug, code });
    expect(JSON.stringify(seen)).not.toContain('SECRET REVIEW TEXT');
    expect(Object.keys(seen)).toEqual(['conference', 'proposal', 'editable', 'actions', 'nextStep']);
  });

  it('lets a demo reviewer and organizer see none of the demo speakers\' sessions in the portal', async () => {
    for (const email of ['reviewer@podium.test', 'organizer@podium.test']) {
      const api = await callerFor(await userId(email));
      expect((await api.speaker.myProposals({ slug: demo })).proposals).toEqual([]);
      expect((await failure(api.speaker.proposal({ slug: demo, code: 'KVMKEY' }))).code).toBe('NOT_FOUND');
    }
  });

  it('a deleted user is anonymous', async () => {
    const gone = await makeUser(db);
    await db.user.delete({ where: { id: gone.id } });
    expect((await failure((await callerFor(gone.id)).speaker.myProposals({ slug: demo }))).code).toBe('UNAUTHORIZED');
  });
});

describe('proposals: drafts, submitting, editing', () => {
  it('saves an incomplete draft, submits it with answers, mails the speaker, and shows it', async () => {
    const { slug, talk, track, level, conference } = await makeCfpConference();
    const ana = await speaker();
    const draft = await ana.api.speaker.saveDraft(draftInput(slug, talk.id, { abstract: '', trackId: track.id }));
    expect(draft.state).toBe('DRAFT');
    expect(draft.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);

    const shown = await ana.api.speaker.proposal({ slug, code: draft.code });
    expect([shown.proposal.state, shown.proposal.abstract, shown.proposal.track?.name, shown.editable, shown.actions, shown.nextStep]).toEqual([
      'DRAFT',
      '',
      'Storage',
      { ok: true, reason: null },
      { saveDraft: true, submit: true, update: false, withdraw: true, confirm: false, decline: false, invite: true },
      'Finish and submit it before the deadline.',
    ]);

    const submitted = await ana.api.speaker.submit({ ...draftInput(slug, talk.id, { trackId: track.id, answers: { [level.id]: 'Expert' } }), code: draft.code });
    expect(submitted).toEqual({ code: draft.code, state: 'SUBMITTED' });
    const after = await ana.api.speaker.proposal({ slug, code: draft.code });
    expect([after.proposal.state, after.proposal.abstract, after.proposal.answers, after.actions.update, after.actions.submit]).toEqual([
      'SUBMITTED',
      'How we stopped running out of space.',
      { [level.id]: 'Expert' },
      true,
      false,
    ]);
    expect(after.proposal.submittedAt).toBeInstanceOf(Date);

    const mails = await outboxFor(conference.id);
    expect(mails.map((m) => [m.to, m.templateKey, m.state])).toEqual([[ana.user.email, 'SUBMISSION_RECEIVED', 'PENDING']]);
    expect(mails[0]?.body).toContain(`http://localhost:3000/${slug}/me/proposals/${draft.code}`);
    expect(mails[0]?.subject).toBe(`[${conference.name}] We received your proposal "Thin provisioning without tears"`);

    const mine = await ana.api.speaker.myProposals({ slug });
    expect(mine.proposals.map((p) => [p.code, p.title, p.state, p.speakers, p.nextStep])).toEqual([
      [draft.code, 'Thin provisioning without tears', 'SUBMITTED', ['Ana Speaker'], 'Submitted. You can still edit it while the call is open.'],
    ]);
  });

  it('needs a title and a session type even for a draft, and saves nothing without them', async () => {
    const { slug, conference } = await makeCfpConference();
    const ana = await speaker();
    const f = await failure(ana.api.speaker.saveDraft(draftInput(slug, '', { title: ' ', sessionTypeId: null })));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', { title: 'Give your proposal a title.', sessionTypeId: 'Choose a session type.' }]);
    expect(await db.submission.count({ where: { conferenceId: conference.id } })).toBe(0);
  });

  it('refuses to submit without the required answer and abstract, next to each field, and leaves the draft as saved', async () => {
    const { slug, talk, level, conference } = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.saveDraft(draftInput(slug, talk.id));
    const f = await failure(ana.api.speaker.submit({ ...draftInput(slug, talk.id, { title: 'Changed title', abstract: '' }), code }));
    expect(f).toEqual({
      code: 'BAD_REQUEST',
      message: 'The proposal cannot be submitted yet: see the marked fields.',
      fields: { abstract: 'Write an abstract: it is required to submit.', [`answers.${level.id}`]: 'Please answer this question.' },
    });
    const row = await db.submission.findFirstOrThrow({ where: { conferenceId: conference.id, code } });
    expect([row.state, row.title, row.submittedAt]).toEqual(['DRAFT', 'Thin provisioning without tears', null]);
    expect(await outboxFor(conference.id)).toEqual([]);
  });

  it('refuses a malformed answer even in a draft', async () => {
    const { slug, talk, level } = await makeCfpConference();
    const ana = await speaker();
    const f = await failure(ana.api.speaker.saveDraft(draftInput(slug, talk.id, { answers: { [level.id]: 'Guru' } })));
    expect(f.fields).toEqual({ [`answers.${level.id}`]: 'Choose one of the options.' });
  });

  it('submits a new proposal in one step and asks track-limited questions only in that track', async () => {
    const { slug, talk, track, level, conference } = await makeCfpConference();
    const storageOnly = await db.question.create({ data: { conferenceId: conference.id, target: 'PROPOSAL', kind: 'NUMBER', label: 'Disks', required: true, trackId: track.id, position: 2 } });
    const ana = await speaker();
    const noTrack = await ana.api.speaker.submit(draftInput(slug, talk.id, { answers: { [level.id]: 'Beginner', [storageOnly.id]: '12' } }));
    expect(noTrack.state).toBe('SUBMITTED');
    // The answer to a question that does not apply is not kept.
    expect((await ana.api.speaker.proposal({ slug, code: noTrack.code })).proposal.answers).toEqual({ [level.id]: 'Beginner' });
    const f = await failure(ana.api.speaker.submit(draftInput(slug, talk.id, { trackId: track.id, answers: { [level.id]: 'Beginner' } })));
    expect(f.fields).toEqual({ [`answers.${storageOnly.id}`]: 'Please answer this question.' });
    const inTrack = await ana.api.speaker.submit(draftInput(slug, talk.id, { trackId: track.id, answers: { [level.id]: 'Beginner', [storageOnly.id]: '12' } }));
    expect((await ana.api.speaker.proposal({ slug, code: inTrack.code })).proposal.answers).toEqual({ [level.id]: 'Beginner', [storageOnly.id]: 12 });
  });

  it('edits a submitted proposal while the call is open, and keeps it complete', async () => {
    const { slug, talk, workshop, level } = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.submit(draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }));
    const r = await ana.api.speaker.update({ ...draftInput(slug, workshop.id, { title: 'Thin provisioning, hands on', answers: { [level.id]: 'Beginner' } }), code });
    expect(r).toEqual({ code, state: 'SUBMITTED' });
    const p = (await ana.api.speaker.proposal({ slug, code })).proposal;
    expect([p.title, p.sessionType.name, p.answers]).toEqual(['Thin provisioning, hands on', 'Workshop', { [level.id]: 'Beginner' }]);
    const f = await failure(ana.api.speaker.update({ ...draftInput(slug, workshop.id, { abstract: '' }), code }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', { abstract: 'Write an abstract: it is required to submit.', [`answers.${level.id}`]: 'Please answer this question.' }]);
  });

  it('uses saveDraft only for drafts and update only for submitted proposals', async () => {
    const { slug, talk, level } = await makeCfpConference();
    const ana = await speaker();
    const draft = await ana.api.speaker.saveDraft(draftInput(slug, talk.id));
    expect(await failure(ana.api.speaker.update({ ...draftInput(slug, talk.id), code: draft.code }))).toEqual({
      code: 'CONFLICT',
      message: 'This proposal is still a draft: save it as a draft or submit it.',
      fields: {},
    });
    await ana.api.speaker.submit({ ...draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }), code: draft.code });
    expect((await failure(ana.api.speaker.saveDraft({ ...draftInput(slug, talk.id), code: draft.code }))).message).toBe(
      'This proposal is already submitted: save your changes instead of a draft.',
    );
    expect((await failure(ana.api.speaker.submit({ ...draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }), code: draft.code }))).message).toBe(
      'A submitted proposal cannot be submitted.',
    );
  });
});

describe('deadlines', () => {
  it('refuses changes after the deadline with a clear message and changes nothing', async () => {
    const { slug, talk, level, conference } = await makeCfpConference();
    const ana = await speaker();
    const draft = await ana.api.speaker.saveDraft(draftInput(slug, talk.id));
    const submitted = await ana.api.speaker.submit(draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }));
    await db.conference.update({ where: { id: conference.id }, data: { cfpClosesAt: new Date(Date.now() - 60_000) } });
    const before = await db.submission.findMany({ where: { conferenceId: conference.id }, orderBy: { code: 'asc' } });
    const mailsBefore = await db.outboxMail.count({ where: { conferenceId: conference.id } });

    const attempts = {
      'update a submitted one': () => ana.api.speaker.update({ ...draftInput(slug, talk.id, { title: 'Late change', answers: { [level.id]: 'Expert' } }), code: submitted.code }),
      'save a draft': () => ana.api.speaker.saveDraft({ ...draftInput(slug, talk.id, { title: 'Late change' }), code: draft.code }),
      'submit a draft': () => ana.api.speaker.submit({ ...draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }), code: draft.code }),
    };
    for (const [what, attempt] of Object.entries(attempts)) {
      expect([what, await failure(attempt())]).toEqual([what, { code: 'CONFLICT', message: 'The deadline for this session type has passed.', fields: {} }]);
    }
    expect(await failure(ana.api.speaker.saveDraft(draftInput(slug, talk.id)))).toEqual({ code: 'CONFLICT', message: 'The call for papers is closed.', fields: {} });
    expect(await db.submission.findMany({ where: { conferenceId: conference.id }, orderBy: { code: 'asc' } })).toEqual(before);
    expect(await db.outboxMail.count({ where: { conferenceId: conference.id } })).toBe(mailsBefore);

    const shown = await ana.api.speaker.proposal({ slug, code: submitted.code });
    expect([shown.editable, shown.actions.update, shown.actions.withdraw, shown.nextStep]).toEqual([
      { ok: false, reason: 'The deadline for this session type has passed.' },
      false,
      true,
      'Submitted and under review.',
    ]);
  });

  it('honours a session type deadline of its own, also when moving a proposal to that type', async () => {
    const { slug, talk, workshop, level } = await makeCfpConference();
    await db.sessionType.update({ where: { id: workshop.id }, data: { cfpClosesAt: new Date(Date.now() - 60_000) } });
    const ana = await speaker();
    expect((await failure(ana.api.speaker.saveDraft(draftInput(slug, workshop.id)))).message).toBe('The deadline for this session type has passed.');
    const { code } = await ana.api.speaker.submit(draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }));
    expect((await failure(ana.api.speaker.update({ ...draftInput(slug, workshop.id, { answers: { [level.id]: 'Expert' } }), code }))).message).toBe(
      'The deadline for the chosen session type has passed.',
    );
  });

  it('refuses proposals before the call opens', async () => {
    const { slug, talk, conference } = await makeCfpConference();
    await db.conference.update({ where: { id: conference.id }, data: { cfpOpensAt: new Date(Date.now() + 86_400_000) } });
    const ana = await speaker();
    expect(await failure(ana.api.speaker.saveDraft(draftInput(slug, talk.id)))).toEqual({ code: 'CONFLICT', message: 'The call for papers is not open yet.', fields: {} });
  });

  it('freezes submitted proposals while a review phase says speakers cannot edit', async () => {
    const { slug, talk, level, conference } = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.submit(draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }));
    await db.reviewPhase.create({ data: { conferenceId: conference.id, name: 'Review', startsAt: new Date(Date.now() - 60_000), speakersCanEdit: false } });
    expect((await failure(ana.api.speaker.update({ ...draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }), code }))).message).toBe(
      'Proposals are under review and cannot be changed now.',
    );
  });
});

describe('withdraw, confirm, decline', () => {
  async function submittedProposal() {
    const setup = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.submit(draftInput(setup.slug, setup.talk.id, { answers: { [setup.level.id]: 'Expert' } }));
    const setState = (state: 'ACCEPTED' | 'SUBMITTED') => db.submission.update({ where: { conferenceId_code: { conferenceId: setup.conference.id, code } }, data: { state } });
    const row = () => db.submission.findUniqueOrThrow({ where: { conferenceId_code: { conferenceId: setup.conference.id, code } } });
    return { ...setup, ana, code, setState, row };
  }

  it('withdraws a submitted proposal once', async () => {
    const { ana, slug, code, row } = await submittedProposal();
    expect(await ana.api.speaker.withdraw({ slug, code })).toEqual({ code, state: 'WITHDRAWN' });
    expect((await row()).state).toBe('WITHDRAWN');
    expect(await failure(ana.api.speaker.withdraw({ slug, code }))).toEqual({ code: 'CONFLICT', message: 'A withdrawn proposal cannot be withdrawn.', fields: {} });
  });

  it('confirms an accepted proposal: confirmed, with the time, ready for scheduling', async () => {
    const { ana, slug, code, setState, row } = await submittedProposal();
    await setState('ACCEPTED');
    const shown = await ana.api.speaker.proposal({ slug, code });
    expect([shown.actions.confirm, shown.actions.decline, shown.nextStep]).toEqual([true, true, 'Confirm your session']);
    expect((await ana.api.speaker.myProposals({ slug })).proposals[0]?.nextStep).toBe('Confirm your session');
    expect(await ana.api.speaker.confirm({ slug, code })).toEqual({ code, state: 'CONFIRMED' });
    const r = await row();
    expect(r.state).toBe('CONFIRMED');
    expect(r.confirmedAt).toBeInstanceOf(Date);
    expect(await failure(ana.api.speaker.decline({ slug, code }))).toEqual({ code: 'CONFLICT', message: 'A confirmed proposal cannot be declined.', fields: {} });
  });

  it('declines an accepted proposal: it is withdrawn', async () => {
    const { ana, slug, code, setState, row } = await submittedProposal();
    await setState('ACCEPTED');
    expect(await ana.api.speaker.decline({ slug, code })).toEqual({ code, state: 'WITHDRAWN' });
    expect([(await row()).state, (await row()).confirmedAt]).toEqual(['WITHDRAWN', null]);
  });

  it('cannot confirm or decline what was not accepted', async () => {
    const { ana, slug, code } = await submittedProposal();
    expect((await failure(ana.api.speaker.confirm({ slug, code }))).message).toBe('A submitted proposal cannot be confirmed.');
    expect((await failure(ana.api.speaker.decline({ slug, code }))).message).toBe('A submitted proposal cannot be declined.');
  });
});

describe('co-speakers', () => {
  async function invited(email = 'cleo@example.test') {
    const setup = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.submit(draftInput(setup.slug, setup.talk.id, { answers: { [setup.level.id]: 'Expert' } }));
    const r = await ana.api.speaker.inviteCoSpeaker({ slug: setup.slug, code, email: ` ${email.toUpperCase()} ` });
    const mail = (await outboxFor(setup.conference.id)).find((m) => m.templateKey === 'CO_SPEAKER_INVITE')!;
    const token = /\/invites\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]!;
    return { ...setup, ana, code, invite: r, mail, token };
  }

  it('mails a single-use link, stores only its hash, and lets the invitee see the invitation', async () => {
    const { invite, mail, token, ana, slug, code } = await invited();
    expect(invite.email).toBe('cleo@example.test');
    expect(Math.round((invite.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(14);
    expect([mail.to, mail.subject]).toEqual(['cleo@example.test', expect.stringContaining('Ana Speaker invites you to co-present "Thin provisioning without tears"')]);
    expect(mail.body).toContain(`http://localhost:3000/invites/${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await db.coSpeakerInvite.findFirstOrThrow({ where: { email: 'cleo@example.test' }, orderBy: { createdAt: 'desc' } });
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);

    const shown = await (await callerFor(null)).speaker.invite({ token });
    expect([shown.status, shown.title, shown.inviter, shown.viewerIsSpeaker, shown.code]).toEqual(['open', 'Thin provisioning without tears', 'Ana Speaker', false, null]);
    const listed = (await ana.api.speaker.proposal({ slug, code })).proposal.invites;
    expect(listed.map((i) => [i.email, i.status, i.invitedBy])).toEqual([['cleo@example.test', 'pending', 'Ana Speaker']]);
  });

  it('adds the person who accepts as co-speaker (with a new profile); they see the proposal; the link is then used up', async () => {
    const { token, slug, code, conference, ana } = await invited();
    // Someone else holding the unused link (an organizer reading the outbox, say) cannot use it.
    const mallory = await speaker('Mallory Other');
    expect(await failure(mallory.api.speaker.acceptInvite({ token }))).toEqual({
      code: 'FORBIDDEN',
      message: 'This invitation is for cleo@example.test. Sign in with that address (or create an account with it) to join.',
      fields: {},
    });
    const cleo = await speaker('Cleo Co', 'cleo@example.test');
    expect(await db.speakerProfile.count({ where: { conferenceId: conference.id, userId: cleo.user.id } })).toBe(0);
    expect(await cleo.api.speaker.acceptInvite({ token })).toEqual({ slug, code });
    expect(await db.speakerProfile.count({ where: { conferenceId: conference.id, userId: cleo.user.id } })).toBe(1);

    const seen = await cleo.api.speaker.proposal({ slug, code });
    expect(seen.proposal.speakers).toEqual([
      { name: 'Ana Speaker', isYou: false },
      { name: 'Cleo Co', isYou: true },
    ]);
    expect((await cleo.api.speaker.myProposals({ slug })).proposals.map((p) => p.code)).toEqual([code]);
    expect((await ana.api.speaker.proposal({ slug, code })).proposal.invites.map((i) => i.status)).toEqual(['accepted']);
    // Following the link again simply leads back to the proposal.
    expect(await cleo.api.speaker.acceptInvite({ token })).toEqual({ slug, code });

    // A third person holding the used link gets nothing: no proposal, no title.
    const eve = await speaker('Eve Third');
    expect(await failure(eve.api.speaker.acceptInvite({ token }))).toEqual({
      code: 'CONFLICT',
      message: 'This invitation has already been used. Ask the speaker to invite you again if you need to.',
      fields: {},
    });
    expect((await failure(eve.api.speaker.proposal({ slug, code }))).code).toBe('NOT_FOUND');
    const shownToEve = await eve.api.speaker.invite({ token });
    expect([shownToEve.status, shownToEve.title, shownToEve.inviter, shownToEve.code]).toEqual(['accepted', null, null, null]);
    expect(await db.submissionSpeaker.count({ where: { submission: { code, conferenceId: conference.id } } })).toBe(2);
  });

  it('refuses an expired link with a clear message and adds nobody', async () => {
    const { token, conference, code } = await invited();
    await db.coSpeakerInvite.updateMany({ where: { submission: { conferenceId: conference.id } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const dan = await speaker('Dan Late');
    const f = await failure(dan.api.speaker.acceptInvite({ token }));
    expect(f.code).toBe('CONFLICT');
    expect(f.message).toMatch(/^This invitation expired on \w+day, \d{1,2} \w+ \d{4}\. Ask Ana Speaker to invite you again\.$/);
    expect((await (await callerFor(null)).speaker.invite({ token })).status).toBe('expired');
    expect(await db.submissionSpeaker.count({ where: { submission: { code, conferenceId: conference.id } } })).toBe(1);
  });

  it('refuses an unknown link, an invitation of an existing speaker, and the inviter accepting their own link', async () => {
    const { token, slug, code, ana } = await invited();
    expect(await failure((await callerFor(null)).speaker.invite({ token: 'x'.repeat(43) }))).toEqual({
      code: 'NOT_FOUND',
      message: 'This invitation link is not valid. Check that you copied all of it.',
      fields: {},
    });
    expect((await failure(ana.api.speaker.inviteCoSpeaker({ slug, code, email: ana.user.email! }))).fields).toEqual({ email: 'This person is already a speaker of this proposal.' });
    expect((await failure(ana.api.speaker.inviteCoSpeaker({ slug, code, email: 'nope' }))).fields).toEqual({ email: 'Enter an email address like name@example.org.' });
    expect((await failure(ana.api.speaker.acceptInvite({ token }))).message).toBe('You are already a speaker of this proposal.');
    expect((await (await callerFor(null)).speaker.invite({ token })).status).toBe('open');
  });

  it('refuses invitations for a withdrawn proposal, and its open links no longer work', async () => {
    const { token, slug, code, ana } = await invited();
    await ana.api.speaker.withdraw({ slug, code });
    expect((await failure(ana.api.speaker.inviteCoSpeaker({ slug, code, email: 'late@example.test' }))).message).toBe('This proposal is closed: it cannot get new co-speakers.');
    const fay = await speaker('Fay');
    expect((await failure(fay.api.speaker.acceptInvite({ token }))).message).toBe('This proposal is closed: the invitation no longer applies.');
  });

  it('a co-speaker can edit and submit the shared draft, and every speaker gets the mail', async () => {
    const setup = await makeCfpConference();
    const ana = await speaker();
    const { code } = await ana.api.speaker.saveDraft(draftInput(setup.slug, setup.talk.id));
    await ana.api.speaker.inviteCoSpeaker({ slug: setup.slug, code, email: 'gus@example.test' });
    const mail = (await outboxFor(setup.conference.id)).find((m) => m.templateKey === 'CO_SPEAKER_INVITE')!;
    const gus = await speaker('Gus Co', 'gus@example.test');
    await gus.api.speaker.acceptInvite({ token: /\/invites\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]! });
    await gus.api.speaker.submit({ ...draftInput(setup.slug, setup.talk.id, { answers: { [setup.level.id]: 'Beginner' } }), code });
    const received = (await outboxFor(setup.conference.id)).filter((m) => m.templateKey === 'SUBMISSION_RECEIVED').map((m) => m.to);
    expect(received).toEqual([ana.user.email, gus.user.email]);
  });
});

describe('speaker profile', () => {
  it('is empty before first use, created with a code on first save, and saves name, bio and links', async () => {
    const { slug, conference } = await makeCfpConference();
    const ana = await speaker();
    const empty = await ana.api.speaker.profile({ slug });
    expect([empty.code, empty.name, empty.bio, empty.links, empty.avatar, empty.collectAvailability]).toEqual([null, 'Ana Speaker', '', [], null, false]);
    const r = await ana.api.speaker.updateProfile({ slug, name: 'Ana B. Speaker', bio: 'I work on **storage**.', links: ['https://ana.example.org', ' ', 'http://blog.example.org/x'] });
    const row = await db.speakerProfile.findFirstOrThrow({ where: { conferenceId: conference.id, userId: ana.user.id } });
    expect([row.code, row.bio, row.links]).toEqual([r.code, 'I work on **storage**.', ['https://ana.example.org/', 'http://blog.example.org/x']]);
    // A new request reads the new name (the context loads the user per request).
    expect((await (await callerFor(ana.user.id)).speaker.profile({ slug })).name).toBe('Ana B. Speaker');
  });

  it('refuses a script in the bio next to the field and keeps what was saved', async () => {
    const { slug, conference } = await makeCfpConference();
    const ana = await speaker();
    await ana.api.speaker.updateProfile({ slug, name: 'Ana', bio: 'Safe bio.', links: [] });
    for (const bio of ['Hi <script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
      const f = await failure(ana.api.speaker.updateProfile({ slug, name: 'Ana Changed', bio, links: ['https://new.example.org'] }));
      expect(f).toEqual({
        code: 'BAD_REQUEST',
        message: 'Your profile was not saved: see the marked fields.',
        fields: { bio: 'Bios are Markdown; HTML tags like <script> are not allowed.' },
      });
    }
    const row = await db.speakerProfile.findFirstOrThrow({ where: { conferenceId: conference.id, userId: ana.user.id }, include: { user: true } });
    expect([row.bio, row.links, row.user.name]).toEqual(['Safe bio.', [], 'Ana']);
  });

  it('refuses a link that is not http(s)', async () => {
    const { slug } = await makeCfpConference();
    const ana = await speaker();
    expect((await failure(ana.api.speaker.updateProfile({ slug, name: 'Ana', links: ['javascript:alert(1)'] }))).fields).toEqual({
      links: 'Link 1 ("javascript:alert(1)") is not a web address starting with http:// or https://.',
    });
  });

  it('stores availability in UTC from local windows when the conference asks, and shows it back locally', async () => {
    const { slug, conference } = await makeCfpConference({ collectAvailability: true });
    const ana = await speaker();
    const profile = await ana.api.speaker.profile({ slug });
    expect(profile.days).toEqual([
      { date: '2030-05-06', label: 'Monday, 6 May 2030' },
      { date: '2030-05-07', label: 'Tuesday, 7 May 2030' },
    ]);
    await ana.api.speaker.updateProfile({
      slug,
      name: 'Ana',
      availability: [
        { date: '2030-05-06', start: '09:00', end: '12:30' },
        { date: '2030-05-07', start: '14:00', end: '18:00' },
      ],
    });
    const rows = await db.availability.findMany({ where: { speakerProfile: { conferenceId: conference.id, userId: ana.user.id } }, orderBy: { start: 'asc' } });
    expect(rows.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([
      ['2030-05-06T07:00:00.000Z', '2030-05-06T10:30:00.000Z'],
      ['2030-05-07T12:00:00.000Z', '2030-05-07T16:00:00.000Z'],
    ]);
    expect((await ana.api.speaker.profile({ slug })).availability).toEqual([
      { date: '2030-05-06', start: '09:00', end: '12:30' },
      { date: '2030-05-07', start: '14:00', end: '18:00' },
    ]);
    const f = await failure(ana.api.speaker.updateProfile({ slug, name: 'Ana', availability: [{ date: '2030-05-09', start: '09:00', end: '10:00' }, { date: '2030-05-06', start: '11:00', end: '10:00' }] }));
    expect(f.fields).toEqual({ 'availability.0': 'This is not a day of the conference.', 'availability.1': 'The end must be after the start.' });
    expect(await db.availability.count({ where: { speakerProfile: { conferenceId: conference.id, userId: ana.user.id } } })).toBe(2);
  });

  it('asks required speaker questions: refused on save when missing, and before submitting a proposal', async () => {
    const { slug, talk, level, conference } = await makeCfpConference();
    const travel = await db.question.create({ data: { conferenceId: conference.id, target: 'SPEAKER', kind: 'BOOLEAN', label: 'Do you need travel support?', required: true } });
    const ana = await speaker();
    expect((await ana.api.speaker.profile({ slug })).questions.map((q) => q.label)).toEqual(['Do you need travel support?']);
    expect((await failure(ana.api.speaker.updateProfile({ slug, name: 'Ana' }))).fields).toEqual({ [`answers.${travel.id}`]: 'Please answer this question.' });
    const submit = () => ana.api.speaker.submit(draftInput(slug, talk.id, { answers: { [level.id]: 'Expert' } }));
    expect(await failure(submit())).toEqual({
      code: 'BAD_REQUEST',
      message: 'Before submitting, answer the required question of your speaker profile: Do you need travel support?',
      fields: {},
    });
    await ana.api.speaker.updateProfile({ slug, name: 'Ana', answers: { [travel.id]: 'no' } });
    expect((await ana.api.speaker.profile({ slug })).answers).toEqual({ [travel.id]: false });
    expect((await submit()).state).toBe('SUBMITTED');
  });
});
