import { describe, expect, it } from 'vitest';
import { formatAnswerForReview } from './answers.ts';
import { planDecisions } from './decisions.ts';

describe('planDecisions', () => {
  it('plans each proposal on its own and says why a transition is impossible', () => {
    const plans = planDecisions(
      [
        { code: 'A', state: 'SUBMITTED' as const },
        { code: 'B', state: 'WITHDRAWN' as const },
        { code: 'C', state: 'WAITLISTED' as const },
        { code: 'D', state: 'ACCEPTED' as const },
      ],
      'accept',
    );
    expect(plans.map((p) => (p.ok ? [p.proposal.code, p.from, p.to] : [p.proposal.code, p.message]))).toEqual([
      ['A', 'SUBMITTED', 'ACCEPTED'],
      ['B', 'A withdrawn proposal cannot be accepted.'],
      ['C', 'WAITLISTED', 'ACCEPTED'],
      ['D', 'An accepted proposal cannot be accepted.'],
    ]);
  });

  it('waitlists and rejects along the lifecycle table', () => {
    expect(planDecisions([{ state: 'SUBMITTED' as const }], 'waitlist').map((p) => p.ok && p.to)).toEqual(['WAITLISTED']);
    expect(planDecisions([{ state: 'CONFIRMED' as const }], 'reject').map((p) => p.ok)).toEqual([false]);
  });
});

describe('formatAnswerForReview', () => {
  it.each([
    ['text', 'Yes please', 'Yes please'],
    ['a number', 42, '42'],
    ['a boolean', false, 'No'],
    ['a list', ['KVM', 'QEMU'], 'KVM, QEMU'],
    ['null', null, ''],
    ['an object', { a: 1 }, ''],
  ])('%s', (_what, value, expected) => {
    expect(formatAnswerForReview(value)).toBe(expected);
  });
});
