import type { Db } from '../client.ts';

export function findSpeakerProfileByCode(db: Db, conferenceId: string, code: string) {
  return db.speakerProfile.findUnique({
    where: { conferenceId_code: { conferenceId, code } },
    select: { code: true, bio: true, avatarUrl: true, user: { select: { name: true } } },
  });
}
