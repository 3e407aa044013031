import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { aggregateScores, categoriesForProposal, reviewTotal, reviewWeighted, validateReview, validateScoreCategory, type ScoreCategoryRule } from './scoring.ts';

const cat = (id: string, over: Partial<ScoreCategoryRule> = {}): ScoreCategoryRule => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  weight: 1,
  minScore: 0,
  maxScore: 3,
  required: true,
  active: true,
  trackId: null,
  ...over,
});

function fieldsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'INVALID') return err.fields;
    throw err;
  }
  throw new Error('expected INVALID');
}

describe('categoriesForProposal', () => {
  it('keeps active categories for all tracks and for the proposal track, in order', () => {
    const cats = [cat('content'), cat('virt', { trackId: 't-virt' }), cat('old', { active: false }), cat('mgmt', { trackId: 't-mgmt' })];
    expect(categoriesForProposal(cats, 't-virt').map((c) => c.id)).toEqual(['content', 'virt']);
    expect(categoriesForProposal(cats, null).map((c) => c.id)).toEqual(['content']);
  });
});

describe('validateReview', () => {
  const cats = [cat('content', { maxScore: 5 }), cat('fit', { required: false, minScore: -2, maxScore: 2 })];

  it('returns the scores in category order with empty values dropped and the text trimmed', () => {
    expect(validateReview(cats, { text: '  Solid talk. ', scores: { fit: -1, content: 4 } })).toEqual({
      text: 'Solid talk.',
      scores: [
        { categoryId: 'content', value: 4 },
        { categoryId: 'fit', value: -1 },
      ],
    });
    expect(validateReview(cats, { text: '', scores: { content: 0, fit: null } })).toEqual({ text: '', scores: [{ categoryId: 'content', value: 0 }] });
  });

  it.each([
    ['a missing required score', { content: undefined }, { 'scores.content': 'Give a score for "Content".' }],
    ['a score above the scale', { content: 6 }, { 'scores.content': '"Content" goes from 0 to 5.' }],
    ['a score below the scale', { content: 1, fit: -3 }, { 'scores.fit': '"Fit" goes from -2 to 2.' }],
    ['a fraction', { content: 2.5 }, { 'scores.content': 'Give "Content" as a whole number.' }],
    ['an unknown category', { content: 1, other: 1 }, { 'scores.other': 'This score category does not apply to this proposal.' }],
  ])('refuses %s with a message for that field', (_what, scores, expected) => {
    expect(fieldsOf(() => validateReview(cats, { text: 'x', scores }))).toEqual(expected);
  });

  it('refuses an empty review when no category applies', () => {
    expect(fieldsOf(() => validateReview([], { text: '  ', scores: {} }))).toEqual({ text: 'Give a score or write a comment.' });
    expect(validateReview([], { text: 'Only words.', scores: {} })).toEqual({ text: 'Only words.', scores: [] });
  });

  it('refuses a text over 10,000 characters', () => {
    expect(fieldsOf(() => validateReview([], { text: 'a'.repeat(10_001), scores: {} }))).toEqual({ text: 'Keep the review under 10,000 characters.' });
  });
});

describe('score aggregation', () => {
  const cats = [cat('content', { weight: 3, maxScore: 4 }), cat('delivery', { weight: 1, minScore: 1, maxScore: 5 }), cat('old', { active: false })];

  it('totals and weights one review over active categories only', () => {
    const scores = [
      { categoryId: 'content', value: 4 },
      { categoryId: 'delivery', value: 1 },
      { categoryId: 'old', value: 3 },
    ];
    expect(reviewTotal(cats, scores)).toBe(5);
    // (3·1 + 1·0) / 4 = 0.75
    expect(reviewWeighted(cats, scores)).toBe(75);
    expect(reviewTotal(cats, [{ categoryId: 'old', value: 3 }])).toBe(null);
    expect(reviewWeighted(cats, [])).toBe(null);
  });

  it('ignores weight-0 categories in the weighted score but not in the total', () => {
    const c = [cat('a', { weight: 0 }), cat('b', { weight: 2 })];
    const scores = [
      { categoryId: 'a', value: 3 },
      { categoryId: 'b', value: 0 },
    ];
    expect([reviewTotal(c, scores), reviewWeighted(c, scores)]).toEqual([3, 0]);
  });

  it('gives mean, median, weighted, spread and count per proposal', () => {
    const reviews = [
      { scores: [{ categoryId: 'content', value: 4 }, { categoryId: 'delivery', value: 5 }] }, // total 9, weighted 100
      { scores: [{ categoryId: 'content', value: 2 }, { categoryId: 'delivery', value: 3 }] }, // total 5, weighted 50
      { scores: [{ categoryId: 'content', value: 0 }, { categoryId: 'delivery', value: 1 }] }, // total 1, weighted 0
      { scores: [{ categoryId: 'content', value: 2 }, { categoryId: 'delivery', value: 1 }] }, // total 3, weighted 37.5
    ];
    expect(aggregateScores(cats, reviews)).toEqual({ count: 4, mean: 4.5, median: 4, weighted: 46.875, spread: 8 });
  });

  it('counts text-only reviews but leaves them out of the numbers', () => {
    expect(aggregateScores(cats, [{ scores: [] }, { scores: [{ categoryId: 'content', value: 3 }] }])).toEqual({
      count: 2,
      mean: 3,
      median: 3,
      weighted: 75,
      spread: 0,
    });
  });

  it('has no numbers without reviews', () => {
    expect(aggregateScores(cats, [])).toEqual({ count: 0, mean: null, median: null, weighted: null, spread: null });
  });
});

describe('validateScoreCategory', () => {
  const ok = { name: 'Content', description: '', weight: 1, minScore: 0, maxScore: 3 };

  it('accepts a sound category', () => {
    expect(validateScoreCategory(ok, ['Delivery'])).toBe(undefined);
  });

  it.each([
    ['no name', { name: '  ' }, { name: 'A name is required.' }],
    ['a taken name', { name: 'delivery' }, { name: 'There is already a category "delivery".' }],
    ['a negative weight', { weight: -1 }, { weight: 'The weight must be a number of at least 0.' }],
    ['max equal to min', { minScore: 3, maxScore: 3 }, { maxScore: 'The highest score must be greater than the lowest.' }],
    ['max below min', { minScore: 5, maxScore: 1 }, { maxScore: 'The highest score must be greater than the lowest.' }],
    ['a fractional scale', { minScore: 0.5 }, { minScore: 'The lowest score must be a whole number.' }],
  ])('refuses %s', (_what, over, expected) => {
    expect(fieldsOf(() => validateScoreCategory({ ...ok, ...over }, ['Delivery']))).toEqual(expected);
  });
});
