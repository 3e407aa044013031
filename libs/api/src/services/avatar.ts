// Speaker photos. An upload is checked by its bytes (never the file name or the browser's content type): at most
// 2 MB, a PNG, JPEG, GIF or WebP whose header gives its size. It is stored in the database and linked to the
// uploader's speaker profile; the old photo is removed only once the new one is saved. Served by the public app at
// /avatars/<id> with the stored type and nosniff.

import { createAvatar, deleteAvatarIfUnused, findAvatarImage, findConferenceBySlug, findOwnSpeakerProfile, setProfileAvatar } from '@podium/db';
import { checkAvatar, DomainError, unauthenticated } from '@podium/domain';
import type { Context } from '../context.ts';
import { ensureSpeakerProfile } from '../procedures/speaker/support.ts';

export const avatarPath = (id: string) => `/avatars/${id}`;

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
    await setProfileAvatar(tx, profile.id, created.id);
    if (old) await deleteAvatarIfUnused(tx, old);
    return created;
  });
  return { avatarId: avatar.id, url: avatarPath(avatar.id) };
}

/** A stored photo for serving (photos are public, like the speaker pages that show them), or null. */
export async function readAvatarImage(ctx: Context, id: string) {
  if (!/^[a-z0-9]{1,40}$/i.test(id)) return null;
  return findAvatarImage(ctx.db, id);
}
