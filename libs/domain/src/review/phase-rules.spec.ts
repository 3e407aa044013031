import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { assertReviewGate, phaseRules, validateReviewPhase, type ReviewPhaseRule } from './phase-rules.ts';

const phase = (over: Partial<ReviewPhaseRule>): ReviewPhaseRule => ({
  id: over.name ?? 'p',
  name: 'Review',
  position: 0,
  startsAt: null,
  endsAt: null,
  reviewersCanReview: true,
  blind: false,
  reviewersSeeOtherReviews: false,
  speakersCanEdit: true,
  organizersCanDecide: true,
  ...over,
});
const now = new Date('2030-03-10T12:00:00Z');

describe('phaseRules', () => {
  it('keeps speakers anonymous before, between and after phases when any phase is blind (fails closed)', () => {
    const blind = { id: 'b', name: 'Blind', position: 0, startsAt: new Date('2030-04-01T00:00Z'), endsAt: new Date('2030-04-15T00:00Z'), reviewersCanReview: true, blind: true, reviewersSeeOtherReviews: false, speakersCanEdit: false, organizersCanDecide: false };
    for (const day of ['2030-03-20', '2030-04-05', '2030-04-20']) {
      expect(phaseRules([blind], new Date(`${day}T12:00Z`)).blind, day).toBe(true);
    }
    expect(phaseRules([{ ...blind, blind: false }], new Date('2030-03-20T12:00Z')).blind).toBe(false);
  });

  it('allows reviewing and deciding, not blind, when no phase is configured', () => {
    expect(phaseRules([], now)).toEqual({ phase: null, phased: false, review: { ok: true }, decide: { ok: true }, blind: false, reviewersSeeOtherReviews: false });
  });

  it('closes both when phases exist but none runs', () => {
    const r = phaseRules([phase({ endsAt: new Date('2030-03-01T00:00:00Z') })], now);
    expect([r.phase, r.phased, r.review, r.decide]).toEqual([
      null,
      true,
      { ok: false, reason: 'No review phase is running now.' },
      { ok: false, reason: 'No review phase is running now.' },
    ]);
  });

  it('follows the running phase: a blind review phase without decisions', () => {
    const review = phase({ name: 'Blind review', blind: true, organizersCanDecide: false, endsAt: new Date('2030-03-20T00:00:00Z') });
    const decide = phase({ name: 'Selection', position: 1, reviewersCanReview: false, startsAt: new Date('2030-03-20T00:00:00Z') });
    const during = phaseRules([review, decide], now);
    expect([during.phase?.name, during.review, during.decide, during.blind]).toEqual([
      'Blind review',
      { ok: true },
      { ok: false, reason: 'Decisions cannot be taken during “Blind review”.' },
      true,
    ]);
    const after = phaseRules([review, decide], new Date('2030-03-25T00:00:00Z'));
    expect([after.phase?.name, after.review, after.decide, after.blind]).toEqual([
      'Selection',
      { ok: false, reason: 'Reviews cannot be written or changed during “Selection”.' },
      { ok: true },
      false,
    ]);
  });

  it('assertReviewGate throws FORBIDDEN with the reason', () => {
    expect(() => assertReviewGate({ ok: false, reason: 'No.' })).toThrowError(new DomainError('FORBIDDEN', 'No.'));
    expect(assertReviewGate({ ok: true })).toBe(undefined);
  });
});

describe('validateReviewPhase', () => {
  const at = (iso: string) => new Date(iso);
  it('accepts open ends and ordered windows', () => {
    expect(validateReviewPhase({ name: 'Review', startsAt: null, endsAt: null })).toBe(undefined);
    expect(validateReviewPhase({ name: 'Review', startsAt: at('2030-01-01T00:00Z'), endsAt: at('2030-01-02T00:00Z') })).toBe(undefined);
  });

  it.each([
    ['an end before the start', { name: 'R', startsAt: at('2030-01-02T00:00Z'), endsAt: at('2030-01-01T00:00Z') }, { endsAt: 'The end must be after the start.' }],
    ['an end equal to the start', { name: 'R', startsAt: at('2030-01-02T00:00Z'), endsAt: at('2030-01-02T00:00Z') }, { endsAt: 'The end must be after the start.' }],
    ['no name', { name: ' ', startsAt: null, endsAt: null }, { name: 'A name is required.' }],
  ])('refuses %s', (_what, input, fields) => {
    try {
      validateReviewPhase(input);
      throw new Error('expected INVALID');
    } catch (err) {
      expect(err instanceof DomainError ? [err.kind, err.fields] : err).toEqual(['INVALID', fields]);
    }
  });
});
