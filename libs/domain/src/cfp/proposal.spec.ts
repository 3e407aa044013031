import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { mayChangeProposal, mayProposeNow, nextStepFor, validateProposal, type ProposalInput, type ProposalRules } from './proposal.ts';
import type { AnswerableQuestion } from './questions.ts';

const question = (over: Partial<AnswerableQuestion> & Pick<AnswerableQuestion, 'id' | 'kind'>): AnswerableQuestion => ({
  target: 'PROPOSAL',
  label: over.id,
  required: false,
  options: [],
  trackId: null,
  sessionTypeId: null,
  active: true,
  position: 0,
  ...over,
});

const rules: ProposalRules = {
  sessionTypes: [{ id: 'talk' }, { id: 'workshop' }],
  tracks: [{ id: 'kvm' }],
  questions: [
    question({ id: 'level', kind: 'CHOICE', options: ['Beginner', 'Expert'], required: true }),
    question({ id: 'hardware', kind: 'TEXT', required: true, sessionTypeId: 'workshop' }),
  ],
};

const input = (over: Partial<ProposalInput> = {}): ProposalInput => ({
  title: ' Live migration at scale ',
  abstract: 'How we move busy guests.',
  description: '',
  notes: '',
  sessionTypeId: 'talk',
  trackId: 'kvm',
  answers: { level: 'Expert' },
  ...over,
});

function fieldsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err.fields;
    throw err;
  }
  throw new Error('expected a DomainError');
}

describe('validateProposal', () => {
  it('accepts a complete proposal and trims it', () => {
    expect(validateProposal(input(), rules, 'submit')).toEqual({
      title: 'Live migration at scale',
      abstract: 'How we move busy guests.',
      description: '',
      notes: '',
      sessionTypeId: 'talk',
      trackId: 'kvm',
      answers: { level: 'Expert' },
    });
  });

  it('lets a draft be incomplete: no abstract, no answers', () => {
    const draft = validateProposal(input({ abstract: '', answers: {}, trackId: '' }), rules, 'draft');
    expect([draft.abstract, draft.trackId, draft.answers]).toEqual(['', null, { level: null }]);
  });

  it('still needs a title and a session type for a draft', () => {
    expect(fieldsOf(() => validateProposal(input({ title: '  ', sessionTypeId: null }), rules, 'draft'))).toEqual({
      title: 'Give your proposal a title.',
      sessionTypeId: 'Choose a session type.',
    });
  });

  it('reports every missing piece at once when submitting', () => {
    expect(fieldsOf(() => validateProposal(input({ abstract: '', sessionTypeId: 'workshop', answers: {} }), rules, 'submit'))).toEqual({
      abstract: 'Write an abstract: it is required to submit.',
      'answers.level': 'Please answer this question.',
      'answers.hardware': 'Please answer this question.',
    });
  });

  it('refuses a long title, an unknown type and an unknown track', () => {
    expect(fieldsOf(() => validateProposal(input({ title: 'x'.repeat(201), sessionTypeId: 'keynote', trackId: 'nope' }), rules, 'draft'))).toEqual({
      title: 'Keep the title to 200 characters (it has 201).',
      sessionTypeId: 'This session type does not exist in this conference.',
      trackId: 'This track does not exist in this conference.',
    });
  });

  it('accepts a title of exactly 200 characters', () => {
    expect(validateProposal(input({ title: 'x'.repeat(200) }), rules, 'submit').title).toHaveLength(200);
  });

  it('throws INVALID with a sentence for the form', () => {
    expect(() => validateProposal(input({ abstract: '' }), rules, 'submit')).toThrowError(
      new DomainError('INVALID', 'The proposal cannot be submitted yet: see the marked fields.', { abstract: 'Write an abstract: it is required to submit.' }),
    );
  });
});

describe('mayProposeNow', () => {
  const now = new Date('2030-03-01T12:00:00Z');
  const past = new Date('2030-02-01T00:00:00Z');
  const future = new Date('2030-04-01T00:00:00Z');
  it.each([
    ['open without dates', { cfpOpensAt: null, cfpClosesAt: null }, null, { ok: true }],
    ['open between dates', { cfpOpensAt: past, cfpClosesAt: future }, { cfpClosesAt: null }, { ok: true }],
    ['not open yet', { cfpOpensAt: future, cfpClosesAt: null }, null, { ok: false, reason: 'The call for papers is not open yet.' }],
    ['closed', { cfpOpensAt: null, cfpClosesAt: past }, { cfpClosesAt: null }, { ok: false, reason: 'The call for papers is closed.' }],
    ['closed for the type', { cfpOpensAt: null, cfpClosesAt: future }, { cfpClosesAt: past }, { ok: false, reason: 'The deadline for this session type has passed.' }],
    ['open longer for the type', { cfpOpensAt: null, cfpClosesAt: past }, { cfpClosesAt: future }, { ok: true }],
  ])('%s', (_what, conference, type, expected) => {
    expect(mayProposeNow(conference, type, now)).toEqual(expected);
  });
});

describe('mayChangeProposal', () => {
  const now = new Date('2030-03-01T12:00:00Z');
  const past = new Date('2030-02-01T00:00:00Z');
  const open = { cfpOpensAt: null, cfpClosesAt: null };
  const noDeadline = { cfpClosesAt: null };
  it.each([
    ['a draft while the call is open', 'DRAFT', open, noDeadline, noDeadline, null, { ok: true }],
    ['after the deadline', 'SUBMITTED', { cfpOpensAt: null, cfpClosesAt: past }, noDeadline, noDeadline, null, { ok: false, reason: 'The deadline for this session type has passed.' }],
    ['to a type whose deadline passed', 'DRAFT', open, noDeadline, { cfpClosesAt: past }, null, { ok: false, reason: 'The deadline for the chosen session type has passed.' }],
    ['a submitted one while review locks edits', 'SUBMITTED', open, noDeadline, noDeadline, { speakersCanEdit: false }, { ok: false, reason: 'Proposals are under review and cannot be changed now.' }],
    ['an accepted one', 'ACCEPTED', open, noDeadline, noDeadline, null, { ok: false, reason: 'This proposal can no longer be changed.' }],
  ])('%s', (_what, state, conference, current, next, phase, expected) => {
    expect(mayChangeProposal(state, conference, current, next, phase, now)).toEqual(expected);
  });
});

describe('nextStepFor', () => {
  it('asks accepted speakers to confirm', () => {
    expect(nextStepFor('ACCEPTED', false)).toBe('Confirm your session');
  });
  it('tells a draft to be submitted while it can', () => {
    expect([nextStepFor('DRAFT', true), nextStepFor('DRAFT', false)]).toEqual([
      'Finish and submit it before the deadline.',
      'The deadline passed before this draft was submitted.',
    ]);
  });
});
