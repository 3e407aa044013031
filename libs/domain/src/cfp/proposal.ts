// A proposal as a speaker writes it: what a draft needs, what submitting needs, and when the call for papers lets a
// speaker create, submit or change one. Every problem is reported per form field, all at once.

import { DomainError } from '../errors.ts';
import { cfpStatus, effectiveDeadline, speakerMayEdit } from './deadlines.ts';
import { applicableQuestions, validateAnswers, type AnswerableQuestion, type AnswerValue } from './questions.ts';

export const TITLE_MAX = 200;
export const ABSTRACT_MAX = 5000;
export const DESCRIPTION_MAX = 20000;
export const NOTES_MAX = 5000;

export interface ProposalInput {
  title: string;
  abstract: string;
  description: string;
  notes: string;
  sessionTypeId: string | null;
  trackId: string | null;
  /** Raw answers by question id (form strings, string lists, booleans or numbers). */
  answers: Readonly<Record<string, unknown>>;
}

export interface ProposalRules {
  sessionTypes: readonly { id: string }[];
  tracks: readonly { id: string }[];
  /** All of the conference's questions; the proposal's applicable ones are picked here. */
  questions: readonly AnswerableQuestion[];
}

export interface ValidProposal {
  title: string;
  abstract: string;
  description: string;
  notes: string;
  sessionTypeId: string;
  trackId: string | null;
  /** Answers to the questions that apply to this proposal (null: not answered). */
  answers: Record<string, AnswerValue | null>;
}

/**
 * Checks a proposal. A draft needs a title and a session type (it must be findable and belongs to a type); submitting
 * also needs the abstract and every required answer. Throws INVALID with a message per field.
 */
export function validateProposal(input: ProposalInput, rules: ProposalRules, mode: 'draft' | 'submit'): ValidProposal {
  const fields: Record<string, string> = {};
  const title = input.title.trim();
  const abstract = input.abstract.trim();
  const description = input.description.trim();
  const notes = input.notes.trim();

  if (!title) fields.title = 'Give your proposal a title.';
  else if (title.length > TITLE_MAX) fields.title = `Keep the title to ${TITLE_MAX} characters (it has ${title.length}).`;

  if (mode === 'submit' && !abstract) fields.abstract = 'Write an abstract: it is required to submit.';
  else if (abstract.length > ABSTRACT_MAX) fields.abstract = `Keep the abstract to ${ABSTRACT_MAX.toLocaleString('en-US')} characters (it has ${abstract.length.toLocaleString('en-US')}).`;
  if (description.length > DESCRIPTION_MAX) fields.description = `Keep the description to ${DESCRIPTION_MAX.toLocaleString('en-US')} characters.`;
  if (notes.length > NOTES_MAX) fields.notes = `Keep the notes to ${NOTES_MAX.toLocaleString('en-US')} characters.`;

  const sessionTypeId = input.sessionTypeId || null;
  if (!sessionTypeId) fields.sessionTypeId = 'Choose a session type.';
  else if (!rules.sessionTypes.some((t) => t.id === sessionTypeId)) fields.sessionTypeId = 'This session type does not exist in this conference.';
  const trackId = input.trackId || null;
  if (trackId && !rules.tracks.some((t) => t.id === trackId)) fields.trackId = 'This track does not exist in this conference.';

  const questions = applicableQuestions(rules.questions, 'PROPOSAL', [{ trackId, sessionTypeId }]);
  const answers = validateAnswers(questions, input.answers, mode === 'submit');
  Object.assign(fields, answers.fields);

  if (Object.keys(fields).length > 0) {
    throw new DomainError('INVALID', mode === 'submit' ? 'The proposal cannot be submitted yet: see the marked fields.' : 'The proposal has errors: see the marked fields.', fields);
  }
  return { title, abstract, description, notes, sessionTypeId: sessionTypeId!, trackId, answers: answers.values };
}

export interface ProposalCfpDates {
  cfpOpensAt: Date | null;
  cfpClosesAt: Date | null;
}

export type SpeakerPermission = { ok: true } | { ok: false; reason: string };

/**
 * Whether a speaker may start (or submit) a proposal of a session type now: the call must be open and the type's
 * deadline ahead.
 */
export function mayProposeNow(conference: ProposalCfpDates, sessionType: { cfpClosesAt: Date | null } | null, now: Date): SpeakerPermission {
  const status = cfpStatus({ opensAt: conference.cfpOpensAt, closesAt: effectiveDeadline(conference, sessionType) }, now);
  if (status === 'not-open-yet') return { ok: false, reason: 'The call for papers is not open yet.' };
  if (status === 'closed') {
    return sessionType?.cfpClosesAt
      ? { ok: false, reason: 'The deadline for this session type has passed.' }
      : { ok: false, reason: 'The call for papers is closed.' };
  }
  return { ok: true };
}

/**
 * Whether a speaker may change a proposal now, moving it from `currentType` to `nextType` (the same when the type is
 * kept): the proposal must be editable under its current type, and the new type must still take proposals.
 */
export function mayChangeProposal(
  state: string,
  conference: ProposalCfpDates,
  currentType: { cfpClosesAt: Date | null },
  nextType: { cfpClosesAt: Date | null },
  activePhase: { speakersCanEdit: boolean } | null,
  now: Date,
): SpeakerPermission {
  const current = speakerMayEdit(state, effectiveDeadline(conference, currentType), activePhase, now);
  if (!current.ok) return current;
  if (conference.cfpOpensAt && now < conference.cfpOpensAt) return { ok: false, reason: 'The call for papers is not open yet.' };
  const next = effectiveDeadline(conference, nextType);
  if (next && now >= next) return { ok: false, reason: 'The deadline for the chosen session type has passed.' };
  return { ok: true };
}

/** Throws CONFLICT with the reason when a permission is refused. */
export function assertPermitted(p: SpeakerPermission): void {
  if (!p.ok) throw new DomainError('CONFLICT', p.reason);
}

/** What a speaker should do next about a proposal in `state`, for the dashboard. */
export function nextStepFor(state: string, editable: boolean): string {
  switch (state) {
    case 'DRAFT':
      return editable ? 'Finish and submit it before the deadline.' : 'The deadline passed before this draft was submitted.';
    case 'SUBMITTED':
      return editable ? 'Submitted. You can still edit it while the call is open.' : 'Submitted and under review.';
    case 'ACCEPTED':
      return 'Confirm your session';
    case 'CONFIRMED':
      return 'Confirmed. See you at the conference!';
    case 'WAITLISTED':
      return 'On the waitlist: we will contact you if a slot opens up.';
    case 'REJECTED':
      return 'Not accepted this time.';
    case 'WITHDRAWN':
      return 'Withdrawn.';
    case 'CANCELED':
      return 'Cancelled by the organizers.';
    default:
      return '';
  }
}
