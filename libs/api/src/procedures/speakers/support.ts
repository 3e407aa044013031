// Helpers of the Speakers area's procedures: loading a speaker of the conference by code and mapping a profile row to
// what organizers see of it.
import { findSpeakerProfileForReview, type DbOrTx, type SpeakerProfileForReview } from '@podium/db';
import { bioDifferences, bioState, diffLinks, diffWords, DomainError, type BioCopy } from '@podium/domain';
import type { SpeakerReview } from './shared.schema.ts';

export const workingCopy = (p: SpeakerProfileForReview): BioCopy => ({ bio: p.bio, avatarId: p.avatarId, links: p.links });
export const approvedCopy = (p: SpeakerProfileForReview): BioCopy => ({ bio: p.approvedBio, avatarId: p.approvedAvatarId, links: p.approvedLinks });

/** A speaker profile of the conference by its code, or NOT_FOUND. */
export async function loadSpeaker(db: DbOrTx, conferenceId: string, code: string): Promise<SpeakerProfileForReview> {
  const profile = await findSpeakerProfileForReview(db, conferenceId, code);
  if (!profile) throw new DomainError('NOT_FOUND', `There is no speaker ${code} in this conference.`);
  return profile;
}

export function toSpeakerReview(p: SpeakerProfileForReview, extra: { approvedBy: string | null; inPublicSchedule: boolean }): SpeakerReview {
  const working = workingCopy(p);
  const approved = approvedCopy(p);
  return {
    code: p.code,
    name: p.user.name,
    email: p.user.email,
    state: bioState({ working, approved, approvedAt: p.bioApprovedAt }),
    changes: bioDifferences(working, approved),
    changedAt: p.bioChangedAt,
    approvedAt: p.bioApprovedAt,
    approvedBy: extra.approvedBy,
    inPublicSchedule: extra.inPublicSchedule,
    proposals: p.submissions.map((s) => s.submission),
    working: { bio: p.bio, links: p.links, avatar: p.avatar },
    approved: { bio: p.approvedBio, links: p.approvedLinks, avatar: p.approvedAvatar },
    bioDiff: diffWords(p.approvedBio, p.bio),
    linkChanges: diffLinks(p.approvedLinks, p.links),
  };
}

/** The audit record of a profile's public copy. */
export const auditCopy = (c: BioCopy) => ({ bio: c.bio, avatarId: c.avatarId, links: [...c.links] });
