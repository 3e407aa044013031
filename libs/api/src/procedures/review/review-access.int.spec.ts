// Who may call each review procedure, and what the committee may see: own and conflicted proposals, track limits,
// blind phases (checked on the whole JSON payload), other reviews.
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

const { db, callerFor, userId } = useTestApi();

/** A fresh conference: an organizer, a reviewer, two tracks and one submitted proposal by a named speaker. */
let worlds = 0;
async function world() {
  const speakerEmail = `zelda.q${++worlds}@example.test`;
  const conference = await makeConference(db);
  const organizer = await makeMember(db, conference.id, 'ORGANIZER');
  const reviewer = await makeReviewer(db, conference.id, { name: 'Rita Reviewer' });
  const virt = await makeConferenceTrack(db, conference.id, { name: 'Virtualization' });
  const mgmt = await makeConferenceTrack(db, conference.id, { name: 'Management' });
  const proposal = await makeSubmittedProposal(db, conference.id, {
    title: 'Live migration at scale',
    trackId: virt.id,
    speakerName: 'Zelda Quartermain',
    speakerEmail,
    speakerBio: 'Zelda maintains the migration code at Quarterco.',
  });
  return { conference, slug: conference.slug, organizer, reviewer, virt, mgmt, proposal, speakerEmail };
}

describe('review API: who may call', () => {
  // Every procedure with an input that would succeed for an organizer (or fail only on the data): the refusals below
  // are therefore about the role.
  const organizerOnly: Record<string, (api: Api, w: Awaited<ReturnType<typeof world>>) => Promise<unknown>> = {
    phases: (api, w) => api.review.phases({ slug: w.slug }),
    createPhase: (api, w) =>
      api.review.createPhase({ slug: w.slug, name: 'Review', startsAt: '', endsAt: '', reviewersCanReview: true, blind: true, reviewersSeeOtherReviews: false, speakersCanEdit: false, organizersCanDecide: true }),
    updatePhase: (api, w) =>
      api.review.updatePhase({ slug: w.slug, id: 'phase-id', name: 'Review', startsAt: '', endsAt: '', reviewersCanReview: true, blind: true, reviewersSeeOtherReviews: false, speakersCanEdit: false, organizersCanDecide: true }),
    deletePhase: (api, w) => api.review.deletePhase({ slug: w.slug, id: 'phase-id' }),
    categories: (api, w) => api.review.categories({ slug: w.slug }),
    createCategory: (api, w) => api.review.createCategory({ slug: w.slug, name: 'Content', description: '', weight: 1, minScore: 0, maxScore: 3, required: true, active: true, trackId: null }),
    updateCategory: (api, w) => api.review.updateCategory({ slug: w.slug, id: 'cat-id', name: 'Content', description: '', weight: 1, minScore: 0, maxScore: 3, required: true, active: true, trackId: null }),
    deleteCategory: (api, w) => api.review.deleteCategory({ slug: w.slug, id: 'cat-id' }),
    reviewers: (api, w) => api.review.reviewers({ slug: w.slug }),
    inviteReviewer: (api, w) => api.review.inviteReviewer({ slug: w.slug, email: 'speaker@podium.test', trackIds: [] }),
    invites: (api, w) => api.review.invites({ slug: w.slug }),
    revokeInvite: (api, w) => api.review.revokeInvite({ slug: w.slug, id: 'invite-id' }),
    setReviewerTracks: (api, w) => api.review.setReviewerTracks({ slug: w.slug, userId: w.reviewer.id, trackIds: [w.mgmt.id] }),
    removeReviewer: (api, w) => api.review.removeReviewer({ slug: w.slug, userId: w.reviewer.id }),
    assignments: (api, w) => api.review.assignments({ slug: w.slug }),
    assign: (api, w) => api.review.assign({ slug: w.slug, code: w.proposal.code, userId: w.reviewer.id }),
    unassign: (api, w) => api.review.unassign({ slug: w.slug, code: w.proposal.code, userId: w.reviewer.id }),
    autoAssign: (api, w) => api.review.autoAssign({ slug: w.slug, reviewsPerProposal: 1 }),
    ranking: (api, w) => api.review.ranking({ slug: w.slug }),
    decide: (api, w) => api.review.decide({ slug: w.slug, codes: [w.proposal.code], decision: 'accept' }),
  };
  const staff: typeof organizerOnly = {
    proposals: (api, w) => api.review.proposals({ slug: w.slug }),
    proposal: (api, w) => api.review.proposal({ slug: w.slug, code: w.proposal.code }),
    save: (api, w) => api.review.save({ slug: w.slug, code: w.proposal.code, text: 'Great.', scores: {} }),
    declareConflict: (api, w) => api.review.declareConflict({ slug: w.slug, code: w.proposal.code }),
    removeConflict: (api, w) => api.review.removeConflict({ slug: w.slug, code: w.proposal.code }),
    bid: (api, w) => api.review.bid({ slug: w.slug, code: w.proposal.code, preference: 'WANT' }),
  };

  /** Everything a refused call could have changed. */
  async function snapshot(conferenceId: string) {
    const where = { submission: { conferenceId } };
    return {
      phases: await db.reviewPhase.count({ where: { conferenceId } }),
      categories: await db.scoreCategory.count({ where: { conferenceId } }),
      members: await db.membership.findMany({ where: { conferenceId }, select: { userId: true, role: true, trackIds: true }, orderBy: { userId: 'asc' } }),
      reviews: await db.review.count({ where }),
      assignments: await db.reviewAssignment.count({ where }),
      conflicts: await db.reviewConflict.count({ where }),
      bids: await db.reviewBid.count({ where }),
      states: await db.submission.findMany({ where: { conferenceId }, select: { code: true, state: true }, orderBy: { code: 'asc' } }),
      mails: await db.outboxMail.count({ where: { conferenceId } }),
      invites: await db.teamInvite.count({ where: { conferenceId } }),
      audit: await db.auditLogEntry.count({ where: { conferenceId } }),
    };
  }

  it.each([...Object.entries(organizerOnly), ...Object.entries(staff)])(
    '%s refuses anonymous callers, speakers (also the proposal’s own speaker) and organizers of another conference, changing nothing',
    async (_name, call) => {
      const w = await world();
      const other = await makeConference(db);
      const stranger = await makeMember(db, other.id, 'ORGANIZER');
      const strangerReviewer = await makeReviewer(db, other.id);
      const ownSpeaker = w.proposal.speakers[0]!.speakerProfile.userId;
      const before = await snapshot(w.conference.id);
      expect((await failure(call(await callerFor(null), w))).code).toBe('UNAUTHORIZED');
      for (const who of [await userId('speaker@podium.test'), ownSpeaker, stranger.id, strangerReviewer.id]) {
        expect((await failure(call(await callerFor(who), w))).code).toBe('FORBIDDEN');
      }
      expect(await snapshot(w.conference.id)).toEqual(before);
    },
  );

  it.each(Object.entries(organizerOnly))('%s refuses reviewers (the demo reviewer and this conference’s), changing nothing', async (_name, call) => {
    const w = await world();
    const before = await snapshot(w.conference.id);
    for (const who of [w.reviewer.id, await userId('reviewer@podium.test')]) {
      expect((await failure(call(await callerFor(who), w))).code).toBe('FORBIDDEN');
    }
    expect(await snapshot(w.conference.id)).toEqual(before);
  });

  it.each(Object.entries(organizerOnly))('%s is open to the conference’s organizers and the administrator', async (name, call) => {
    for (const who of ['organizer', 'admin'] as const) {
      const w = await world();
      const api = await callerFor(who === 'organizer' ? w.organizer.id : await userId('admin@podium.test'));
      const code = (await failure(call(api, w))).code;
      // Calls naming ids that do not exist in this fresh world answer NOT_FOUND: still past the role check.
      expect([name, who, code]).toEqual([name, who, ['updatePhase', 'deletePhase', 'updateCategory', 'deleteCategory', 'unassign', 'revokeInvite'].includes(name) ? 'NOT_FOUND' : 'OK']);
    }
  });

  it.each(Object.entries(staff))('%s is open to the conference’s reviewers', async (name, call) => {
    const w = await world();
    const code = (await failure(call(await callerFor(w.reviewer.id), w))).code;
    expect([name, code]).toEqual([name, name === 'removeConflict' ? 'NOT_FOUND' : 'OK']);
  });
});

describe('what reviewers may see', () => {
  it('lists neither own, conflicted, out-of-track nor draft proposals; those are NOT_FOUND, not FORBIDDEN', async () => {
    const w = await world();
    const limited = await makeReviewer(db, w.conference.id, { trackIds: [w.virt.id] });
    // The reviewer is also a speaker of one proposal.
    const { profile } = await makeSpeakerAccount(db, w.conference.id, { userId: limited.id });
    const own = await makeSubmittedProposal(db, w.conference.id, { title: 'My own talk', trackId: w.virt.id, speakerProfileIds: [profile.id] });
    const conflicted = await makeSubmittedProposal(db, w.conference.id, { title: 'My friend’s talk', trackId: w.virt.id });
    const otherTrack = await makeSubmittedProposal(db, w.conference.id, { title: 'oVirt engine internals', trackId: w.mgmt.id });
    const noTrack = await makeSubmittedProposal(db, w.conference.id, { title: 'Lightning round', trackId: null });
    const draft = await makeSubmittedProposal(db, w.conference.id, { title: 'Half-written', trackId: w.virt.id, state: 'DRAFT' });
    const accepted = await makeSubmittedProposal(db, w.conference.id, { title: 'Already in', trackId: w.virt.id, state: 'ACCEPTED' });
    const api = await callerFor(limited.id);
    await api.review.declareConflict({ slug: w.slug, code: conflicted.code });

    const list = await api.review.proposals({ slug: w.slug });
    expect(list.items.map((i) => i.title)).toEqual(['Already in', 'Lightning round', 'Live migration at scale']);
    expect(list.tracks.map((t) => t.name)).toEqual(['Virtualization']);
    expect(list.conflicts).toEqual([{ code: conflicted.code, title: 'My friend’s talk' }]);
    for (const hidden of [own, conflicted, otherTrack, draft]) {
      const f = await failure(api.review.proposal({ slug: w.slug, code: hidden.code }));
      expect([hidden.title, f.code, f.message]).toEqual([hidden.title, 'NOT_FOUND', `Proposal ${hidden.code} was not found.`]);
      expect((await failure(api.review.save({ slug: w.slug, code: hidden.code, text: 'x', scores: {} }))).code).toBe('NOT_FOUND');
      expect((await failure(api.review.bid({ slug: w.slug, code: hidden.code, preference: 'WANT' }))).code).toBe('NOT_FOUND');
    }
    // The same answer as for a code that does not exist at all.
    expect((await failure(api.review.proposal({ slug: w.slug, code: 'NOPE42' }))).message).toBe('Proposal NOPE42 was not found.');
    expect((await api.review.proposal({ slug: w.slug, code: noTrack.code })).proposal.title).toBe('Lightning round');
    expect((await api.review.proposal({ slug: w.slug, code: accepted.code })).canReview).toEqual({ ok: false, reason: 'This proposal is accepted: it is no longer under review.' });

    // Withdrawing the conflict brings the proposal back.
    await api.review.removeConflict({ slug: w.slug, code: conflicted.code });
    expect((await api.review.proposals({ slug: w.slug })).items.map((i) => i.title)).toEqual(['Already in', 'Lightning round', 'Live migration at scale', 'My friend’s talk']);
    expect((await failure(api.review.removeConflict({ slug: w.slug, code: conflicted.code }))).code).toBe('NOT_FOUND');
  });

  it('declaring a conflict drops my assignment to it and hides it from me', async () => {
    const w = await world();
    await (await callerFor(w.organizer.id)).review.assign({ slug: w.slug, code: w.proposal.code, userId: w.reviewer.id });
    const api = await callerFor(w.reviewer.id);
    expect((await api.review.proposals({ slug: w.slug })).items.map((i) => [i.code, i.assigned])).toEqual([[w.proposal.code, true]]);
    await api.review.declareConflict({ slug: w.slug, code: w.proposal.code });
    expect((await api.review.proposals({ slug: w.slug })).items).toEqual([]);
    expect(await db.reviewAssignment.count({ where: { submissionId: w.proposal.id } })).toBe(0);
    expect((await failure(api.review.declareConflict({ slug: w.slug, code: w.proposal.code }))).code).toBe('NOT_FOUND');
  });

  it('organizers see every non-draft proposal, their own included, but may not review their own', async () => {
    const w = await world();
    const { profile } = await makeSpeakerAccount(db, w.conference.id, { userId: w.organizer.id });
    const own = await makeSubmittedProposal(db, w.conference.id, { title: 'Organizer talk', speakerProfileIds: [profile.id] });
    const api = await callerFor(w.organizer.id);
    expect((await api.review.proposals({ slug: w.slug })).items.map((i) => i.title)).toEqual(['Live migration at scale', 'Organizer talk']);
    const view = await api.review.proposal({ slug: w.slug, code: own.code });
    expect(view.canReview).toEqual({ ok: false, reason: 'You cannot review your own proposal.' });
    const f = await failure(api.review.save({ slug: w.slug, code: own.code, text: 'Brilliant, if I may say so.', scores: {} }));
    expect([f.code, f.message]).toEqual(['FORBIDDEN', 'You cannot review your own proposal.']);
    expect(await db.review.count({ where: { submissionId: own.id } })).toBe(0);
  });
});

describe('blind review', () => {
  /** A world with a speaker question and a proposal question, answered. */
  async function blindWorld(blind: boolean) {
    const w = await world();
    await makeReviewPhase(db, w.conference.id, { name: blind ? 'Blind review' : 'Open review', blind });
    const speakerQ = await db.question.create({ data: { conferenceId: w.conference.id, target: 'SPEAKER', kind: 'TEXT', label: 'Employer' } });
    const proposalQ = await db.question.create({ data: { conferenceId: w.conference.id, target: 'PROPOSAL', kind: 'CHOICE', label: 'Level', options: ['Beginner', 'Expert'] } });
    const profile = w.proposal.speakers[0]!.speakerProfile;
    await db.answer.create({ data: { questionId: speakerQ.id, speakerProfileId: profile.id, value: 'Quarterco Systems' } });
    await db.answer.create({ data: { questionId: proposalQ.id, submissionId: w.proposal.id, value: 'Expert' } });
    await db.submission.update({ where: { id: w.proposal.id }, data: { notes: 'Zelda can only come on Thursday.' } });
    await db.speakerProfile.update({ where: { id: profile.id }, data: { links: ['https://zelda.example.test'] } });
    return { ...w, profile };
  }
  const identity = (w: Awaited<ReturnType<typeof blindWorld>>) => [
    'Zelda',
    'Quartermain',
    w.speakerEmail,
    'Zelda maintains the migration code at Quarterco.',
    'Quarterco Systems',
    'zelda.example.test',
    'Thursday',
    w.profile.code,
    w.profile.userId,
  ];

  it('reviewers get no speaker name, email, bio, link, answer or note in any payload during a blind phase', async () => {
    const w = await blindWorld(true);
    const api = await callerFor(w.reviewer.id);
    const view = await api.review.proposal({ slug: w.slug, code: w.proposal.code });
    const list = await api.review.proposals({ slug: w.slug });
    await api.review.save({ slug: w.slug, code: w.proposal.code, text: 'Solid.', scores: {} });
    const after = await api.review.proposal({ slug: w.slug, code: w.proposal.code });
    for (const payload of [view, list, after]) {
      const json = JSON.stringify(payload);
      expect(identity(w).filter((s) => json.includes(s))).toEqual([]);
    }
    expect([view.proposal.speakersHidden, view.proposal.speakers, view.proposal.notes, view.phase.blind]).toEqual([true, null, null, true]);
    // What the committee needs stays: the proposal and its answers.
    expect([view.proposal.title, view.proposal.answers]).toEqual(['Live migration at scale', [{ question: 'Level', value: 'Expert' }]]);
  });

  it('organizers still see the speakers in a blind phase', async () => {
    const w = await blindWorld(true);
    const view = await (await callerFor(w.organizer.id)).review.proposal({ slug: w.slug, code: w.proposal.code });
    expect(view.proposal.speakers).toEqual([
      { name: 'Zelda Quartermain', bio: 'Zelda maintains the migration code at Quarterco.', links: ['https://zelda.example.test'], answers: [{ question: 'Employer', value: 'Quarterco Systems' }] },
    ]);
    expect(view.proposal.notes).toBe('Zelda can only come on Thursday.');
  });

  it('reviewers see the speakers when the running phase is not blind', async () => {
    const w = await blindWorld(false);
    const view = await (await callerFor(w.reviewer.id)).review.proposal({ slug: w.slug, code: w.proposal.code });
    expect([view.proposal.speakersHidden, view.proposal.speakers?.map((s) => s.name)]).toEqual([false, ['Zelda Quartermain']]);
  });
});

describe('other reviewers’ reviews', () => {
  it('reviewers see them only when the phase allows it and after writing their own; organizers always, with names', async () => {
    const w = await world();
    const phase = await makeReviewPhase(db, w.conference.id, { name: 'Review', reviewersSeeOtherReviews: true });
    const content = await makeScoreCategory(db, w.conference.id, { name: 'Content', minScore: 0, maxScore: 4 });
    const second = await makeReviewer(db, w.conference.id, { name: 'Sven Second' });
    await (await callerFor(second.id)).review.save({ slug: w.slug, code: w.proposal.code, text: 'Too long.', scores: { [content.id]: 1 } });
    const api = await callerFor(w.reviewer.id);
    const before = await api.review.proposal({ slug: w.slug, code: w.proposal.code });
    expect([before.reviews, before.aggregate]).toEqual([null, null]);
    await api.review.save({ slug: w.slug, code: w.proposal.code, text: 'Love it.', scores: { [content.id]: 3 } });
    const after = await api.review.proposal({ slug: w.slug, code: w.proposal.code });
    expect(after.reviews?.map((r) => [r.reviewer, r.mine, r.text, r.total])).toEqual([
      ['Sven Second', false, 'Too long.', 1],
      ['Rita Reviewer', true, 'Love it.', 3],
    ]);
    expect(after.aggregate).toEqual({ count: 2, mean: 2, median: 2, weighted: 50, spread: 2 });

    await db.reviewPhase.update({ where: { id: phase.id }, data: { reviewersSeeOtherReviews: false } });
    expect((await api.review.proposal({ slug: w.slug, code: w.proposal.code })).reviews).toBe(null);
    const organizerView = await (await callerFor(w.organizer.id)).review.proposal({ slug: w.slug, code: w.proposal.code });
    expect(organizerView.reviews?.map((r) => r.reviewer)).toEqual(['Sven Second', 'Rita Reviewer']);
  });
});
