import { describe, expect, it } from 'vitest';
import { hiddenReason, orderReviewQueue, othersReviewsVisible, redactSpeakers, reviewRefusal, speakersHidden, type ProposalScope, type ReviewerScope } from './visibility.ts';

const reviewer = (over: Partial<ReviewerScope> = {}): ReviewerScope => ({ userId: 'me', isOrganizer: false, trackIds: [], conflictIds: new Set(), ...over });
const proposal = (over: Partial<ProposalScope> = {}): ProposalScope => ({ id: 'p1', state: 'SUBMITTED', trackId: 't1', speakerUserIds: ['alice'], ...over });

describe('hiddenReason', () => {
  it.each([
    ['a submitted proposal', reviewer(), proposal(), null],
    ['a draft', reviewer(), proposal({ state: 'DRAFT' }), 'draft'],
    ['their own proposal', reviewer(), proposal({ speakerUserIds: ['alice', 'me'] }), 'own'],
    ['a declared conflict', reviewer({ conflictIds: new Set(['p1']) }), proposal(), 'conflict'],
    ['another track', reviewer({ trackIds: ['t2'] }), proposal(), 'track'],
    ['their track', reviewer({ trackIds: ['t2', 't1'] }), proposal(), null],
    ['a proposal without track', reviewer({ trackIds: ['t2'] }), proposal({ trackId: null }), null],
    ['a decided proposal', reviewer(), proposal({ state: 'ACCEPTED' }), null],
    ['an organizer: own and conflicted', reviewer({ isOrganizer: true, conflictIds: new Set(['p1']) }), proposal({ speakerUserIds: ['me'] }), null],
    ['an organizer: a draft', reviewer({ isOrganizer: true }), proposal({ state: 'DRAFT' }), 'draft'],
  ])('%s', (_what, scope, p, expected) => {
    expect(hiddenReason(scope, p)).toBe(expected);
  });
});

describe('reviewRefusal', () => {
  it.each([
    ['a submitted proposal', reviewer(), proposal(), null],
    ['own, even for an organizer', reviewer({ isOrganizer: true }), proposal({ speakerUserIds: ['me'] }), { kind: 'FORBIDDEN', message: 'You cannot review your own proposal.' }],
    ['conflicted', reviewer({ isOrganizer: true, conflictIds: new Set(['p1']) }), proposal(), { kind: 'FORBIDDEN', message: 'You declared a conflict of interest with this proposal.' }],
    ['decided', reviewer(), proposal({ state: 'ACCEPTED' }), { kind: 'CONFLICT', message: 'This proposal is accepted: it is no longer under review.' }],
  ])('%s', (_what, scope, p, expected) => {
    expect(reviewRefusal(scope, p)).toEqual(expected);
  });
});

describe('blind review', () => {
  it('hides speakers from reviewers in a blind phase only', () => {
    expect([speakersHidden({ isOrganizer: false }, true), speakersHidden({ isOrganizer: true }, true), speakersHidden({ isOrganizer: false }, false)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('drops speakers and notes from the blind view, keeps the rest', () => {
    const view = { title: 'T', notes: 'Ask Alice', speakers: [{ name: 'Alice' }] };
    expect(redactSpeakers(view, true)).toEqual({ title: 'T', notes: null, speakers: null, speakersHidden: true });
    expect(redactSpeakers(view, false)).toEqual({ ...view, speakersHidden: false });
  });
});

describe('othersReviewsVisible', () => {
  it.each([
    ['organizer', true, false, false, true],
    ['reviewer, phase allows, own review written', false, true, true, true],
    ['reviewer, phase allows, no own review', false, true, false, false],
    ['reviewer, phase forbids', false, false, true, false],
  ])('%s', (_what, isOrganizer, reviewersSeeOtherReviews, hasOwnReview, expected) => {
    expect(othersReviewsVisible({ isOrganizer }, { reviewersSeeOtherReviews, hasOwnReview })).toBe(expected);
  });
});

describe('orderReviewQueue', () => {
  it('puts assigned unreviewed first, then assigned reviewed, then the rest, by title', () => {
    const items = [
      { code: 'A', title: 'Zeta', assigned: false, status: 'not-reviewed' as const },
      { code: 'B', title: 'Beta', assigned: true, status: 'reviewed' as const },
      { code: 'C', title: 'Gamma', assigned: true, status: 'not-reviewed' as const },
      { code: 'D', title: 'Alpha', assigned: false, status: 'reviewed' as const },
      { code: 'E', title: 'Alpha', assigned: false, status: 'not-reviewed' as const },
    ];
    expect(orderReviewQueue(items).map((i) => i.code)).toEqual(['C', 'B', 'E', 'A', 'D']);
  });
});

describe('proposals that left the process', () => {
  it.each(['WITHDRAWN', 'CANCELED'] as const)('a %s proposal is hidden from reviewers but not from organizers', (state) => {
    const proposal = { id: 'p', state, trackId: null, speakerUserIds: ['s'] };
    const reviewer = { userId: 'r', isOrganizer: false, trackIds: [], conflictIds: new Set<string>() };
    expect(hiddenReason(reviewer, proposal)).toBe('draft');
    expect(hiddenReason({ ...reviewer, isOrganizer: true }, proposal)).toBeNull();
  });
});
