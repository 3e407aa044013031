// Speaker photos. An upload is checked by its bytes (never the file name or the browser's content type): at most
// 2 MB, a PNG, JPEG, GIF or WebP whose header gives its size. It is stored in the database as the speaker's working
// copy (public only once staff approve it, like the bio); the previous working photo is removed once the new one is
// saved, unless it is still the approved, public one. Served by the public app at /avatars/<id> with the stored type
// and nosniff: to everyone when approved, else only to its speaker (their preview). Staff see both copies in the
// organizer app.

import { canManageConference, type Principal } from '@podium/auth';
import {
  createAvatar,
  deleteAvatarIfUnused,
  findAvatarImage,
  findAvatarOfSpeakerProfile,
  findConferenceBySlug,
  findOwnSpeakerProfile,
  findTeamRoles,
  setProfileAvatar,
} from '@podium/db';
import { checkAvatar, DomainError, unauthenticated } from '@podium/domain';
import type { Context } from '../context.ts';
import { ensureSpeakerProfile } from '../procedures/speaker/support.ts';
import { avatarPath } from './avatar-path.ts';

export { avatarPath } from './avatar-path.ts';

const AVATAR_ID = /^[a-z0-9]{1,40}$/i;

/** Stores `bytes` as the signed-in caller's photo in the conference `slug`. Throws INVALID with `fields.avatar`. */
export async function uploadAvatar(ctx: Context, input: { slug: string; bytes: Uint8Array }): Promise<{ avatarId: string; url: string }> {
  if (!ctx.user) throw unauthenticated();
  const conference = await findConferenceBySlug(ctx.db, input.slug);
  if (!conference) throw new DomainError('NOT_FOUND', `No conference "${input.slug}".`);
  const check = checkAvatar(input.bytes);
  if (!check.ok) throw new DomainError('INVALID', check.message, { avatar: check.message });

  const profile = await ensureSpeakerProfile(ctx.db, conference.id, ctx.user.id);
  const old = (await findOwnSpeakerProfile(ctx.db, conference.id, ctx.user.id))?.avatarId ?? null;
  const data = new Uint8Array(input.bytes.byteLength);
  data.set(input.bytes);
  const avatar = await ctx.db.$transaction(async (tx) => {
    const created = await createAvatar(tx, { data, contentType: check.info.contentType, size: data.byteLength, width: check.info.width, height: check.info.height });
    await setProfileAvatar(tx, profile.id, created.id, new Date());
    // Kept while it is still some profile's approved photo: the public keeps seeing it until the new one is approved.
    if (old) await deleteAvatarIfUnused(tx, old);
    return created;
  });
  return { avatarId: avatar.id, url: avatarPath(avatar.id) };
}

/**
 * A stored photo for the public app, or null: approved photos are public (like the speaker pages that show them);
 * a photo waiting for approval is served only to its own speaker, signed in (`visibility: 'own'`, not to be cached
 * by shared caches).
 */
export async function readAvatarImage(ctx: Context, id: string) {
  if (!AVATAR_ID.test(id)) return null;
  return findAvatarImage(ctx.db, id, ctx.user?.id ?? null);
}

/**
 * A photo of one speaker of a conference (either copy, to compare them) for its organizers, or null when the caller
 * is not an organizer of that conference or the photo is not that speaker's.
 */
export async function readSpeakerAvatarForStaff(ctx: Context, input: { slug: string; code: string; id: string }) {
  if (!ctx.user || !AVATAR_ID.test(input.id)) return null;
  const conference = await findConferenceBySlug(ctx.db, input.slug);
  const teamRoles = conference ? await findTeamRoles(ctx.db, ctx.user.id, conference.id) : [];
  const principal: Principal = { userId: ctx.user.id, isAdmin: ctx.user.isAdmin, teamRoles };
  if (!conference || !canManageConference(principal)) return null;
  return findAvatarOfSpeakerProfile(ctx.db, conference.id, input.code, input.id);
}
