// When the call for papers accepts new proposals and edits. A session type may close earlier (or later) than the
// conference's general deadline (pretalx: per-type deadlines).

export interface CfpWindow {
  opensAt: Date | null;
  closesAt: Date | null;
}

export type CfpStatus = 'not-open-yet' | 'open' | 'closed';

/** The deadline that applies to one session type. */
export function effectiveDeadline(conference: { cfpClosesAt: Date | null }, sessionType: { cfpClosesAt: Date | null } | null): Date | null {
  return sessionType?.cfpClosesAt ?? conference.cfpClosesAt;
}

export function cfpStatus(window: CfpWindow, now: Date): CfpStatus {
  if (window.opensAt && now < window.opensAt) return 'not-open-yet';
  if (window.closesAt && now >= window.closesAt) return 'closed';
  return 'open';
}

/**
 * Whether a speaker may still change a proposal's content: drafts until the deadline of their type; submitted ones
 * too, unless the running review phase says speakers can no longer edit. Decided proposals are frozen.
 */
export function speakerMayEdit(
  state: string,
  deadline: Date | null,
  activePhase: { speakersCanEdit: boolean } | null,
  now: Date,
): { ok: true } | { ok: false; reason: string } {
  if (state !== 'DRAFT' && state !== 'SUBMITTED') return { ok: false, reason: 'This proposal can no longer be changed.' };
  if (deadline && now >= deadline) return { ok: false, reason: 'The deadline for this session type has passed.' };
  if (state === 'SUBMITTED' && activePhase && !activePhase.speakersCanEdit) {
    return { ok: false, reason: 'Proposals are under review and cannot be changed now.' };
  }
  return { ok: true };
}
