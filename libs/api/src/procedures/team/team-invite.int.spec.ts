// Team invitations end to end through the API: an organizer invites an address to the program committee, which grants
// nothing until the person holding that address accepts the mailed link signed in with it. Covers the mail and the
// stored hash, replacing and withdrawing invitations, accepting (once, by the right account only), expired, withdrawn
// and used links, creating the account from the link, and who may invite, list and withdraw.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { markTeamInviteAccepted } from '@podium/db';
import { makeConference, makeConferenceTrack, makeMember, makeReviewer, makeUser } from '@podium/db/testing';
import { formatDateKey, formatUtcOffset, localDateKey, localTimeOfDay, utcOffsetMinutes } from '@podium/domain';
import { verifyPassword } from '@podium/auth';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi, type Api } from '../../testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi();

/** A fresh conference with an organizer (Olga) and two tracks. */
async function world() {
  const conference = await makeConference(db, { timeZone: 'Europe/Madrid' });
  const organizer = await makeMember(db, conference.id, 'ORGANIZER', { name: 'Olga Organizer' });
  const virt = await makeConferenceTrack(db, conference.id, { name: 'Virtualization' });
  const mgmt = await makeConferenceTrack(db, conference.id, { name: 'Management' });
  return { conference, slug: conference.slug, organizer, virt, mgmt, org: await callerFor(organizer.id) };
}
type World = Awaited<ReturnType<typeof world>>;

/** The link token of the newest mail to `email` in the conference's outbox. */
async function mailedToken(conferenceId: string, email: string): Promise<string> {
  const mail = await db.outboxMail.findFirstOrThrow({ where: { conferenceId, to: email }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return /\/invites\/team\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]!;
}

async function invite(w: World, email: string, trackIds: string[] = []) {
  const result = await w.org.review.inviteReviewer({ slug: w.slug, email, trackIds });
  return { result, token: await mailedToken(w.conference.id, result.email) };
}

/** Everything an invitation, an acceptance or a refused call could have changed in a conference. */
async function snapshot(conferenceId: string) {
  return {
    members: await db.membership.findMany({ where: { conferenceId }, select: { userId: true, role: true, trackIds: true }, orderBy: [{ userId: 'asc' }, { role: 'asc' }] }),
    invites: await db.teamInvite.findMany({ where: { conferenceId }, select: { id: true, email: true, acceptedAt: true, acceptedById: true, expiresAt: true }, orderBy: { id: 'asc' } }),
    mails: await db.outboxMail.count({ where: { conferenceId } }),
    audit: await db.auditLogEntry.count({ where: { conferenceId } }),
    users: await db.user.count(),
  };
}

const auditActions = async (conferenceId: string) =>
  (await db.auditLogEntry.findMany({ where: { conferenceId, entity: 'TeamInvite' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { action: true } })).map((a) => a.action);

describe('inviting a reviewer', () => {
  it('for an existing account’s address creates no membership, only an invitation with a hashed token and an outbox mail', async () => {
    const w = await world();
    const nora = await makeUser(db, { name: 'Nora Newcomer', email: 'nora@example.test' });
    const { result, token } = await invite(w, '  NORA@Example.test ', [w.virt.id, w.mgmt.id]);

    expect(result.email).toBe('nora@example.test');
    expect(result.replaced).toBe(0);
    expect(Math.round((result.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(14);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    // Nothing granted: the organizer is still the only member, and Nora cannot open the review.
    expect((await snapshot(w.conference.id)).members).toEqual([{ userId: w.organizer.id, role: 'ORGANIZER', trackIds: [] }]);
    expect((await w.org.review.reviewers({ slug: w.slug })).reviewers).toEqual([]);
    expect((await failure((await callerFor(nora.id)).review.proposals({ slug: w.slug }))).code).toBe('FORBIDDEN');

    const stored = await db.teamInvite.findFirstOrThrow({ where: { conferenceId: w.conference.id } });
    expect([stored.email, stored.role, stored.trackIds, stored.invitedById, stored.acceptedAt, stored.acceptedById, stored.expiresAt]).toEqual([
      'nora@example.test',
      'REVIEWER',
      [w.mgmt.id, w.virt.id], // in the conference's track order (by position, then name)
      w.organizer.id,
      null,
      null,
      result.expiresAt,
    ]);
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);

    const mails = await db.outboxMail.findMany({ where: { conferenceId: w.conference.id } });
    expect(mails.map((m) => [m.to, m.subject, m.templateKey, m.state, m.submissionId])).toEqual([
      ['nora@example.test', `[${w.conference.name}] Olga Organizer invites you to join as reviewer`, 'TEAM_INVITE', 'PENDING', null],
    ]);
    expect(mails[0]!.body).toContain(`join ${w.conference.name} as reviewer for the tracks Management, Virtualization.`);
    expect(mails[0]!.body).toContain(`\nhttp://localhost:3001/invites/team/${token}\n`);
    expect(await auditActions(w.conference.id)).toEqual(['team.invite']);
  });

  it("is worded by the conference's edited TEAM_INVITE template, with the expiry in its local time and offset", async () => {
    const w = await world();
    const other = await world();
    await w.org.mail.templates.update({
      slug: w.slug,
      key: 'TEAM_INVITE',
      subject: '{conference}: join us as {role}',
      body: '{inviter} asks you to review{tracks}.\nAccept: {url}\nValid until {expires}.',
    });

    const { result, token } = await invite(w, 'rita@example.test', [w.virt.id]);
    await invite(other, 'rita@example.test');

    const mail = await db.outboxMail.findFirstOrThrow({ where: { conferenceId: w.conference.id } });
    const tz = 'Europe/Madrid';
    const until = `${formatDateKey(localDateKey(result.expiresAt, tz))}, ${localTimeOfDay(result.expiresAt, tz)} (${formatUtcOffset(utcOffsetMinutes(result.expiresAt, tz))})`;
    // e.g. "Valid until Wednesday, 21 November 2012, 00:30 (UTC+01:00)."
    expect(until).toMatch(/^[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(UTC\+0[12]:00\)$/);
    expect([mail.templateKey, mail.subject, mail.body]).toEqual([
      'TEAM_INVITE',
      `${w.conference.name}: join us as reviewer`,
      `Olga Organizer asks you to review for the track Virtualization.\nAccept: http://localhost:3001/invites/team/${token}\n` +
        `Valid until ${until}.`,
    ]);
    // Another conference keeps the default wording.
    expect((await db.outboxMail.findFirstOrThrow({ where: { conferenceId: other.conference.id } })).subject).toBe(`[${other.conference.name}] Olga Organizer invites you to join as reviewer`);
  });

  it('for an address without an account works too: the link lets the person create it', async () => {
    const w = await world();
    const { token } = await invite(w, 'newbie@example.test');
    const shown = await (await callerFor(null)).team.invite({ token });
    expect(shown).toEqual({
      conference: expect.objectContaining({ slug: w.slug, name: w.conference.name }),
      role: 'REVIEWER',
      status: 'open',
      email: 'newbie@example.test',
      trackNames: [],
      inviter: 'Olga Organizer',
      expiresAt: (await db.teamInvite.findFirstOrThrow({ where: { conferenceId: w.conference.id } })).expiresAt,
      accountExists: false,
      viewer: null,
    });
  });

  it.each([
    ['no email', '', { email: 'Enter the email address of the person to invite.' }],
    ['a malformed email', 'not-an-email', { email: 'Enter an email address like name@example.org.' }],
  ])('refuses %s with a message next to the field and changes nothing', async (_what, email, fields) => {
    const w = await world();
    const before = await snapshot(w.conference.id);
    const f = await failure(w.org.review.inviteReviewer({ slug: w.slug, email, trackIds: [] }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', fields]);
    expect(await snapshot(w.conference.id)).toEqual(before);
  });

  it('refuses someone already on the committee and tracks of another conference, changing nothing', async () => {
    const w = await world();
    await makeReviewer(db, w.conference.id, { name: 'Rita Reviewer', email: 'rita-team@example.test' });
    const foreign = await makeConferenceTrack(db, (await makeConference(db)).id);
    const before = await snapshot(w.conference.id);
    expect((await failure(w.org.review.inviteReviewer({ slug: w.slug, email: 'RITA-team@example.test', trackIds: [] }))).fields).toEqual({ email: 'Rita Reviewer is already a reviewer.' });
    expect((await failure(w.org.review.inviteReviewer({ slug: w.slug, email: 'someone@example.test', trackIds: [foreign.id] }))).fields).toEqual({ trackIds: 'Pick tracks of this conference.' });
    expect(await snapshot(w.conference.id)).toEqual(before);
  });

  it('again to the same address replaces the open invitation: the old link stops working', async () => {
    const w = await world();
    const first = await invite(w, 'paul@example.test');
    const second = await invite(w, 'Paul@example.test', [w.virt.id]);
    expect(second.result.replaced).toBe(1);
    expect(second.token).not.toBe(first.token);
    expect(await failure((await callerFor(null)).team.invite({ token: first.token }))).toEqual({
      code: 'NOT_FOUND',
      message: 'This invitation link is not valid: it may have been withdrawn or replaced by a newer invitation. Ask the organizers to invite you again.',
      fields: {},
    });
    const { invites } = await w.org.review.invites({ slug: w.slug });
    expect(invites.map((i) => [i.email, i.trackIds, i.invitedBy, i.expired])).toEqual([['paul@example.test', [w.virt.id], 'Olga Organizer', false]]);
    expect(await auditActions(w.conference.id)).toEqual(['team.invite', 'team.invite']);
  });

  it('lists pending invitations newest first, flags expired ones and drops accepted ones', async () => {
    const w = await world();
    const ann = await makeUser(db, { email: 'ann@example.test' });
    const a = await invite(w, 'ann@example.test');
    await invite(w, 'ben@example.test');
    await db.teamInvite.updateMany({ where: { conferenceId: w.conference.id, email: 'ben@example.test' }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await invite(w, 'cy@example.test');
    expect((await w.org.review.invites({ slug: w.slug })).invites.map((i) => [i.email, i.expired])).toEqual([
      ['cy@example.test', false],
      ['ben@example.test', true],
      ['ann@example.test', false],
    ]);
    await (await callerFor(ann.id)).team.acceptInvite({ token: a.token });
    expect((await w.org.review.invites({ slug: w.slug })).invites.map((i) => i.email)).toEqual(['cy@example.test', 'ben@example.test']);
  });
});

describe('withdrawing an invitation', () => {
  it('makes its link invalid, is audited, and cannot withdraw an accepted or foreign one', async () => {
    const w = await world();
    const dora = await makeUser(db, { email: 'dora@example.test' });
    const { token } = await invite(w, 'dora@example.test');
    const [pending] = (await w.org.review.invites({ slug: w.slug })).invites;
    expect(await w.org.review.revokeInvite({ slug: w.slug, id: pending!.id })).toEqual({ email: 'dora@example.test' });
    expect((await w.org.review.invites({ slug: w.slug })).invites).toEqual([]);
    const f = await failure((await callerFor(dora.id)).team.acceptInvite({ token }));
    expect([f.code, f.message]).toEqual(['NOT_FOUND', 'This invitation link is not valid: it may have been withdrawn or replaced by a newer invitation. Ask the organizers to invite you again.']);
    expect(await db.membership.count({ where: { conferenceId: w.conference.id, userId: dora.id } })).toBe(0);
    expect(await auditActions(w.conference.id)).toEqual(['team.invite', 'team.invite-revoke']);
    expect((await failure(w.org.review.revokeInvite({ slug: w.slug, id: pending!.id }))).code).toBe('NOT_FOUND');

    // Accepted: nothing to withdraw (the reviewer is removed as a reviewer instead).
    const again = await invite(w, 'dora@example.test');
    const [open] = (await w.org.review.invites({ slug: w.slug })).invites;
    await (await callerFor(dora.id)).team.acceptInvite({ token: again.token });
    expect((await failure(w.org.review.revokeInvite({ slug: w.slug, id: open!.id }))).code).toBe('NOT_FOUND');
    expect(await db.membership.count({ where: { conferenceId: w.conference.id, userId: dora.id } })).toBe(1);

    // Another conference's organizer, through their own conference, cannot reach it either.
    const other = await world();
    await invite(w, 'eli@example.test');
    const [eli] = (await w.org.review.invites({ slug: w.slug })).invites;
    const before = await snapshot(w.conference.id);
    expect((await failure(other.org.review.revokeInvite({ slug: other.slug, id: eli!.id }))).code).toBe('NOT_FOUND');
    expect(await snapshot(w.conference.id)).toEqual(before);
  });
});

describe('accepting an invitation', () => {
  it('as the invited account creates exactly one membership with the role and tracks, uses up the link, and is audited', async () => {
    const w = await world();
    const nora = await makeUser(db, { name: 'Nora Newcomer', email: 'nora.accept@example.test' });
    const { token } = await invite(w, 'Nora.Accept@example.test', [w.virt.id]);
    const api = await callerFor(nora.id);
    const before = await api.team.invite({ token });
    expect([before.status, before.accountExists, before.viewer, before.trackNames]).toEqual(['open', true, { email: 'nora.accept@example.test', isInvitee: true, acceptedIt: false }, ['Virtualization']]);

    expect(await api.team.acceptInvite({ token })).toEqual({ slug: w.slug, role: 'REVIEWER' });
    const members = await db.membership.findMany({ where: { conferenceId: w.conference.id, userId: nora.id }, select: { role: true, trackIds: true } });
    expect(members).toEqual([{ role: 'REVIEWER', trackIds: [w.virt.id] }]);
    const stored = await db.teamInvite.findFirstOrThrow({ where: { conferenceId: w.conference.id } });
    expect([stored.acceptedById, stored.acceptedAt instanceof Date]).toEqual([nora.id, true]);
    expect(await auditActions(w.conference.id)).toEqual(['team.invite', 'team.invite-accept']);
    // She is on the committee now: the review opens for her and the organizers list her.
    expect((await failure((await callerFor(nora.id)).review.proposals({ slug: w.slug }))).code).toBe('OK');
    expect((await w.org.review.reviewers({ slug: w.slug })).reviewers.map((r) => [r.name, r.trackIds])).toEqual([['Nora Newcomer', [w.virt.id]]]);

    // Following the link again leads her back in, granting nothing more.
    expect(await api.team.acceptInvite({ token })).toEqual({ slug: w.slug, role: 'REVIEWER' });
    expect(await db.membership.count({ where: { conferenceId: w.conference.id, userId: nora.id } })).toBe(1);
    expect(await auditActions(w.conference.id)).toEqual(['team.invite', 'team.invite-accept']);
    const after = await api.team.invite({ token });
    expect([after.status, after.email, after.viewer]).toEqual(['accepted', 'nora.accept@example.test', { email: 'nora.accept@example.test', isInvitee: true, acceptedIt: true }]);
    // Anyone else holding the used link learns neither the address nor the tracks.
    const shownToStranger = await (await callerFor(null)).team.invite({ token });
    expect([shownToStranger.status, shownToStranger.email, shownToStranger.trackNames, shownToStranger.inviter, shownToStranger.accountExists]).toEqual(['accepted', null, [], null, null]);
  });

  it('as another account (a different address) is refused and changes nothing', async () => {
    const w = await world();
    await makeUser(db, { email: 'victim@example.test' });
    const mallory = await makeUser(db, { name: 'Mallory', email: 'mallory@example.test' });
    const { token } = await invite(w, 'victim@example.test');
    const before = await snapshot(w.conference.id);
    const api = await callerFor(mallory.id);
    expect(await failure(api.team.acceptInvite({ token }))).toEqual({
      code: 'FORBIDDEN',
      message: 'This invitation is for victim@example.test. Sign in with that address (or create an account with it) to accept it.',
      fields: {},
    });
    expect((await api.team.invite({ token })).viewer).toEqual({ email: 'mallory@example.test', isInvitee: false, acceptedIt: false });
    // The organizer who holds the outbox mail cannot use it either.
    expect((await failure(w.org.team.acceptInvite({ token }))).code).toBe('FORBIDDEN');
    expect(await snapshot(w.conference.id)).toEqual(before);
  });

  it('refuses anonymous callers, unknown and malformed links, changing nothing', async () => {
    const w = await world();
    const { token } = await invite(w, 'anon@example.test');
    const someone = await callerFor((await makeUser(db, { email: 'anon@example.test' })).id);
    const before = await snapshot(w.conference.id);
    expect(await failure((await callerFor(null)).team.acceptInvite({ token }))).toEqual({ code: 'UNAUTHORIZED', message: 'Please sign in first.', fields: undefined });
    expect((await failure(someone.team.acceptInvite({ token: 'x'.repeat(43) }))).code).toBe('NOT_FOUND');
    expect((await failure(someone.team.acceptInvite({ token: 'short' }))).code).toBe('BAD_REQUEST');
    expect((await failure((await callerFor(null)).team.invite({ token: 'x'.repeat(43) }))).code).toBe('NOT_FOUND');
    expect(await snapshot(w.conference.id)).toEqual(before);
  });

  it('refuses an expired link with a clear message, granting nothing', async () => {
    const w = await world();
    const late = await makeUser(db, { email: 'late@example.test' });
    const { token } = await invite(w, 'late@example.test');
    // 23:30 UTC on 20 November is 21 November in Madrid.
    await db.teamInvite.updateMany({ where: { conferenceId: w.conference.id }, data: { expiresAt: new Date('2020-11-20T23:30:00Z') } });
    const before = await snapshot(w.conference.id);
    expect(await failure((await callerFor(late.id)).team.acceptInvite({ token }))).toEqual({
      code: 'CONFLICT',
      message: `This invitation expired on Saturday, 21 November 2020. Ask the organizers of ${w.conference.name} to invite you again.`,
      fields: {},
    });
    expect((await (await callerFor(late.id)).team.invite({ token })).status).toBe('expired');
    expect(await snapshot(w.conference.id)).toEqual(before);
  });

  it('refuses a link already used by its invitee to anybody else, granting nothing', async () => {
    const w = await world();
    const gil = await makeUser(db, { email: 'gil@example.test' });
    const eve = await makeUser(db, { email: 'eve-team@example.test' });
    const { token } = await invite(w, 'gil@example.test');
    await (await callerFor(gil.id)).team.acceptInvite({ token });
    const before = await snapshot(w.conference.id);
    expect(await failure((await callerFor(eve.id)).team.acceptInvite({ token }))).toEqual({
      code: 'CONFLICT',
      message: 'This invitation has already been used. Ask the organizers to invite you again if you need to.',
      fields: {},
    });
    expect(await snapshot(w.conference.id)).toEqual(before);
  });

  it('twice at the same time gives one membership and one acceptance', async () => {
    const w = await world();
    const hal = await makeUser(db, { email: 'hal@example.test' });
    const { token } = await invite(w, 'hal@example.test');
    const [a, b] = [await callerFor(hal.id), await callerFor(hal.id)];
    const outcomes = await Promise.all([failure(a.team.acceptInvite({ token })), failure(b.team.acceptInvite({ token }))]);
    expect(outcomes.map((o) => o.code)).toEqual(['OK', 'OK']);
    expect(await db.membership.count({ where: { conferenceId: w.conference.id, userId: hal.id } })).toBe(1);
    expect(await auditActions(w.conference.id)).toEqual(['team.invite', 'team.invite-accept']);
    // The store's conditional update is what makes it single use.
    const stored = await db.teamInvite.findFirstOrThrow({ where: { conferenceId: w.conference.id } });
    expect(await markTeamInviteAccepted(db, stored.id, hal.id, new Date())).toBe(false);
  });
});

describe('creating the account from an invitation', () => {
  it('creates it for the invited address only; it can then accept, and a second sign-up is refused', async () => {
    const w = await world();
    const { token } = await invite(w, 'Ivy.New@example.test');
    const anon = await callerFor(null);
    const created = await anon.team.signUp({ token, name: ' Ivy New ', password: 'ivy-password-1' });
    expect([created.email, created.name]).toEqual(['ivy.new@example.test', 'Ivy New']);
    const user = await db.user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(await verifyPassword('ivy-password-1', user.passwordHash)).toBe(true);
    // The account alone grants nothing.
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect((await anon.team.invite({ token })).accountExists).toBe(true);

    const f = await failure(anon.team.signUp({ token, name: 'Ivy Again', password: 'another-pass-1' }));
    expect([f.code, f.message]).toEqual(['CONFLICT', 'An account with ivy.new@example.test already exists: sign in with it to accept the invitation.']);
    expect(await (await callerFor(user.id)).team.acceptInvite({ token })).toEqual({ slug: w.slug, role: 'REVIEWER' });
    expect(await db.membership.count({ where: { conferenceId: w.conference.id, userId: user.id, role: 'REVIEWER' } })).toBe(1);
  });

  it('refuses bad input, and expired, withdrawn or used links, creating no account', async () => {
    const w = await world();
    const anon = await callerFor(null);
    const { token } = await invite(w, 'jo@example.test');
    const users = await db.user.count();
    const bad = await failure(anon.team.signUp({ token, name: '  ', password: 'short' }));
    expect([bad.code, bad.fields]).toEqual(['BAD_REQUEST', { name: 'Enter your name.', password: 'Choose a password of at least 8 characters.' }]);

    await db.teamInvite.updateMany({ where: { conferenceId: w.conference.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await failure(anon.team.signUp({ token, name: 'Jo', password: 'jo-password-1' }))).message).toMatch(/^This invitation expired on \w+day, \d{1,2} \w+ \d{4}\. Ask the organizers of .+ to invite you again\.$/);

    const fresh = await invite(w, 'jo@example.test');
    const [pending] = (await w.org.review.invites({ slug: w.slug })).invites;
    await w.org.review.revokeInvite({ slug: w.slug, id: pending!.id });
    expect((await failure(anon.team.signUp({ token: fresh.token, name: 'Jo', password: 'jo-password-1' }))).code).toBe('NOT_FOUND');

    const kim = await makeUser(db, { email: 'kim@example.test' });
    const used = await invite(w, 'kim@example.test');
    await (await callerFor(kim.id)).team.acceptInvite({ token: used.token });
    expect((await failure(anon.team.signUp({ token: used.token, name: 'Kim Two', password: 'kim-password-1' }))).code).toBe('CONFLICT');
    expect(await db.user.count()).toBe(users + 1); // Kim, made by this test; nobody through the links
  });
});

describe('who may invite, list and withdraw', () => {
  it.each([
    ['inviteReviewer', (api: Api, w: World, _id: string) => api.review.inviteReviewer({ slug: w.slug, email: 'speaker@podium.test', trackIds: [] })],
    ['invites', (api: Api, w: World, _id: string) => api.review.invites({ slug: w.slug })],
    ['revokeInvite', (api: Api, w: World, id: string) => api.review.revokeInvite({ slug: w.slug, id })],
  ] as const)('%s refuses anonymous callers, speakers, reviewers and another conference’s organizer, changing nothing', async (_name, call) => {
    const w = await world();
    await invite(w, 'pending@example.test');
    const [pending] = (await w.org.review.invites({ slug: w.slug })).invites;
    const reviewer = await makeReviewer(db, w.conference.id);
    const stranger = await makeMember(db, (await makeConference(db)).id, 'ORGANIZER');
    const before = await snapshot(w.conference.id);
    expect((await failure(call(await callerFor(null), w, pending!.id))).code).toBe('UNAUTHORIZED');
    for (const who of [await userId('speaker@podium.test'), await userId('reviewer@podium.test'), reviewer.id, stranger.id]) {
      expect(await failure(call(await callerFor(who), w, pending!.id))).toEqual({ code: 'FORBIDDEN', message: 'Only the organizers of this conference may do this.', fields: undefined });
    }
    expect(await snapshot(w.conference.id)).toEqual(before);
  });
});
