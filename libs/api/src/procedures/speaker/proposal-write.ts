// Saving a proposal's content, shared by saveDraft, submit and update: checks who and when, validates, then writes
// content, answers and (when submitting) the new state and the confirmation mails in one transaction.

import {
  createProposal,
  findOwnSpeakerProfile,
  isUniqueViolation,
  saveAnswers,
  setProposalState,
  updateProposalContent,
  type Db,
  type DbOrTx,
} from '@podium/db';
import {
  activePhase,
  applicableQuestions,
  assertPermitted,
  DomainError,
  mayChangeProposal,
  mayProposeNow,
  nextState,
  validateProposal,
  withFreshCode,
  type SubmissionState,
} from '@podium/domain';
import type { ContextUser } from '../../context.ts';
import { queueMail } from '../../services/mail.ts';
import { answersRecord, ensureSpeakerProfile, loadCfpRules, loadOwnProposal, proposalPath, publicUrl, type CfpRules } from './support.ts';

export type WriteMode = 'draft' | 'submit' | 'update';

export interface ProposalWrite {
  code?: string | null;
  title: string;
  abstract: string;
  description: string;
  notes: string;
  sessionTypeId: string | null;
  trackId: string | null;
  answers: Record<string, unknown>;
}

interface WriteContext {
  db: Db;
  user: ContextUser;
  conference: { id: string; slug: string; name: string; cfpOpensAt: Date | null; cfpClosesAt: Date | null };
}

const changedMeanwhile = () => new DomainError('CONFLICT', 'This proposal was changed meanwhile (perhaps by a co-speaker): reload the page and try again.');

/** The state a mode needs the proposal to be in, with the refusal otherwise. */
function assertStateFor(mode: WriteMode, state: SubmissionState): void {
  if (mode === 'submit') {
    nextState(state, 'submit', 'speaker');
    return;
  }
  if (mode === 'draft' && state !== 'DRAFT') {
    throw new DomainError('CONFLICT', state === 'SUBMITTED' ? 'This proposal is already submitted: save your changes instead of a draft.' : 'This proposal can no longer be changed.');
  }
  if (mode === 'update' && state !== 'SUBMITTED') {
    throw new DomainError('CONFLICT', state === 'DRAFT' ? 'This proposal is still a draft: save it as a draft or submit it.' : 'This proposal can no longer be changed.');
  }
}

/** Required speaker questions the caller has not answered in their profile (asked before a proposal is submitted). */
async function missingSpeakerAnswers(ctx: WriteContext, rules: CfpRules, scope: { trackId: string | null; sessionTypeId: string | null }) {
  const asked = applicableQuestions(rules.questions, 'SPEAKER', [scope]).filter((q) => q.required);
  if (asked.length === 0) return [];
  const profile = await findOwnSpeakerProfile(ctx.db, ctx.conference.id, ctx.user.id);
  const answers = answersRecord(profile?.answers ?? []);
  return asked.filter((q) => answers[q.id] === undefined).map((q) => q.label);
}

export async function writeProposal(ctx: WriteContext, input: ProposalWrite, mode: WriteMode): Promise<{ code: string; state: SubmissionState }> {
  const now = new Date();
  const conference = ctx.conference;
  const rules = await loadCfpRules(ctx.db, conference.id);
  const existing = input.code ? await loadOwnProposal(ctx.db, conference.id, ctx.user.id, input.code) : null;
  if (!existing && mode === 'update') throw new DomainError('NOT_FOUND', 'No such proposal among yours.');

  // Who and when first: a passed deadline is the news, whatever else the form says.
  if (existing) assertStateFor(mode, existing.state);
  const chosenType = rules.sessionTypes.find((t) => t.id === input.sessionTypeId) ?? null;
  if (existing) {
    assertPermitted(mayChangeProposal(existing.state, conference, existing.sessionType, chosenType ?? existing.sessionType, activePhase(rules.phases, now), now));
  } else if (chosenType) {
    assertPermitted(mayProposeNow(conference, chosenType, now));
  }

  const valid = validateProposal(input, rules, mode === 'draft' ? 'draft' : 'submit');
  if (mode === 'submit') {
    const missing = await missingSpeakerAnswers(ctx, rules, valid);
    if (missing.length) {
      const list = missing.join('; ');
      throw new DomainError('INVALID', `Before submitting, answer the required question${missing.length > 1 ? 's' : ''} of your speaker profile: ${list}${/[.?!]$/.test(list) ? '' : '.'}`);
    }
  }
  const content = {
    title: valid.title,
    abstract: valid.abstract,
    description: valid.description,
    notes: valid.notes,
    sessionTypeId: valid.sessionTypeId,
    trackId: valid.trackId,
  };
  const keep = Object.keys(valid.answers);
  const finalState: SubmissionState = mode === 'submit' ? 'SUBMITTED' : (existing?.state ?? 'DRAFT');

  const mailSpeakers = async (tx: DbOrTx, submissionId: string, code: string, speakers: { name: string; email: string | null }[]) => {
    for (const s of speakers) {
      if (!s.email) continue;
      await queueMail(tx, {
        conferenceId: conference.id,
        key: 'SUBMISSION_RECEIVED',
        to: s.email,
        submissionId,
        values: { conference: conference.name, speaker: s.name, title: content.title, url: publicUrl(proposalPath(conference.slug, code)) },
      });
    }
  };

  if (!existing) {
    const profile = await ensureSpeakerProfile(ctx.db, conference.id, ctx.user.id);
    return withFreshCode(
      (code) =>
        ctx.db.$transaction(async (tx) => {
          const created = await createProposal(tx, { ...content, conferenceId: conference.id, code, speakerProfileId: profile.id });
          await saveAnswers(tx, { submissionId: created.id }, valid.answers, keep);
          if (mode === 'submit') {
            if (!(await setProposalState(tx, created.id, 'DRAFT', 'SUBMITTED', { submittedAt: now }))) throw changedMeanwhile();
            await mailSpeakers(tx, created.id, created.code, [{ name: ctx.user.name, email: ctx.user.email }]);
          }
          return { code: created.code, state: finalState };
        }),
      isUniqueViolation,
    );
  }

  return ctx.db.$transaction(async (tx) => {
    if (!(await updateProposalContent(tx, existing.id, existing.state, content))) throw changedMeanwhile();
    await saveAnswers(tx, { submissionId: existing.id }, valid.answers, keep);
    if (mode === 'submit') {
      if (!(await setProposalState(tx, existing.id, 'DRAFT', 'SUBMITTED', { submittedAt: now }))) throw changedMeanwhile();
      await mailSpeakers(
        tx,
        existing.id,
        existing.code,
        existing.speakers.map((s) => ({ name: s.speakerProfile.user.name, email: s.speakerProfile.user.email })),
      );
    }
    return { code: existing.code, state: finalState };
  });
}
