import { describe, expect, it } from 'vitest';
import { applicableQuestions, formatAnswer, parseAnswer, validateAnswers, type AnswerableQuestion } from './questions.ts';

const q = (over: Partial<AnswerableQuestion> & Pick<AnswerableQuestion, 'id' | 'kind'>): AnswerableQuestion => ({
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

describe('parseAnswer', () => {
  const choice = { kind: 'CHOICE' as const, options: ['Beginner', 'Expert'] };
  const multi = { kind: 'MULTIPLE_CHOICE' as const, options: ['Linux', 'Windows', 'BSD'] };
  it.each([
    ['text is trimmed', { kind: 'TEXT' as const, options: [] }, '  hello ', 'hello'],
    ['blank text is no answer', { kind: 'TEXT' as const, options: [] }, '   ', null],
    ['long text keeps new lines', { kind: 'LONG_TEXT' as const, options: [] }, 'a\nb', 'a\nb'],
    ['a choice among the options', choice, 'Expert', 'Expert'],
    ['an empty choice is no answer', choice, '', null],
    ['multiple choice keeps the options order, once each', multi, ['BSD', 'Linux', 'BSD'], ['Linux', 'BSD']],
    ['multiple choice from one form value', multi, 'Windows', ['Windows']],
    ['no choice is no answer', multi, [], null],
    ['boolean true', { kind: 'BOOLEAN' as const, options: [] }, true, true],
    ['boolean "no" from a form', { kind: 'BOOLEAN' as const, options: [] }, 'no', false],
    ['boolean "yes" from a form', { kind: 'BOOLEAN' as const, options: [] }, 'yes', true],
    ['a number from a form', { kind: 'NUMBER' as const, options: [] }, ' 2.5 ', 2.5],
    ['a number with a decimal comma', { kind: 'NUMBER' as const, options: [] }, '2,5', 2.5],
    ['a negative number', { kind: 'NUMBER' as const, options: [] }, '-3', -3],
    ['a number value', { kind: 'NUMBER' as const, options: [] }, 42, 42],
    ['an https URL', { kind: 'URL' as const, options: [] }, 'https://example.org/talk', 'https://example.org/talk'],
    ['an http URL', { kind: 'URL' as const, options: [] }, ' http://example.org ', 'http://example.org/'],
    ['undefined is no answer', { kind: 'NUMBER' as const, options: [] }, undefined, null],
  ])('accepts %s', (_what, question, raw, expected) => {
    expect(parseAnswer(question, raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['a choice not among the options', choice, 'Guru', 'Choose one of the options.'],
    ['a multiple choice with an unknown option', multi, ['Linux', 'Plan 9'], 'Choose only from the options.'],
    ['a boolean that is neither yes nor no', { kind: 'BOOLEAN' as const, options: [] }, 'maybe', 'Answer yes or no.'],
    ['a number in words', { kind: 'NUMBER' as const, options: [] }, 'three', 'Enter a number, like 3 or 2.5.'],
    ['a number with trailing text', { kind: 'NUMBER' as const, options: [] }, '12abc', 'Enter a number, like 3 or 2.5.'],
    ['an infinite number', { kind: 'NUMBER' as const, options: [] }, Infinity, 'Enter a number.'],
    ['a javascript: URL', { kind: 'URL' as const, options: [] }, 'javascript:alert(1)', 'Enter a web address starting with http:// or https://.'],
    ['an ftp URL', { kind: 'URL' as const, options: [] }, 'ftp://example.org/', 'Enter a web address starting with http:// or https://.'],
    ['text without a scheme', { kind: 'URL' as const, options: [] }, 'example.org', 'Enter a web address starting with http:// or https://.'],
    ['text that is too long', { kind: 'TEXT' as const, options: [] }, 'x'.repeat(1001), 'Keep this answer under 1,000 characters.'],
    ['a list for a text question', { kind: 'TEXT' as const, options: [] }, ['a'], 'Enter text.'],
  ])('refuses %s', (_what, question, raw, message) => {
    expect(parseAnswer(question, raw)).toEqual({ ok: false, message });
  });
});

describe('applicableQuestions', () => {
  const questions = [
    q({ id: 'all', kind: 'TEXT', position: 2 }),
    q({ id: 'track-a', kind: 'TEXT', trackId: 'A', position: 1 }),
    q({ id: 'workshop', kind: 'TEXT', sessionTypeId: 'W', position: 3 }),
    q({ id: 'a-workshop', kind: 'TEXT', trackId: 'A', sessionTypeId: 'W', position: 4 }),
    q({ id: 'inactive', kind: 'TEXT', active: false }),
    q({ id: 'speaker', kind: 'TEXT', target: 'SPEAKER' }),
  ];
  const ids = (list: AnswerableQuestion[]) => list.map((x) => x.id);

  it('asks unlimited questions always, in position order', () => {
    expect(ids(applicableQuestions(questions, 'PROPOSAL', [{ trackId: null, sessionTypeId: 'T' }]))).toEqual(['all']);
  });
  it('asks track and type questions only when both limits match', () => {
    expect(ids(applicableQuestions(questions, 'PROPOSAL', [{ trackId: 'A', sessionTypeId: 'T' }]))).toEqual(['track-a', 'all']);
    expect(ids(applicableQuestions(questions, 'PROPOSAL', [{ trackId: 'B', sessionTypeId: 'W' }]))).toEqual(['all', 'workshop']);
    expect(ids(applicableQuestions(questions, 'PROPOSAL', [{ trackId: 'A', sessionTypeId: 'W' }]))).toEqual(['track-a', 'all', 'workshop', 'a-workshop']);
  });
  it('asks speaker questions separately, never inactive ones', () => {
    expect(ids(applicableQuestions(questions, 'SPEAKER', []))).toEqual(['speaker']);
  });
  it('asks a limited speaker question when one of the speaker proposals matches', () => {
    const sq = [q({ id: 'travel', kind: 'BOOLEAN', target: 'SPEAKER', sessionTypeId: 'W' })];
    expect(ids(applicableQuestions(sq, 'SPEAKER', [{ trackId: null, sessionTypeId: 'T' }]))).toEqual([]);
    expect(ids(applicableQuestions(sq, 'SPEAKER', [{ trackId: null, sessionTypeId: 'T' }, { trackId: 'A', sessionTypeId: 'W' }]))).toEqual(['travel']);
  });
});

describe('validateAnswers', () => {
  const questions = [q({ id: 'level', kind: 'CHOICE', options: ['Beginner', 'Expert'], required: true }), q({ id: 'repo', kind: 'URL' })];

  it('lets a draft leave required questions open but never accepts malformed answers', () => {
    expect(validateAnswers(questions, { repo: 'not a url' }, false)).toEqual({
      values: { level: null },
      fields: { 'answers.repo': 'Enter a web address starting with http:// or https://.' },
    });
  });
  it('requires every required answer when submitting', () => {
    expect(validateAnswers(questions, { repo: '' }, true)).toEqual({
      values: { repo: null },
      fields: { 'answers.level': 'Please answer this question.' },
    });
  });
  it('returns normalised values when all is well, ignoring answers to other questions', () => {
    expect(validateAnswers(questions, { level: 'Expert', repo: 'https://git.example.org', other: 'x' }, true)).toEqual({
      values: { level: 'Expert', repo: 'https://git.example.org/' },
      fields: {},
    });
  });
});

describe('formatAnswer', () => {
  it.each([
    [true, 'Yes'],
    [false, 'No'],
    [['Linux', 'BSD'], 'Linux, BSD'],
    [2.5, '2.5'],
    [null, ''],
  ])('shows %j as %j', (value, text) => {
    expect(formatAnswer(value)).toBe(text);
  });
});
