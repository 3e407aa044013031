// Validation of what organizers configure for the call for papers. Every check returns per-field messages, so a form
// shows each next to its field, and nothing is saved while any is wrong.

import { DomainError } from '../errors.ts';

export const QUESTION_KINDS = ['TEXT', 'LONG_TEXT', 'CHOICE', 'MULTIPLE_CHOICE', 'BOOLEAN', 'NUMBER', 'URL'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  TEXT: 'Short text',
  LONG_TEXT: 'Long text',
  CHOICE: 'One choice',
  MULTIPLE_CHOICE: 'Several choices',
  BOOLEAN: 'Yes / no',
  NUMBER: 'Number',
  URL: 'Web address',
};
export const QUESTION_TARGETS = ['PROPOSAL', 'SPEAKER'] as const;
export type QuestionTarget = (typeof QUESTION_TARGETS)[number];

function fail(fields: Record<string, string>): void {
  if (Object.keys(fields).length) throw new DomainError('INVALID', 'Please correct the marked fields.', fields);
}

export function validateCfpWindow(opensAt: Date | null, closesAt: Date | null): void {
  fail(opensAt && closesAt && closesAt <= opensAt ? { cfpClosesAt: 'The deadline must be after the opening.' } : {});
}

export function validateSessionType(t: { name: string; defaultDurationMinutes: number }, otherNames: readonly string[]): void {
  const fields: Record<string, string> = {};
  const name = t.name.trim();
  if (!name) fields.name = 'A name is required.';
  else if (name.length > 80) fields.name = 'At most 80 characters.';
  else if (otherNames.some((n) => n.toLowerCase() === name.toLowerCase())) fields.name = `There is already a session type "${name}".`;
  if (!Number.isInteger(t.defaultDurationMinutes) || t.defaultDurationMinutes < 5 || t.defaultDurationMinutes > 24 * 60) {
    fields.defaultDurationMinutes = 'A whole number of minutes between 5 and 1440.';
  }
  fail(fields);
}

export function validateTrack(t: { name: string; color: string }, otherNames: readonly string[]): void {
  const fields: Record<string, string> = {};
  const name = t.name.trim();
  if (!name) fields.name = 'A name is required.';
  else if (name.length > 80) fields.name = 'At most 80 characters.';
  else if (otherNames.some((n) => n.toLowerCase() === name.toLowerCase())) fields.name = `There is already a track "${name}".`;
  if (!/^#[0-9a-fA-F]{6}$/.test(t.color)) fields.color = 'A colour like #1d4ed8.';
  fail(fields);
}

export interface QuestionDraft {
  target: QuestionTarget;
  kind: QuestionKind;
  label: string;
  helpText: string;
  required: boolean;
  options: string[];
}

/** Checks a question; returns the options cleaned (trimmed, empty lines dropped). */
export function validateQuestion(q: QuestionDraft): { options: string[] } {
  const fields: Record<string, string> = {};
  if (!q.label.trim()) fields.label = 'The question needs a text.';
  else if (q.label.length > 300) fields.label = 'At most 300 characters.';
  if (q.helpText.length > 1000) fields.helpText = 'At most 1000 characters.';
  const options = q.options.map((o) => o.trim()).filter(Boolean);
  const choice = q.kind === 'CHOICE' || q.kind === 'MULTIPLE_CHOICE';
  if (choice) {
    if (options.length < 2) fields.options = 'Give at least two choices, one per line.';
    else if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) fields.options = 'Each choice must be different.';
  } else if (options.length) {
    fields.options = 'Only choice questions have choices.';
  }
  fail(fields);
  return { options: choice ? options : [] };
}
