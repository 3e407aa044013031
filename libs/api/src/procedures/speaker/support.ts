// Helpers of the speaker portal's procedures: the resource-scoped base (a proposal of the caller, loaded and checked
// once), the caller's speaker profile (created on first use), the CFP rules a proposal is checked against, and links.

import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  createSpeakerProfile,
  findOwnSpeakerProfile,
  findPortalProposal,
  isUniqueViolation,
  listActiveQuestions,
  listCfpSessionTypes,
  listCfpTracks,
  listSpeakerPortalPhases,
  type DbOrTx,
} from '@podium/db';
import { canViewOwnProposal } from '@podium/auth';
import { activePhase, effectiveDeadline, speakerMayEdit, withFreshCode, type AnswerValue } from '@podium/domain';
import { signedInConferenceProcedure } from '../../trpc.ts';
import type { PortalQuestion } from './shared.schema.ts';

export { publicUrl, proposalPath } from '../../services/mail.ts';

/** The same answer for "does not exist" and "not yours": a speaker learns nothing about others' proposals. */
export const proposalNotFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'No such proposal among yours.' });

/**
 * Procedures about one of the caller's proposals: signed in, conference loaded, the proposal loaded by code and
 * checked to be the caller's (NOT_FOUND otherwise, also for staff), put on ctx.
 */
export const ownProposalProcedure = signedInConferenceProcedure.input(z.object({ code: z.string().trim().min(1).max(32) })).use(async ({ ctx, input, next }) => {
  const proposal = await findPortalProposal(ctx.db, ctx.conference.id, input.code);
  const speakerUserIds = proposal?.speakers.map((s) => s.speakerProfile.user.id) ?? [];
  if (!proposal || !canViewOwnProposal({ userId: ctx.user.id }, { speakerUserIds })) throw proposalNotFound();
  return next({ ctx: { ...ctx, proposal } });
});

export type PortalProposalRow = NonNullable<Awaited<ReturnType<typeof findPortalProposal>>>;

/** Loads one of the caller's proposals by code, or throws NOT_FOUND. */
export async function loadOwnProposal(db: DbOrTx, conferenceId: string, userId: string, code: string): Promise<PortalProposalRow> {
  const proposal = await findPortalProposal(db, conferenceId, code);
  const speakerUserIds = proposal?.speakers.map((s) => s.speakerProfile.user.id) ?? [];
  if (!proposal || !canViewOwnProposal({ userId }, { speakerUserIds })) throw proposalNotFound();
  return proposal;
}

/** The caller's speaker profile in a conference, created (with a fresh public code) on first use. */
export async function ensureSpeakerProfile(db: DbOrTx, conferenceId: string, userId: string): Promise<{ id: string; code: string }> {
  const found = await findOwnSpeakerProfile(db, conferenceId, userId);
  if (found) return { id: found.id, code: found.code };
  try {
    return await withFreshCode((code) => createSpeakerProfile(db, { conferenceId, userId, code }), isUniqueViolation);
  } catch (err) {
    // Created by a parallel request of the same person meanwhile.
    const again = isUniqueViolation(err) ? await findOwnSpeakerProfile(db, conferenceId, userId) : null;
    if (again) return { id: again.id, code: again.code };
    throw err;
  }
}

/** Session types, tracks, questions and review phases: what proposals of a conference are checked against. */
export async function loadCfpRules(db: DbOrTx, conferenceId: string) {
  const [sessionTypes, tracks, questions, phases] = await Promise.all([
    listCfpSessionTypes(db, conferenceId),
    listCfpTracks(db, conferenceId),
    listActiveQuestions(db, conferenceId),
    listSpeakerPortalPhases(db, conferenceId),
  ]);
  return { sessionTypes, tracks, questions, phases };
}
export type CfpRules = Awaited<ReturnType<typeof loadCfpRules>>;

export function toPortalQuestion(q: CfpRules['questions'][number]): PortalQuestion {
  return { id: q.id, target: q.target, kind: q.kind, label: q.label, helpText: q.helpText, required: q.required, options: q.options, trackId: q.trackId, sessionTypeId: q.sessionTypeId };
}

/** A stored JSON answer as a typed value (anything else, which the domain never writes, is dropped). */
export function toAnswerValue(json: unknown): AnswerValue | null {
  if (typeof json === 'string' || typeof json === 'number' || typeof json === 'boolean') return json;
  if (Array.isArray(json) && json.every((v) => typeof v === 'string')) return json as string[];
  return null;
}

export function answersRecord(rows: readonly { questionId: string; value: unknown }[]): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const r of rows) {
    const v = toAnswerValue(r.value);
    if (v !== null) out[r.questionId] = v;
  }
  return out;
}

/** Whether the speaker may still change the proposal's content now, and why not. */
export function editability(
  proposal: { state: string; sessionType: { cfpClosesAt: Date | null } },
  conference: { cfpClosesAt: Date | null },
  phases: CfpRules['phases'],
  now: Date,
) {
  return speakerMayEdit(proposal.state, effectiveDeadline(conference, proposal.sessionType), activePhase(phases, now), now);
}
