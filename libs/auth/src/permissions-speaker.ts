// Who may do what in the speaker portal. A proposal belongs to its speakers: only they see or change it there, whatever
// staff role they hold elsewhere (organizers and reviewers use the organizer app, with its own rules). Callers pass
// what the server loaded, never what the browser claims.

export interface PortalCaller {
  userId: string;
}

export interface PortalProposal {
  /** User ids of the proposal's speakers. */
  speakerUserIds: readonly string[];
}

/** The caller is one of the proposal's speakers. */
export function isSpeakerOf(caller: PortalCaller | null, proposal: PortalProposal): boolean {
  return !!caller && proposal.speakerUserIds.includes(caller.userId);
}

/** See a proposal in the portal, with its answers, co-speakers and invitations. */
export const canViewOwnProposal = isSpeakerOf;
/** Edit, submit, withdraw, confirm or decline it, and invite co-speakers (the state rules decide what is possible). */
export const canActOnOwnProposal = isSpeakerOf;

/** Join a proposal through an invitation link: any signed-in person holding the link, unless already a speaker. */
export function canJoinAsCoSpeaker(caller: PortalCaller | null, proposal: PortalProposal): boolean {
  return !!caller && !proposal.speakerUserIds.includes(caller.userId);
}
