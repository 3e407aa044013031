// Custom CFP questions from the speaker's side: which questions a proposal (or a speaker) must answer, and whether an
// answer fits its question's kind. Values are normalised here, so what the database stores is always one of
// string | number | boolean | string[].

/** The kinds a question can have (mirrors the database enum). */
export type AnswerKind = 'TEXT' | 'LONG_TEXT' | 'CHOICE' | 'MULTIPLE_CHOICE' | 'BOOLEAN' | 'NUMBER' | 'URL';
export type AnswerTarget = 'PROPOSAL' | 'SPEAKER';

/** What the rules need to know of a question. */
export interface AnswerableQuestion {
  id: string;
  target: AnswerTarget;
  kind: AnswerKind;
  label: string;
  required: boolean;
  options: readonly string[];
  trackId: string | null;
  sessionTypeId: string | null;
  active: boolean;
  position: number;
}

/** A stored answer. */
export type AnswerValue = string | number | boolean | string[];

/** The track and session type of a proposal; questions limited to a track or type apply only when they match. */
export interface QuestionScope {
  trackId: string | null;
  sessionTypeId: string | null;
}

export const TEXT_ANSWER_MAX = 1000;
export const LONG_TEXT_ANSWER_MAX = 10000;

/**
 * The questions asked for `target`, in order. A question limited to a track (or a session type) applies when one of
 * `scopes` has that track (and that type). Proposal questions get the proposal's own scope; speaker questions the
 * scopes of the speaker's proposals (a speaker question without limits is always asked).
 */
export function applicableQuestions<Q extends AnswerableQuestion>(questions: readonly Q[], target: AnswerTarget, scopes: readonly QuestionScope[]): Q[] {
  return questions
    .filter((q) => q.active && q.target === target)
    .filter((q) => {
      if (!q.trackId && !q.sessionTypeId) return true;
      return scopes.some((s) => (!q.trackId || q.trackId === s.trackId) && (!q.sessionTypeId || q.sessionTypeId === s.sessionTypeId));
    })
    .sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
}

export type ParsedAnswer = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0']);

/** An http(s) URL with a host, or null. */
export function parseWebUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
  return url.toString();
}

/**
 * One answer checked against its question. Empty input (undefined, null, blank text, no choice) is `null`: a missing
 * answer, which `validateAnswers` refuses only for required questions when submitting.
 */
export function parseAnswer(question: Pick<AnswerableQuestion, 'kind' | 'options'>, raw: unknown): ParsedAnswer {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  switch (question.kind) {
    case 'TEXT':
    case 'LONG_TEXT': {
      if (typeof raw !== 'string') return { ok: false, message: 'Enter text.' };
      const text = raw.trim();
      const max = question.kind === 'TEXT' ? TEXT_ANSWER_MAX : LONG_TEXT_ANSWER_MAX;
      if (text.length > max) return { ok: false, message: `Keep this answer under ${max.toLocaleString('en-US')} characters.` };
      return { ok: true, value: text || null };
    }
    case 'CHOICE': {
      if (typeof raw !== 'string') return { ok: false, message: 'Choose one of the options.' };
      if (!raw) return { ok: true, value: null };
      if (!question.options.includes(raw)) return { ok: false, message: 'Choose one of the options.' };
      return { ok: true, value: raw };
    }
    case 'MULTIPLE_CHOICE': {
      const list = typeof raw === 'string' ? (raw ? [raw] : []) : raw;
      if (!Array.isArray(list) || !list.every((v): v is string => typeof v === 'string')) {
        return { ok: false, message: 'Choose from the options.' };
      }
      const unknown = list.filter((v) => !question.options.includes(v));
      if (unknown.length) return { ok: false, message: 'Choose only from the options.' };
      // Keep the question's order, once each.
      const chosen = question.options.filter((o) => list.includes(o));
      return { ok: true, value: chosen.length ? chosen : null };
    }
    case 'BOOLEAN': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (typeof raw !== 'string') return { ok: false, message: 'Answer yes or no.' };
      const word = raw.trim().toLowerCase();
      if (!word) return { ok: true, value: null };
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, message: 'Answer yes or no.' };
    }
    case 'NUMBER': {
      if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, message: 'Enter a number.' };
      if (typeof raw !== 'string') return { ok: false, message: 'Enter a number.' };
      const text = raw.trim();
      if (!text) return { ok: true, value: null };
      // Plain decimal notation only ("1e3", "0x10" and "12abc" are not what a person means by a number).
      if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) return { ok: false, message: 'Enter a number, like 3 or 2.5.' };
      const n = Number(text.replace(',', '.'));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: 'Enter a number, like 3 or 2.5.' };
    }
    case 'URL': {
      if (typeof raw !== 'string') return { ok: false, message: 'Enter a web address.' };
      const text = raw.trim();
      if (!text) return { ok: true, value: null };
      if (text.length > 2000) return { ok: false, message: 'This web address is too long.' };
      const url = parseWebUrl(text);
      return url ? { ok: true, value: url } : { ok: false, message: 'Enter a web address starting with http:// or https://.' };
    }
  }
}

export const REQUIRED_ANSWER_MESSAGE = 'Please answer this question.';

/** The form field of a question's answer; errors for it come back under this key. */
export const answerField = (questionId: string) => `answers.${questionId}`;

export interface AnswersResult {
  /** Normalised answers of the given questions; null where not answered. */
  values: Record<string, AnswerValue | null>;
  /** Per-field messages, keyed by answerField(questionId). */
  fields: Record<string, string>;
}

/**
 * Checks the answers to `questions` (already narrowed with applicableQuestions). Malformed answers are always refused;
 * missing answers to required questions only when `requireAll` (submitting; a draft may be incomplete).
 */
export function validateAnswers(questions: readonly AnswerableQuestion[], raw: Readonly<Record<string, unknown>>, requireAll: boolean): AnswersResult {
  const values: Record<string, AnswerValue | null> = {};
  const fields: Record<string, string> = {};
  for (const q of questions) {
    const parsed = parseAnswer(q, raw[q.id]);
    if (!parsed.ok) fields[answerField(q.id)] = parsed.message;
    else if (parsed.value === null && q.required && requireAll) fields[answerField(q.id)] = REQUIRED_ANSWER_MESSAGE;
    else values[q.id] = parsed.value;
  }
  return { values, fields };
}

/** An answer for display: "Yes"/"No", choices joined, numbers as typed. */
export function formatAnswer(value: AnswerValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
