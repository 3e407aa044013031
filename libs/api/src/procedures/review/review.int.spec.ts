// The review procedures at work: settings, reviews and phase gating, manual and automatic assignment, the ranking,
// and decisions with their mails. Wrong roles are in review-access.int.spec.ts.
import { describe, expect, it } from 'vitest';
import {
  makeConference,
  makeConferenceTrack,
  makeMember,
  makeReviewer,
  makeReviewPhase,
  makeScoreCategory,
  makeSpeakerAccount,
  makeSubmittedProposal,
} from '@podium/db/testing';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi, type Api } from '../../testing.int-helpers.ts';

const { db, callerFor } = useTestApi();

async function world() {
  const conference = await makeConference(db, { timeZone: 'Europe/Madrid' });
  const organizer = await makeMember(db, conference.id, 'ORGANIZER');
  const virt = await makeConferenceTrack(db, conference.id, { name: 'Virtualization' });
  const mgmt = await makeConferenceTrack(db, conference.id, { name: 'Management' });
  return { conference, slug: conference.slug, organizer, virt, mgmt, org: await callerFor(organizer.id) };
}

const phaseInput = { name: 'Blind review', startsAt: '', endsAt: '', reviewersCanReview: true, blind: true, reviewersSeeOtherReviews: false, speakersCanEdit: false, organizersCanDecide: true };
const categoryInput = { name: 'Content', description: 'Is it worth hearing?', weight: 2, minScore: 0, maxScore: 3, required: true, active: true, trackId: null };

describe('review phases', () => {
  it('are created, listed in local time, changed and deleted', async () => {
    const w = await world();
    const { phase } = await w.org.review.createPhase({ slug: w.slug, ...phaseInput, startsAt: '2030-03-01T09:00', endsAt: '2030-03-15T18:00' });
    const stored = await db.reviewPhase.findUniqueOrThrow({ where: { id: phase.id } });
    expect([stored.startsAt?.toISOString(), stored.endsAt?.toISOString(), stored.blind, stored.position]).toEqual(['2030-03-01T08:00:00.000Z', '2030-03-15T17:00:00.000Z', true, 0]);
    const second = await w.org.review.createPhase({ slug: w.slug, ...phaseInput, name: 'Selection', blind: false });
    expect(second.phase.position).toBe(1);
    const list = await w.org.review.phases({ slug: w.slug });
    expect(list.phases.map((p) => [p.name, p.startsAt, p.endsAt, p.running])).toEqual([
      ['Blind review', '2030-03-01T09:00', '2030-03-15T18:00', false],
      ['Selection', '', '', true],
    ]);
    const updated = await w.org.review.updatePhase({ slug: w.slug, id: phase.id, ...phaseInput, name: 'First round', blind: false, startsAt: '', endsAt: '' });
    expect([updated.phase.name, updated.phase.blind, updated.phase.position]).toEqual(['First round', false, 0]);
    await w.org.review.deletePhase({ slug: w.slug, id: second.phase.id });
    expect((await w.org.review.phases({ slug: w.slug })).phases.map((p) => p.name)).toEqual(['First round']);
  });

  it.each([
    ['an end before the start', { startsAt: '2030-03-15T09:00', endsAt: '2030-03-01T09:00' }, { endsAt: 'The end must be after the start.' }],
    ['an empty name', { name: '   ' }, { name: 'A name is required.' }],
    ['a malformed start', { startsAt: 'next monday' }, { startsAt: 'Enter a date and time like 2030-05-06 09:30.' }],
  ])('refuses %s with a message next to the field and saves nothing', async (_what, over, fields) => {
    const w = await world();
    const f = await failure(w.org.review.createPhase({ slug: w.slug, ...phaseInput, ...over }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', fields]);
    expect(await db.reviewPhase.count({ where: { conferenceId: w.conference.id } })).toBe(0);
  });

  it('refuses an invalid change and keeps the phase as it was', async () => {
    const w = await world();
    const { phase } = await w.org.review.createPhase({ slug: w.slug, ...phaseInput });
    const f = await failure(w.org.review.updatePhase({ slug: w.slug, id: phase.id, ...phaseInput, name: 'Renamed', startsAt: '2030-01-02T00:00', endsAt: '2030-01-01T00:00' }));
    expect(f.fields).toEqual({ endsAt: 'The end must be after the start.' });
    expect((await db.reviewPhase.findUniqueOrThrow({ where: { id: phase.id } })).name).toBe('Blind review');
  });

  it('of another conference are NOT_FOUND here', async () => {
    const w = await world();
    const other = await makeConference(db);
    const foreign = await makeReviewPhase(db, other.id);
    expect((await failure(w.org.review.updatePhase({ slug: w.slug, id: foreign.id, ...phaseInput }))).code).toBe('NOT_FOUND');
    expect((await failure(w.org.review.deletePhase({ slug: w.slug, id: foreign.id }))).code).toBe('NOT_FOUND');
    expect(await db.reviewPhase.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(foreign);
  });
});

describe('score categories', () => {
  it('are created, listed with their track, changed and deleted', async () => {
    const w = await world();
    const { category } = await w.org.review.createCategory({ slug: w.slug, ...categoryInput });
    await w.org.review.createCategory({ slug: w.slug, ...categoryInput, name: 'Virt depth', weight: 0.5, minScore: 1, maxScore: 5, trackId: w.virt.id, required: false });
    expect((await w.org.review.categories({ slug: w.slug })).categories.map((c) => [c.name, c.weight, c.minScore, c.maxScore, c.required, c.trackName, c.position])).toEqual([
      ['Content', 2, 0, 3, true, null, 0],
      ['Virt depth', 0.5, 1, 5, false, 'Virtualization', 1],
    ]);
    const updated = await w.org.review.updateCategory({ slug: w.slug, id: category.id, ...categoryInput, name: 'Substance', maxScore: 4, active: false });
    expect([updated.category.name, updated.category.maxScore, updated.category.active]).toEqual(['Substance', 4, false]);
    await w.org.review.deleteCategory({ slug: w.slug, id: category.id });
    expect((await w.org.review.categories({ slug: w.slug })).categories.map((c) => c.name)).toEqual(['Virt depth']);
  });

  it.each([
    ['a highest score not above the lowest', { name: 'Delivery', minScore: 3, maxScore: 3 }, { maxScore: 'The highest score must be greater than the lowest.' }],
    ['a negative weight', { name: 'Delivery', weight: -1 }, { weight: 'The weight must be a number of at least 0.' }],
    ['a taken name', { name: 'content' }, { name: 'There is already a category "content".' }],
    ['no name and a fractional scale', { name: '', minScore: 0.5 }, { name: 'A name is required.', minScore: 'The lowest score must be a whole number.' }],
  ])('refuses %s with messages next to the fields and saves nothing', async (_what, over, fields) => {
    const w = await world();
    await w.org.review.createCategory({ slug: w.slug, ...categoryInput });
    const f = await failure(w.org.review.createCategory({ slug: w.slug, ...categoryInput, ...over }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', fields]);
    expect(await db.scoreCategory.count({ where: { conferenceId: w.conference.id } })).toBe(1);
  });

  it('refuses a track of another conference', async () => {
    const w = await world();
    const other = await makeConference(db);
    const foreign = await makeConferenceTrack(db, other.id);
    const f = await failure(w.org.review.createCategory({ slug: w.slug, ...categoryInput, trackId: foreign.id }));
    expect(f.fields).toEqual({ trackId: 'Pick a track of this conference.' });
  });

  it('in use cannot shrink below given scores nor be deleted', async () => {
    const w = await world();
    const { category } = await w.org.review.createCategory({ slug: w.slug, ...categoryInput });
    const p = await makeSubmittedProposal(db, w.conference.id);
    await w.org.review.save({ slug: w.slug, code: p.code, text: '', scores: { [category.id]: 3 } });
    const shrink = await failure(w.org.review.updateCategory({ slug: w.slug, id: category.id, ...categoryInput, minScore: 0, maxScore: 2 }));
    expect([shrink.code, shrink.fields]).toEqual(['BAD_REQUEST', { maxScore: 'Reviews already give scores up to 3.' }]);
    const del = await failure(w.org.review.deleteCategory({ slug: w.slug, id: category.id }));
    expect([del.code, del.message]).toEqual(['CONFLICT', 'Reviews already score “Content”: deactivate it instead, so their scores are kept.']);
    expect(await db.scoreCategory.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({ maxScore: 3 });
  });
});

describe('the committee', () => {
  /** The link token of the newest mail to `email` in the conference's outbox. */
  const mailedToken = async (conferenceId: string, email: string) => {
    const mail = await db.outboxMail.findFirstOrThrow({ where: { conferenceId, to: email }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    return /\/invites\/team\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]!;
  };

  it('invites an existing account by email (a reviewer only once it accepts), limits it to tracks, lists its load and removes it with its assignments', async () => {
    const w = await world();
    const person = await makeMember(db, (await makeConference(db)).id, 'REVIEWER', { name: 'Nora Newcomer', email: 'nora@example.test' });
    const invited = await w.org.review.inviteReviewer({ slug: w.slug, email: '  NORA@example.test ', trackIds: [w.virt.id] });
    expect([invited.email, invited.replaced]).toEqual(['nora@example.test', 0]);
    expect((await w.org.review.reviewers({ slug: w.slug })).reviewers).toEqual([]);
    const token = await mailedToken(w.conference.id, 'nora@example.test');
    expect(await (await callerFor(person.id)).team.acceptInvite({ token })).toEqual({ slug: w.slug, role: 'REVIEWER' });
    const p = await makeSubmittedProposal(db, w.conference.id, { trackId: w.virt.id });
    await w.org.review.assign({ slug: w.slug, code: p.code, userId: person.id });
    expect((await w.org.review.reviewers({ slug: w.slug })).reviewers).toEqual([
      { userId: person.id, name: 'Nora Newcomer', email: 'nora@example.test', trackIds: [w.virt.id], assigned: 1, reviewed: 0 },
    ]);
    expect(await w.org.review.setReviewerTracks({ slug: w.slug, userId: person.id, trackIds: [w.mgmt.id, w.virt.id, w.mgmt.id] })).toEqual({ trackIds: [w.mgmt.id, w.virt.id] }); // in the conference's track order (by position, then name)
    expect(await w.org.review.removeReviewer({ slug: w.slug, userId: person.id })).toEqual({ removedAssignments: 1 });
    expect((await w.org.review.reviewers({ slug: w.slug })).reviewers).toEqual([]);
    expect(await db.membership.count({ where: { userId: person.id } })).toBe(1); // the other conference's membership stays
  });

  it.each([
    ['no email', '', { email: 'Enter the email address of the person to invite.' }],
    ['a malformed email', 'not-an-email', { email: 'Enter an email address like name@example.org.' }],
  ])('refuses %s with a message next to the field', async (_what, email, fields) => {
    const w = await world();
    const f = await failure(w.org.review.inviteReviewer({ slug: w.slug, email, trackIds: [] }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', fields]);
    expect(await db.membership.count({ where: { conferenceId: w.conference.id } })).toBe(1);
    expect(await db.teamInvite.count({ where: { conferenceId: w.conference.id } })).toBe(0);
  });

  it('refuses someone already on the committee, and tracks of another conference', async () => {
    const w = await world();
    const r = await makeReviewer(db, w.conference.id, { name: 'Rita Reviewer', email: 'rita-dup@example.test' });
    expect((await failure(w.org.review.inviteReviewer({ slug: w.slug, email: 'rita-dup@example.test', trackIds: [] }))).fields).toEqual({ email: 'Rita Reviewer is already a reviewer.' });
    const foreign = await makeConferenceTrack(db, (await makeConference(db)).id);
    expect((await failure(w.org.review.setReviewerTracks({ slug: w.slug, userId: r.id, trackIds: [foreign.id] }))).fields).toEqual({ trackIds: 'Pick tracks of this conference.' });
    expect((await db.membership.findFirstOrThrow({ where: { userId: r.id } })).trackIds).toEqual([]);
    expect((await failure(w.org.review.setReviewerTracks({ slug: w.slug, userId: w.organizer.id, trackIds: [] }))).code).toBe('NOT_FOUND');
  });
});

describe('writing reviews', () => {
  async function reviewWorld() {
    const w = await world();
    const reviewer = await makeReviewer(db, w.conference.id);
    const content = await makeScoreCategory(db, w.conference.id, { name: 'Content', minScore: 0, maxScore: 3, position: 0 });
    const fit = await makeScoreCategory(db, w.conference.id, { name: 'Fit', minScore: -2, maxScore: 2, required: false, position: 1 });
    const virtOnly = await makeScoreCategory(db, w.conference.id, { name: 'Depth', trackId: w.virt.id, position: 2 });
    const p = await makeSubmittedProposal(db, w.conference.id, { trackId: w.mgmt.id });
    return { ...w, reviewer, content, fit, virtOnly, p, api: await callerFor(reviewer.id) };
  }

  it('saves my review, shows it back with its total, and replaces it on a second save', async () => {
    const w = await reviewWorld();
    const saved = await w.api.review.save({ slug: w.slug, code: w.p.code, text: ' Clear and useful. ', scores: { [w.content.id]: 3, [w.fit.id]: -1 } });
    expect(saved).toEqual({ scores: [{ categoryId: w.content.id, value: 3 }, { categoryId: w.fit.id, value: -1 }], total: 2, weighted: 62.5 });
    await w.api.review.save({ slug: w.slug, code: w.p.code, text: 'On second thought.', scores: { [w.content.id]: 1, [w.fit.id]: null } });
    const view = await w.api.review.proposal({ slug: w.slug, code: w.p.code });
    expect(view.categories.map((c) => c.name)).toEqual(['Content', 'Fit']); // "Depth" is for another track
    expect([view.myReview?.text, view.myReview?.scores, view.myReview?.total]).toEqual(['On second thought.', [{ categoryId: w.content.id, value: 1 }], 1]);
    expect(await db.review.count({ where: { submissionId: w.p.id } })).toBe(1);
    const list = await w.api.review.proposals({ slug: w.slug });
    expect(list.items.map((i) => [i.code, i.status, i.myTotal])).toEqual([[w.p.code, 'reviewed', 1]]);
  });

  it.each([
    ['a missing required score', { fit: 1 }, (w: { content: { id: string } }) => ({ [`scores.${w.content.id}`]: 'Give a score for "Content".' })],
    ['a score outside the scale', { content: 4 }, (w: { content: { id: string } }) => ({ [`scores.${w.content.id}`]: '"Content" goes from 0 to 3.' })],
    ['a category of another track', { content: 1, virtOnly: 1 }, (w: { virtOnly: { id: string } }) => ({ [`scores.${w.virtOnly.id}`]: 'This score category does not apply to this proposal.' })],
  ] as const)('refuses %s with a message next to that score and saves nothing', async (_what, scores, expected) => {
    const w = await reviewWorld();
    const byName = { content: w.content.id, fit: w.fit.id, virtOnly: w.virtOnly.id };
    const input = Object.fromEntries(Object.entries(scores).map(([k, v]) => [byName[k as keyof typeof byName], v]));
    const f = await failure(w.api.review.save({ slug: w.slug, code: w.p.code, text: 'x', scores: input }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', expected(w as never)]);
    expect(await db.review.count({ where: { submissionId: w.p.id } })).toBe(0);
  });

  it('refuses a fractional score with a message next to it', async () => {
    const w = await reviewWorld();
    const f = await failure(w.api.review.save({ slug: w.slug, code: w.p.code, text: '', scores: { [w.content.id]: 1.5 } }));
    expect(f.fields).toEqual({ [`scores.${w.content.id}`]: 'Give "Content" as a whole number.' });
  });

  it.each([
    ['a running phase without reviewing', [{ name: 'Selection', reviewersCanReview: false }], 'Reviews cannot be written or changed during “Selection”.'],
    ['phases that all ended', [{ name: 'Review', endsAt: new Date('2001-01-01T00:00:00Z') }], 'No review phase is running now.'],
    ['phases not started yet', [{ name: 'Review', startsAt: new Date('2099-01-01T00:00:00Z') }], 'No review phase is running now.'],
  ])('is refused during %s, and nothing is saved', async (_what, phases, message) => {
    const w = await reviewWorld();
    for (const p of phases) await makeReviewPhase(db, w.conference.id, p);
    const f = await failure(w.api.review.save({ slug: w.slug, code: w.p.code, text: 'x', scores: { [w.content.id]: 2 } }));
    expect([f.code, f.message]).toEqual(['FORBIDDEN', message]);
    expect((await w.api.review.proposal({ slug: w.slug, code: w.p.code })).canReview).toEqual({ ok: false, reason: message });
    expect(await db.review.count({ where: { submissionId: w.p.id } })).toBe(0);
  });

  it('is allowed with no phase configured and in a running reviewing phase', async () => {
    const w = await reviewWorld();
    expect((await w.api.review.proposal({ slug: w.slug, code: w.p.code })).canReview).toEqual({ ok: true, reason: null });
    await w.api.review.save({ slug: w.slug, code: w.p.code, text: 'x', scores: { [w.content.id]: 2 } });
    await makeReviewPhase(db, w.conference.id, { name: 'Review', startsAt: new Date('2001-01-01T00:00:00Z'), endsAt: new Date('2099-01-01T00:00:00Z') });
    await w.api.review.save({ slug: w.slug, code: w.p.code, text: 'y', scores: { [w.content.id]: 3 } });
    expect((await db.review.findFirstOrThrow({ where: { submissionId: w.p.id } })).text).toBe('y');
  });

  it('is refused on a decided proposal', async () => {
    const w = await reviewWorld();
    const decided = await makeSubmittedProposal(db, w.conference.id, { state: 'REJECTED' });
    const f = await failure(w.api.review.save({ slug: w.slug, code: decided.code, text: 'x', scores: { [w.content.id]: 1 } }));
    expect([f.code, f.message]).toEqual(['CONFLICT', 'This proposal is rejected: it is no longer under review.']);
  });

  it('bids are stored and shown back', async () => {
    const w = await reviewWorld();
    expect(await w.api.review.bid({ slug: w.slug, code: w.p.code, preference: 'AVOID' })).toEqual({ preference: 'AVOID' });
    expect(await w.api.review.bid({ slug: w.slug, code: w.p.code, preference: 'WANT' })).toEqual({ preference: 'WANT' });
    expect((await w.api.review.proposal({ slug: w.slug, code: w.p.code })).bid).toBe('WANT');
    expect((await w.api.review.proposals({ slug: w.slug })).items.map((i) => i.bid)).toEqual(['WANT']);
  });
});

describe('the reviewer’s list', () => {
  it('puts assigned proposals first and filters by status, track and state', async () => {
    const w = await world();
    const reviewer = await makeReviewer(db, w.conference.id);
    const api = await callerFor(reviewer.id);
    const a = await makeSubmittedProposal(db, w.conference.id, { title: 'A unassigned', trackId: w.virt.id });
    const b = await makeSubmittedProposal(db, w.conference.id, { title: 'B assigned', trackId: w.mgmt.id });
    const c = await makeSubmittedProposal(db, w.conference.id, { title: 'C assigned, reviewed', trackId: w.virt.id });
    const d = await makeSubmittedProposal(db, w.conference.id, { title: 'D accepted', trackId: w.virt.id, state: 'ACCEPTED' });
    for (const p of [b, c]) await w.org.review.assign({ slug: w.slug, code: p.code, userId: reviewer.id });
    await api.review.save({ slug: w.slug, code: c.code, text: 'ok', scores: {} });
    const titles = async (f: Partial<Parameters<Api['review']['proposals']>[0]>) => (await api.review.proposals({ slug: w.slug, ...f })).items.map((i) => i.title);
    expect(await titles({})).toEqual([b.title, c.title, a.title, d.title]);
    expect(await titles({ status: 'assigned' })).toEqual([b.title, c.title]);
    expect(await titles({ status: 'not-reviewed' })).toEqual([b.title, a.title, d.title]);
    expect(await titles({ status: 'reviewed' })).toEqual([c.title]);
    expect(await titles({ trackId: w.virt.id })).toEqual([c.title, a.title, d.title]);
    expect(await titles({ state: 'ACCEPTED' })).toEqual([d.title]);
    expect((await api.review.proposals({ slug: w.slug })).counts).toEqual({ visible: 4, assignedOpen: 1 });
  });
});

describe('assignments', () => {
  it('are made by hand and removed, and show in the matrix', async () => {
    const w = await world();
    const r = await makeReviewer(db, w.conference.id, { name: 'Rita Reviewer', trackIds: [w.virt.id] });
    const p = await makeSubmittedProposal(db, w.conference.id, { title: 'Nested virt', trackId: w.virt.id });
    await w.org.review.assign({ slug: w.slug, code: p.code, userId: r.id });
    await w.org.review.assign({ slug: w.slug, code: p.code, userId: r.id }); // twice: still one
    const m = await w.org.review.assignments({ slug: w.slug });
    expect(m.reviewers).toEqual([{ userId: r.id, name: 'Rita Reviewer', trackNames: ['Virtualization'], load: 1, reviewed: 0 }]);
    expect(m.proposals.map((x) => [x.title, x.reviewers.map((y) => [y.name, y.source, y.reviewed]), x.reviews])).toEqual([['Nested virt', [['Rita Reviewer', 'MANUAL', false]], 0]]);
    await w.org.review.unassign({ slug: w.slug, code: p.code, userId: r.id });
    expect(await db.reviewAssignment.count({ where: { submissionId: p.id } })).toBe(0);
    expect((await failure(w.org.review.unassign({ slug: w.slug, code: p.code, userId: r.id }))).code).toBe('NOT_FOUND');
  });

  it('by hand respect own proposals, conflicts, track limits and state', async () => {
    const w = await world();
    const r = await makeReviewer(db, w.conference.id, { name: 'Rita Reviewer', trackIds: [w.virt.id] });
    const { profile } = await makeSpeakerAccount(db, w.conference.id, { userId: r.id });
    const own = await makeSubmittedProposal(db, w.conference.id, { trackId: w.virt.id, speakerProfileIds: [profile.id] });
    const conflicted = await makeSubmittedProposal(db, w.conference.id, { trackId: w.virt.id });
    await db.reviewConflict.create({ data: { submissionId: conflicted.id, reviewerId: r.id } });
    const otherTrack = await makeSubmittedProposal(db, w.conference.id, { trackId: w.mgmt.id });
    const accepted = await makeSubmittedProposal(db, w.conference.id, { trackId: w.virt.id, state: 'ACCEPTED' });
    const cases = [
      [own, 'CONFLICT', 'Rita Reviewer is a speaker of this proposal.'],
      [conflicted, 'CONFLICT', 'Rita Reviewer declared a conflict of interest with this proposal.'],
      [otherTrack, 'CONFLICT', 'Rita Reviewer reviews only other tracks.'],
      [accepted, 'CONFLICT', 'Only submitted proposals are assigned for review; this one is accepted.'],
    ] as const;
    for (const [p, code, message] of cases) {
      const f = await failure(w.org.review.assign({ slug: w.slug, code: p.code, userId: r.id }));
      expect([f.code, f.message]).toEqual([code, message]);
    }
    const notReviewer = await failure(w.org.review.assign({ slug: w.slug, code: conflicted.code, userId: w.organizer.id }));
    expect([notReviewer.code, notReviewer.fields]).toEqual(['BAD_REQUEST', { userId: 'Pick a reviewer of this conference.' }]);
    expect(await db.reviewAssignment.count({ where: { reviewerId: { in: [r.id, w.organizer.id] } } })).toBe(0);
  });

  it('automatic: k reviewers per proposal, even loads, own proposals, conflicts and track limits respected, existing kept', async () => {
    const w = await world();
    const anna = await makeReviewer(db, w.conference.id, { name: 'Anna' });
    const ben = await makeReviewer(db, w.conference.id, { name: 'Ben', trackIds: [w.virt.id] });
    const cleo = await makeReviewer(db, w.conference.id, { name: 'Cleo' });
    const dan = await makeReviewer(db, w.conference.id, { name: 'Dan' });
    const { profile: cleoSpeaker } = await makeSpeakerAccount(db, w.conference.id, { userId: cleo.id });
    const proposals = [
      await makeSubmittedProposal(db, w.conference.id, { title: 'P1', trackId: w.virt.id, speakerProfileIds: [cleoSpeaker.id] }),
      await makeSubmittedProposal(db, w.conference.id, { title: 'P2', trackId: w.mgmt.id }),
      await makeSubmittedProposal(db, w.conference.id, { title: 'P3', trackId: w.mgmt.id }),
      await makeSubmittedProposal(db, w.conference.id, { title: 'P4', trackId: w.virt.id }),
      await makeSubmittedProposal(db, w.conference.id, { title: 'P5', trackId: null }),
      await makeSubmittedProposal(db, w.conference.id, { title: 'P6', trackId: w.virt.id }),
    ];
    const [p1, p2, , p4] = proposals;
    await makeSubmittedProposal(db, w.conference.id, { title: 'Draft', state: 'DRAFT' });
    await makeSubmittedProposal(db, w.conference.id, { title: 'Accepted', state: 'ACCEPTED' });
    await db.reviewConflict.create({ data: { submissionId: p2!.id, reviewerId: dan.id } });
    await w.org.review.assign({ slug: w.slug, code: p4!.code, userId: dan.id });
    await (await callerFor(anna.id)).review.bid({ slug: w.slug, code: p1!.code, preference: 'WANT' });

    const result = await w.org.review.autoAssign({ slug: w.slug, reviewsPerProposal: 2 });
    expect(result).toEqual({ created: 11, proposals: 6, reviewers: 4, loads: { min: 3, max: 3 }, preferenceWant: 1, preferenceAvoid: 0, unfilled: [] });

    const rows = await db.reviewAssignment.findMany({ where: { submission: { conferenceId: w.conference.id } }, include: { submission: true } });
    const byProposal = new Map(proposals.map((p) => [p.id, rows.filter((r) => r.submissionId === p.id)]));
    expect(proposals.map((p) => byProposal.get(p.id)!.length)).toEqual([2, 2, 2, 2, 2, 2]);
    const pairs = new Set(rows.map((r) => `${r.reviewerId}:${r.submission.title}`));
    expect([pairs.has(`${cleo.id}:P1`), pairs.has(`${dan.id}:P2`), pairs.has(`${ben.id}:P2`), pairs.has(`${ben.id}:P3`), pairs.has(`${anna.id}:P1`)]).toEqual([false, false, false, false, true]);
    expect(rows.filter((r) => r.source === 'MANUAL').map((r) => [r.reviewerId, r.submission.title])).toEqual([[dan.id, 'P4']]);
    expect(rows.every((r) => ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].includes(r.submission.title))).toBe(true);

    // A second run has nothing left to do.
    expect((await w.org.review.autoAssign({ slug: w.slug, reviewsPerProposal: 2 })).created).toBe(0);
  });

  it('automatic: reports proposals it cannot fill, with the reason', async () => {
    const w = await world();
    const only = await makeReviewer(db, w.conference.id, { name: 'Solo', trackIds: [w.virt.id] });
    const p = await makeSubmittedProposal(db, w.conference.id, { title: 'Mgmt talk', trackId: w.mgmt.id });
    const q = await makeSubmittedProposal(db, w.conference.id, { title: 'Virt talk', trackId: w.virt.id });
    const result = await w.org.review.autoAssign({ slug: w.slug, reviewsPerProposal: 1 });
    expect([result.created, result.unfilled.map((u) => [u.code, u.title, u.missing])]).toEqual([1, [[p.code, 'Mgmt talk', 1]]]);
    expect(result.unfilled[0]?.reason).toContain('track limits');
    expect(await db.reviewAssignment.findMany({ where: { reviewerId: only.id }, select: { submissionId: true, source: true } })).toEqual([{ submissionId: q.id, source: 'AUTOMATIC' }]);
  });

  it('automatic: refuses a bad k next to the field, and says when there is nobody to assign', async () => {
    const w = await world();
    await makeSubmittedProposal(db, w.conference.id);
    const f = await failure(w.org.review.autoAssign({ slug: w.slug, reviewsPerProposal: 0 }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', { reviewsPerProposal: 'Ask for at least 1 review per proposal.' }]);
    const none = await failure(w.org.review.autoAssign({ slug: w.slug, reviewsPerProposal: 2 }));
    expect([none.code, none.message]).toEqual(['CONFLICT', 'There are no reviewers yet: add reviewers first.']);
  });
});

describe('ranking', () => {
  async function rankingWorld() {
    const w = await world();
    const content = await makeScoreCategory(db, w.conference.id, { name: 'Content', weight: 3, minScore: 0, maxScore: 4, position: 0 });
    const delivery = await makeScoreCategory(db, w.conference.id, { name: 'Delivery', weight: 1, minScore: 1, maxScore: 5, position: 1 });
    const retired = await makeScoreCategory(db, w.conference.id, { name: 'Retired', required: false, position: 2 });
    const reviewers = [await makeReviewer(db, w.conference.id), await makeReviewer(db, w.conference.id), await makeReviewer(db, w.conference.id)];
    const talk = await makeSubmittedProposal(db, w.conference.id, { title: 'Alpha', trackId: w.virt.id, speakerName: 'Ada One' });
    const other = await makeSubmittedProposal(db, w.conference.id, { title: 'Beta', trackId: w.mgmt.id, speakerName: 'Bob Two' });
    const none = await makeSubmittedProposal(db, w.conference.id, { title: 'Gamma', trackId: w.virt.id, speakerName: 'Cy Three' });
    await makeSubmittedProposal(db, w.conference.id, { title: 'Withdrawn', state: 'WITHDRAWN' });
    const accepted = await makeSubmittedProposal(db, w.conference.id, { title: 'Delta', state: 'ACCEPTED', speakerName: 'Di Four' });
    const scores: [typeof talk, number, number][] = [
      [talk, 4, 5], // total 9, weighted 100
      [talk, 2, 3], // total 5, weighted 50
      [talk, 0, 1], // total 1, weighted 0
      [other, 3, 5], // total 8, weighted 81.25
    ];
    for (const [i, [p, c, d]] of scores.entries()) {
      const api = await callerFor(reviewers[i % 3]!.id);
      await api.review.save({ slug: w.slug, code: p.code, text: '', scores: { [content.id]: c, [delivery.id]: d, [retired.id]: 3 } });
    }
    await db.scoreCategory.update({ where: { id: retired.id }, data: { active: false } });
    return { ...w, talk, other, none, accepted };
  }

  it('shows every proposal under review or decided with mean, median, weighted score, spread and count', async () => {
    const w = await rankingWorld();
    const r = await w.org.review.ranking({ slug: w.slug });
    expect([r.sort, r.dir, r.total, r.decide]).toEqual(['mean', 'desc', 4, { ok: true, reason: null }]);
    expect(r.rows.map((x) => [x.title, x.state, x.speakers, x.scores])).toEqual([
      ['Beta', 'SUBMITTED', ['Bob Two'], { count: 1, mean: 8, median: 8, weighted: 81.25, spread: 0 }],
      ['Alpha', 'SUBMITTED', ['Ada One'], { count: 3, mean: 5, median: 5, weighted: 50, spread: 8 }],
      ['Delta', 'ACCEPTED', ['Di Four'], { count: 0, mean: null, median: null, weighted: null, spread: null }],
      ['Gamma', 'SUBMITTED', ['Cy Three'], { count: 0, mean: null, median: null, weighted: null, spread: null }],
    ]);
  });

  it.each([
    ['spread, highest first', { sort: 'spread' as const }, ['Alpha', 'Beta', 'Delta', 'Gamma']],
    ['count, lowest first', { sort: 'count' as const, dir: 'asc' as const }, ['Delta', 'Gamma', 'Beta', 'Alpha']],
    ['title, A–Z', { sort: 'title' as const }, ['Alpha', 'Beta', 'Delta', 'Gamma']],
    ['title, Z–A', { sort: 'title' as const, dir: 'desc' as const }, ['Gamma', 'Delta', 'Beta', 'Alpha']],
  ])('sorts by %s on the server', async (_what, sort, titles) => {
    const w = await rankingWorld();
    expect((await w.org.review.ranking({ slug: w.slug, ...sort })).rows.map((x) => x.title)).toEqual(titles);
  });

  it('filters by track, session type and state on the server', async () => {
    const w = await rankingWorld();
    const titles = async (f: object) => (await w.org.review.ranking({ slug: w.slug, sort: 'title', ...f })).rows.map((x) => x.title);
    expect(await titles({ trackId: w.virt.id })).toEqual(['Alpha', 'Gamma']);
    expect(await titles({ state: 'ACCEPTED' })).toEqual(['Delta']);
    expect(await titles({ trackId: w.virt.id, state: 'ACCEPTED' })).toEqual([]);
    const type = await db.sessionType.findFirstOrThrow({ where: { conferenceId: w.conference.id } });
    expect(await titles({ sessionTypeId: type.id })).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
  });
});

describe('decisions', () => {
  it('accept in bulk: valid ones move and queue one mail per speaker, the invalid one is reported and untouched', async () => {
    const w = await world();
    const coSpeaker = await makeSpeakerAccount(db, w.conference.id, { name: 'Carl Cospeaker', email: 'carl@example.test' });
    const first = await makeSpeakerAccount(db, w.conference.id, { name: 'Anna Author', email: 'anna@example.test' });
    const a = await makeSubmittedProposal(db, w.conference.id, { title: 'Two speakers', speakerProfileIds: [first.profile.id, coSpeaker.profile.id] });
    const b = await makeSubmittedProposal(db, w.conference.id, { title: 'From the waitlist', state: 'WAITLISTED', speakerEmail: 'wanda@example.test', speakerName: 'Wanda Wait' });
    const gone = await makeSubmittedProposal(db, w.conference.id, { title: 'Withdrawn one', state: 'WITHDRAWN', speakerEmail: 'will@example.test' });
    const res = await w.org.review.decide({ slug: w.slug, codes: [a.code, gone.code, b.code, 'NOPE42'], decision: 'accept' });
    expect(res).toEqual({
      results: [
        { code: a.code, ok: true, state: 'ACCEPTED', message: null },
        { code: gone.code, ok: false, state: 'WITHDRAWN', message: 'A withdrawn proposal cannot be accepted.' },
        { code: b.code, ok: true, state: 'ACCEPTED', message: null },
        { code: 'NOPE42', ok: false, state: null, message: 'There is no proposal NOPE42 in this conference.' },
      ],
      decided: 2,
      failed: 2,
      mails: 3,
    });
    const rows = await db.submission.findMany({ where: { id: { in: [a.id, b.id, gone.id] } }, select: { title: true, state: true, decidedAt: true }, orderBy: { title: 'asc' } });
    expect(rows.map((r) => [r.title, r.state, r.decidedAt !== null])).toEqual([
      ['From the waitlist', 'ACCEPTED', true],
      ['Two speakers', 'ACCEPTED', true],
      ['Withdrawn one', 'WITHDRAWN', false],
    ]);
    const mails = await db.outboxMail.findMany({ where: { conferenceId: w.conference.id }, orderBy: { to: 'asc' } });
    expect(mails.map((m) => [m.to, m.subject, m.templateKey, m.state, m.submissionId])).toEqual([
      ['anna@example.test', `[${w.conference.name}] Your proposal "Two speakers" was accepted`, 'ACCEPTED', 'PENDING', a.id],
      ['carl@example.test', `[${w.conference.name}] Your proposal "Two speakers" was accepted`, 'ACCEPTED', 'PENDING', a.id],
      ['wanda@example.test', `[${w.conference.name}] Your proposal "From the waitlist" was accepted`, 'ACCEPTED', 'PENDING', b.id],
    ]);
    const publicUrl = process.env.PODIUM_PUBLIC_URL ?? 'http://localhost:3000';
    expect(mails[0]?.body).toContain(`Hello Anna Author,`);
    expect(mails[0]?.body).toContain(`${publicUrl}/${w.slug}/me/proposals/${a.code}`);
  });

  it.each([
    ['reject', 'REJECTED', 'Your proposal "T"'],
    ['waitlist', 'WAITLISTED', 'Your proposal "T" is on the waitlist'],
  ] as const)('%s sets the state and queues the %s mail', async (decision, state, subject) => {
    const w = await world();
    const p = await makeSubmittedProposal(db, w.conference.id, { title: 'T', speakerEmail: `t-${decision}@example.test` });
    const res = await w.org.review.decide({ slug: w.slug, codes: [p.code], decision });
    expect([res.decided, res.mails]).toEqual([1, 1]);
    expect((await db.submission.findUniqueOrThrow({ where: { id: p.id } })).state).toBe(state);
    expect((await db.outboxMail.findMany({ where: { conferenceId: w.conference.id } })).map((m) => [m.to, m.subject, m.templateKey])).toEqual([
      [`t-${decision}@example.test`, `[${w.conference.name}] ${subject}`, state],
    ]);
  });

  it('is refused while the running phase does not let organizers decide, and changes nothing', async () => {
    const w = await world();
    await makeReviewPhase(db, w.conference.id, { name: 'Blind review', organizersCanDecide: false });
    const p = await makeSubmittedProposal(db, w.conference.id);
    const f = await failure(w.org.review.decide({ slug: w.slug, codes: [p.code], decision: 'accept' }));
    expect([f.code, f.message]).toEqual(['FORBIDDEN', 'Decisions cannot be taken during “Blind review”.']);
    expect((await w.org.review.ranking({ slug: w.slug })).decide).toEqual({ ok: false, reason: 'Decisions cannot be taken during “Blind review”.' });
    expect([(await db.submission.findUniqueOrThrow({ where: { id: p.id } })).state, await db.outboxMail.count({ where: { conferenceId: w.conference.id } })]).toEqual(['SUBMITTED', 0]);
  });

  it('refuses an empty selection next to the field', async () => {
    const w = await world();
    const f = await failure(w.org.review.decide({ slug: w.slug, codes: [], decision: 'accept' }));
    expect([f.code, f.fields]).toEqual(['BAD_REQUEST', { codes: 'Select at least one proposal.' }]);
  });

  it('a proposal of another conference is unknown here', async () => {
    const w = await world();
    const foreign = await makeSubmittedProposal(db, (await makeConference(db)).id);
    const res = await w.org.review.decide({ slug: w.slug, codes: [foreign.code], decision: 'reject' });
    expect(res.results).toEqual([{ code: foreign.code, ok: false, state: null, message: `There is no proposal ${foreign.code} in this conference.` }]);
    expect((await db.submission.findUniqueOrThrow({ where: { id: foreign.id } })).state).toBe('SUBMITTED');
  });
});
