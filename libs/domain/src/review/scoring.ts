// Review scores: which score categories apply to a proposal, what a valid review is, and how the reviews of one
// proposal add up for the ranking (pretalx's score categories with weights; HotCRP-style mean / median / spread).
//
// Per review:   total    = Σ value over the review's scores in active categories (the raw sum, on the categories' scales)
//               weighted = 100 · Σ w·(value − min)/(max − min) / Σ w over the same scores (0–100, scale-independent)
// Per proposal: mean and median of the totals, weighted = mean of the weighted scores, spread = max − min of the
//               totals, count = number of reviews. Scores in inactive categories are kept but count for nothing.

import { DomainError } from '../errors.ts';

export interface ScoreCategoryRule {
  id: string;
  name: string;
  weight: number;
  minScore: number;
  maxScore: number;
  required: boolean;
  active: boolean;
  /** Only for proposals in this track (null: all). */
  trackId: string | null;
}

export interface ScoreValue {
  categoryId: string;
  value: number;
}

export interface ScoreAggregate {
  /** Number of reviews (text-only reviews included). */
  count: number;
  mean: number | null;
  median: number | null;
  /** 0–100. */
  weighted: number | null;
  /** Highest minus lowest total: how much the reviewers disagree. */
  spread: number | null;
}

/** The active categories a proposal in `trackId` is scored in, in the given order. */
export function categoriesForProposal<C extends ScoreCategoryRule>(categories: readonly C[], trackId: string | null): C[] {
  return categories.filter((c) => c.active && (c.trackId === null || c.trackId === trackId));
}

export const REVIEW_TEXT_MAX = 10_000;

/** The form field of a category's score (also the key of its message in DomainError.fields). */
export const scoreField = (categoryId: string) => `scores.${categoryId}`;

/**
 * Checks a review as a reviewer entered it against the categories that apply. Returns the scores to store (empty
 * values dropped); throws INVALID with one message per field otherwise.
 */
export function validateReview(
  categories: readonly ScoreCategoryRule[],
  input: { text: string; scores: Readonly<Record<string, number | null | undefined>> },
): { text: string; scores: ScoreValue[] } {
  const fields: Record<string, string> = {};
  const byId = new Map(categories.map((c) => [c.id, c]));
  const scores: ScoreValue[] = [];
  for (const [id, value] of Object.entries(input.scores)) {
    if (value === null || value === undefined) continue;
    const category = byId.get(id);
    if (!category) {
      fields[scoreField(id)] = 'This score category does not apply to this proposal.';
      continue;
    }
    if (!Number.isInteger(value)) fields[scoreField(id)] = `Give "${category.name}" as a whole number.`;
    else if (value < category.minScore || value > category.maxScore) {
      fields[scoreField(id)] = `"${category.name}" goes from ${category.minScore} to ${category.maxScore}.`;
    } else scores.push({ categoryId: id, value });
  }
  for (const c of categories) {
    const v = input.scores[c.id];
    if (c.required && (v === null || v === undefined) && !fields[scoreField(c.id)]) fields[scoreField(c.id)] = `Give a score for "${c.name}".`;
  }
  const text = input.text.trim();
  if (text.length > REVIEW_TEXT_MAX) fields.text = `Keep the review under ${REVIEW_TEXT_MAX.toLocaleString('en')} characters.`;
  if (!Object.keys(fields).length && scores.length === 0 && !text) fields.text = 'Give a score or write a comment.';
  if (Object.keys(fields).length) throw new DomainError('INVALID', 'The review has errors: see the marked fields.', fields);
  // Stored in the categories' order, so equal reviews compare equal.
  const order = new Map(categories.map((c, i) => [c.id, i]));
  scores.sort((a, b) => order.get(a.categoryId)! - order.get(b.categoryId)!);
  return { text, scores };
}

function counted(categories: readonly ScoreCategoryRule[], scores: readonly ScoreValue[]) {
  const active = new Map(categories.filter((c) => c.active).map((c) => [c.id, c]));
  return scores.flatMap((s) => {
    const c = active.get(s.categoryId);
    return c ? [{ c, value: s.value }] : [];
  });
}

/** A review's total over active categories; null when it scores none of them. */
export function reviewTotal(categories: readonly ScoreCategoryRule[], scores: readonly ScoreValue[]): number | null {
  const parts = counted(categories, scores);
  return parts.length ? parts.reduce((sum, p) => sum + p.value, 0) : null;
}

/** A review's weighted score, 0–100; null when it scores no active category of positive weight. */
export function reviewWeighted(categories: readonly ScoreCategoryRule[], scores: readonly ScoreValue[]): number | null {
  let num = 0;
  let den = 0;
  for (const { c, value } of counted(categories, scores)) {
    if (c.weight <= 0 || c.maxScore <= c.minScore) continue;
    num += c.weight * ((value - c.minScore) / (c.maxScore - c.minScore));
    den += c.weight;
  }
  return den > 0 ? (100 * num) / den : null;
}

function medianOf(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** The ranking numbers of one proposal from its reviews. */
export function aggregateScores(categories: readonly ScoreCategoryRule[], reviews: readonly { scores: readonly ScoreValue[] }[]): ScoreAggregate {
  const totals = reviews.map((r) => reviewTotal(categories, r.scores)).filter((t): t is number => t !== null);
  const weighted = reviews.map((r) => reviewWeighted(categories, r.scores)).filter((w): w is number => w !== null);
  return {
    count: reviews.length,
    mean: mean(totals),
    median: medianOf(totals),
    weighted: mean(weighted),
    spread: totals.length ? Math.max(...totals) - Math.min(...totals) : null,
  };
}

/** Checks a score category an organizer entered; throws INVALID with per-field messages. */
export function validateScoreCategory(
  input: { name: string; description: string; weight: number; minScore: number; maxScore: number },
  otherNames: readonly string[],
): void {
  const fields: Record<string, string> = {};
  const name = input.name.trim();
  if (!name) fields.name = 'A name is required.';
  else if (name.length > 100) fields.name = 'Keep the name under 100 characters.';
  else if (otherNames.some((n) => n.trim().toLowerCase() === name.toLowerCase())) fields.name = `There is already a category "${name}".`;
  if (input.description.length > 2000) fields.description = 'Keep the description under 2,000 characters.';
  if (!Number.isFinite(input.weight) || input.weight < 0) fields.weight = 'The weight must be a number of at least 0.';
  else if (input.weight > 100) fields.weight = 'The weight must be at most 100.';
  if (!Number.isInteger(input.minScore)) fields.minScore = 'The lowest score must be a whole number.';
  else if (input.minScore < -100 || input.minScore > 100) fields.minScore = 'The lowest score must be between -100 and 100.';
  if (!Number.isInteger(input.maxScore)) fields.maxScore = 'The highest score must be a whole number.';
  else if (input.maxScore < -100 || input.maxScore > 100) fields.maxScore = 'The highest score must be between -100 and 100.';
  if (!fields.minScore && !fields.maxScore && input.maxScore <= input.minScore) {
    fields.maxScore = 'The highest score must be greater than the lowest.';
  }
  if (Object.keys(fields).length) throw new DomainError('INVALID', 'The score category has errors: see the marked fields.', fields);
}
