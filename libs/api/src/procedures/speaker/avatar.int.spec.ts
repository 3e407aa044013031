import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeConference, makeUser } from '@podium/db/testing';
import { DomainError } from '@podium/domain';
import { createContextInner, readAvatarImage, uploadAvatar } from '../../index.ts';
import { createCaller } from '../../root.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

const { db } = useTestApi({ demo: false });

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A real, decodable RGB PNG of one colour. */
function png(width: number, height: number, rgb: [number, number, number] = [37, 99, 235]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

async function problem(p: Promise<unknown>): Promise<{ kind: string; message: string; fields: Record<string, string> } | 'OK'> {
  try {
    await p;
    return 'OK';
  } catch (err) {
    if (err instanceof DomainError) return { kind: err.kind, message: err.message, fields: err.fields };
    throw err;
  }
}

async function setup() {
  const conference = await makeConference(db);
  const user = await makeUser(db, { name: 'Ana Avatar' });
  const ctx = await createContextInner({ db, userId: user.id });
  const profileRow = () => db.speakerProfile.findFirst({ where: { conferenceId: conference.id, userId: user.id } });
  return { conference, user, ctx, profileRow };
}

describe('avatar upload', () => {
  it('stores a real PNG with its sniffed type and size, links it to a new profile, and serves it back to its speaker only', async () => {
    const { conference, ctx, profileRow, user } = await setup();
    const bytes = png(48, 32);
    const r = await uploadAvatar(ctx, { slug: conference.slug, bytes });
    expect(r.url).toBe(`/avatars/${r.avatarId}`);
    const row = await db.avatar.findUniqueOrThrow({ where: { id: r.avatarId } });
    expect([row.contentType, row.size, row.width, row.height]).toEqual(['image/png', bytes.length, 48, 32]);
    expect(Buffer.from(row.data).equals(bytes)).toBe(true);
    expect((await profileRow())?.avatarId).toBe(r.avatarId);
    const profile = await createCaller(await createContextInner({ db, userId: user.id })).speaker.profile({ slug: conference.slug });
    expect(profile.avatar).toEqual({ url: `/avatars/${r.avatarId}`, width: 48, height: 32 });
    // Waiting for approval: its speaker sees it, nobody else does (see speakers.int.spec.ts for approval).
    const served = await readAvatarImage(ctx, r.avatarId);
    expect([served?.contentType, served?.size, served?.visibility]).toEqual(['image/png', bytes.length, 'own']);
    expect(await readAvatarImage(await createContextInner({ db, userId: null }), r.avatarId)).toBeNull();
    expect((await profileRow())?.bioChangedAt).not.toBeNull();
  });

  it('replaces the old photo only once the new one is saved', async () => {
    const { conference, ctx, profileRow } = await setup();
    const first = await uploadAvatar(ctx, { slug: conference.slug, bytes: png(10, 10) });
    const second = await uploadAvatar(ctx, { slug: conference.slug, bytes: png(20, 20, [200, 30, 30]) });
    expect((await profileRow())?.avatarId).toBe(second.avatarId);
    expect(await db.avatar.count({ where: { id: { in: [first.avatarId, second.avatarId] } } })).toBe(1);
    // A refused upload keeps the current photo.
    await problem(uploadAvatar(ctx, { slug: conference.slug, bytes: Buffer.from('not an image') }));
    expect((await profileRow())?.avatarId).toBe(second.avatarId);
    expect(await db.avatar.count({ where: { id: second.avatarId } })).toBe(1);
  });

  it('refuses a file over 2 MB with the limit in the message, even when it starts like a PNG, and stores nothing', async () => {
    const { conference, ctx, profileRow } = await setup();
    const big = Buffer.alloc(2 * 1024 * 1024 + 1);
    png(1, 1).copy(big);
    const before = await db.avatar.count();
    expect(await problem(uploadAvatar(ctx, { slug: conference.slug, bytes: big }))).toEqual({
      kind: 'INVALID',
      message: 'This image is too large: the limit is 2 MB.',
      fields: { avatar: 'This image is too large: the limit is 2 MB.' },
    });
    expect(await db.avatar.count()).toBe(before);
    expect(await profileRow()).toBeNull();
  });

  it.each([
    ['a text file', Buffer.from('Hello, I am a text file pretending to be avatar.png\n')],
    ['a PDF', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')],
    ['an SVG with a script', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
  ])('refuses %s as not an image', async (_what, bytes) => {
    const { conference, ctx } = await setup();
    const before = await db.avatar.count();
    expect(await problem(uploadAvatar(ctx, { slug: conference.slug, bytes }))).toEqual({
      kind: 'INVALID',
      message: 'This file is not an image (PNG, JPEG, GIF or WebP).',
      fields: { avatar: 'This file is not an image (PNG, JPEG, GIF or WebP).' },
    });
    expect(await db.avatar.count()).toBe(before);
  });

  it('refuses anonymous uploads and unknown conferences', async () => {
    const { conference } = await setup();
    expect(await problem(uploadAvatar(await createContextInner({ db, userId: null }), { slug: conference.slug, bytes: png(1, 1) }))).toEqual({
      kind: 'UNAUTHENTICATED',
      message: 'Please sign in first.',
      fields: {},
    });
    const { ctx } = await setup();
    expect(await problem(uploadAvatar(ctx, { slug: 'no-such-conference', bytes: png(1, 1) }))).toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('serves nothing for an unknown or malformed id', async () => {
    const ctx = await createContextInner({ db, userId: null });
    expect(await readAvatarImage(ctx, 'doesnotexist')).toBeNull();
    expect(await readAvatarImage(ctx, '../etc/passwd')).toBeNull();
  });
});
