import type { Db } from '../client.ts';

/** What the public sees of a speaker: the approved copy of bio, photo and links only (never the working copy). */
export function findSpeakerProfileByCode(db: Db, conferenceId: string, code: string) {
  return db.speakerProfile.findUnique({
    where: { conferenceId_code: { conferenceId, code } },
    select: { code: true, approvedBio: true, approvedAvatarId: true, approvedLinks: true, user: { select: { name: true } } },
  });
}
