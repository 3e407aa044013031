// The organizers' Speakers area: bios, photos and links approved before they go public. Who may call it, what
// approving and editing write, and that the public only ever sees the approved copy.
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeConference, makeMember, makeUser } from '@podium/db/testing';
import { createCaller, createContextInner, readAvatarImage, uploadAvatar } from '../../index.ts';
import { trpcFailure as failure } from '../../testing.ts';
import { useTestApi, type Api } from '../../testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi();
const demo = 'kvm-forum-2012';

/** A real one-colour PNG. */
function png(size: number, rgb: [number, number, number]): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const OLD_BIO = 'Petra works on **QEMU** block jobs.';
const OLD_LINKS = ['https://petra.example.org/'];

/**
 * A conference of its own with an organizer and one speaker whose session is in a released schedule (so the public
 * speaker page exists), with an approved bio and links.
 */
async function setup() {
  const conference = await makeConference(db);
  const slug = conference.slug;
  const organizer = await makeMember(db, conference.id, 'ORGANIZER', { name: 'Olga Approver' });
  const speakerUser = await makeUser(db, { name: 'Petra Pending' });
  const code = `P${randomBytes(3).toString('hex')}`.toUpperCase();
  const profile = await db.speakerProfile.create({
    data: {
      conferenceId: conference.id,
      userId: speakerUser.id,
      code,
      bio: OLD_BIO,
      links: OLD_LINKS,
      approvedBio: OLD_BIO,
      approvedLinks: OLD_LINKS,
      bioApprovedAt: new Date('2030-01-01T10:00:00Z'),
    },
  });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const room = await db.room.create({ data: { conferenceId: conference.id, name: 'Main hall' } });
  const submission = await db.submission.create({
    data: { conferenceId: conference.id, code: `T${code}`, title: 'Block jobs in depth', abstract: 'Mirrors and commits.', state: 'CONFIRMED', sessionTypeId: type.id, speakers: { create: { speakerProfileId: profile.id } } },
  });
  await db.scheduleVersion.create({
    data: {
      conferenceId: conference.id,
      name: '1.0',
      releasedAt: new Date('2030-04-01T10:00:00Z'),
      slots: { create: { submissionId: submission.id, roomId: room.id, start: new Date('2030-05-06T08:00:00Z'), end: new Date('2030-05-06T08:30:00Z') } },
    },
  });
  const org = await callerFor(organizer.id);
  const speakerCtx = await createContextInner({ db, userId: speakerUser.id });
  const speaker = createCaller(speakerCtx);
  const anonymous = await callerFor(null);
  const row = () => db.speakerProfile.findUniqueOrThrow({ where: { id: profile.id } });
  const publicPage = async () => (await anonymous.public.speaker({ slug, code })).speaker;
  const saveBio = (bio: string, links = OLD_LINKS) => speaker.speaker.updateProfile({ slug, name: 'Petra Pending', bio, links });
  return { conference, slug, code, organizer, speakerUser, profile, org, speaker, speakerCtx, anonymous, row, publicPage, saveBio };
}

describe('speakers: who may call', () => {
  const slug = demo;
  const calls: Record<string, (api: Api, code: string) => Promise<unknown>> = {
    list: (api) => api.speakers.list({ slug }),
    get: (api, code) => api.speakers.get({ slug, code }),
    approve: (api, code) => api.speakers.approve({ slug, code, expectedChangedAt: new Date('2012-10-30T08:30:00Z') }),
    update: (api, code) => api.speakers.update({ slug, code, bio: 'Hijacked bio.', links: [], expectedChangedAt: new Date('2012-10-30T08:30:00Z') }),
  };
  const snapshot = async () => ({
    profiles: await db.speakerProfile.findMany({ where: { conference: { slug } }, orderBy: { id: 'asc' } }),
    audit: await db.auditLogEntry.count(),
    avatars: await db.avatar.count(),
  });

  it.each(Object.entries(calls))("%s refuses anonymous, speaker, reviewer and another conference's organizer, changing nothing", async (_name, call) => {
    const rik = await db.speakerProfile.findFirstOrThrow({ where: { conference: { slug }, user: { name: 'Rik van Riel' } } });
    const other = await makeConference(db);
    const stranger = await makeMember(db, other.id, 'ORGANIZER');
    const before = await snapshot();
    expect(await failure(call(await callerFor(null), rik.code))).toEqual({ code: 'UNAUTHORIZED', fields: undefined, message: 'Please sign in first.' });
    // Rik himself (a speaker of this conference) is refused too, like the demo speaker, a reviewer and a stranger.
    for (const who of [await userId('speaker@podium.test'), rik.userId, await userId('reviewer@podium.test'), stranger.id]) {
      expect(await failure(call(await callerFor(who), rik.code))).toEqual({ code: 'FORBIDDEN', fields: undefined, message: 'Only the organizers of this conference may do this.' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('is not served by the public app: its router has no speakers area', async () => {
    const { publicAppRouter } = await import('../../root.ts');
    expect(Object.keys(publicAppRouter._def.record).sort()).toEqual(['public', 'speaker']);
  });
});

describe('speakers.list', () => {
  it('lists the demo speakers by name with their state, and "pending" keeps the one waiting for approval', async () => {
    const org = await callerFor(await userId('organizer@podium.test'));
    const all = await org.speakers.list({ slug: demo });
    expect(all.counts).toEqual({ all: 16, pending: 1 });
    expect(all.speakers.map((s) => s.name)).toEqual([...all.speakers.map((s) => s.name)].sort((a, b) => a.localeCompare(b)));
    expect(all.speakers.filter((s) => s.state === 'PUBLISHED').length).toBe(15);
    expect(all.speakers.every((s) => s.inPublicSchedule)).toBe(true);

    const pending = await org.speakers.list({ slug: demo, filter: 'pending' });
    expect(pending.speakers.map((s) => [s.name, s.state, s.changes, s.changedAt?.toISOString(), s.approvedAt?.toISOString(), s.approvedBy])).toEqual([
      ['Rik van Riel', 'PENDING', ['bio'], '2012-10-30T08:30:00.000Z', '2012-10-22T10:00:00.000Z', null],
    ]);
    const rik = pending.speakers[0]!;
    expect(rik.bioDiff).toEqual([
      { kind: 'same', text: 'Rik van Riel is a Linux kernel developer at Red Hat who has worked on memory management for many years. ' },
      { kind: 'removed', text: 'His current interests include how the kernel manages memory for ' },
      { kind: 'added', text: 'This year he works on **automatic NUMA balancing**, so that ' },
      { kind: 'same', text: 'virtual ' },
      { kind: 'removed', text: 'machines.' },
      { kind: 'added', text: 'machines run close to their memory.' },
    ]);
    expect(rik.proposals).toEqual([{ code: 'KVMMEM', title: 'KVM Memory Management Update & Plans', state: 'CONFIRMED' }]);
  });

  it('lets an admin, who is no member, list the speakers', async () => {
    const list = await (await callerFor(await userId('admin@podium.test'))).speakers.list({ slug: demo });
    expect(list.counts.all).toBe(16);
  });

  it('leaves out speakers who only have drafts', async () => {
    const s = await setup();
    await db.submission.updateMany({ where: { conferenceId: s.conference.id }, data: { state: 'DRAFT' } });
    expect((await s.org.speakers.list({ slug: s.slug })).speakers).toEqual([]);
  });
});

describe('speakers.approve', () => {
  it('copies the working copy exactly to the public one, stamps who and when, and audits it', async () => {
    const s = await setup();
    await s.saveBio('Petra now works on *live migration*.', ['https://petra.example.org/', 'https://blog.petra.example.org/']);
    const { speaker } = await s.org.speakers.get({ slug: s.slug, code: s.code });
    expect([speaker.state, speaker.changes]).toEqual(['PENDING', ['bio', 'links']]);
    expect(speaker.linkChanges).toEqual({ added: ['https://blog.petra.example.org/'], removed: [] });
    expect((await s.publicPage()).bio).toBe(OLD_BIO);

    const r = await s.org.speakers.approve({ slug: s.slug, code: s.code, expectedChangedAt: speaker.changedAt });
    const row = await s.row();
    expect([row.approvedBio, row.approvedLinks, row.approvedAvatarId, row.bioApprovedById, row.bioApprovedAt?.getTime()]).toEqual([
      row.bio,
      row.links,
      row.avatarId,
      s.organizer.id,
      r.approvedAt.getTime(),
    ]);
    expect(row.approvedBio).toBe('Petra now works on *live migration*.');
    expect(r.state).toBe('PUBLISHED');
    expect(await s.publicPage()).toEqual({
      code: s.code,
      name: 'Petra Pending',
      bio: 'Petra now works on *live migration*.',
      avatarUrl: null,
      links: ['https://petra.example.org/', 'https://blog.petra.example.org/'],
    });
    const audit = await db.auditLogEntry.findMany({ where: { conferenceId: s.conference.id } });
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.userId, a.before, a.after])).toEqual([
      [
        'speakers.bio.approve',
        'SpeakerProfile',
        s.profile.id,
        s.organizer.id,
        { bio: OLD_BIO, avatarId: null, links: OLD_LINKS },
        { bio: 'Petra now works on *live migration*.', avatarId: null, links: ['https://petra.example.org/', 'https://blog.petra.example.org/'] },
      ],
    ]);
    const after = (await s.org.speakers.get({ slug: s.slug, code: s.code })).speaker;
    expect([after.state, after.changes, after.approvedBy]).toEqual(['PUBLISHED', [], 'Olga Approver']);
  });

  it('keeps the public copy when the speaker edits again after an approval, until the next approval', async () => {
    const s = await setup();
    await s.saveBio('Version two.');
    await s.org.speakers.approve({ slug: s.slug, code: s.code, expectedChangedAt: (await s.row()).bioChangedAt });
    await s.saveBio('Version three, not approved.');
    expect((await s.publicPage()).bio).toBe('Version two.');
    const { session } = await s.anonymous.public.session({ slug: s.slug, code: `T${s.code}` });
    expect(session.speakers.map((sp) => sp.bio)).toEqual(['Version two.']);
    const row = await s.row();
    expect([row.bio, row.approvedBio]).toEqual(['Version three, not approved.', 'Version two.']);
    expect((await s.speaker.speaker.profile({ slug: s.slug })).publication).toMatchObject({ state: 'PENDING', changes: ['bio'], approved: { bio: 'Version two.' } });
  });

  it('says so when nothing is pending, and changes nothing', async () => {
    const s = await setup();
    const before = await s.row();
    expect(await failure(s.org.speakers.approve({ slug: s.slug, code: s.code, expectedChangedAt: null }))).toEqual({
      code: 'CONFLICT',
      fields: {},
      message: 'Nothing to approve: the public profile of Petra Pending is already their current version.',
    });
    expect(await s.row()).toEqual(before);
    expect(await db.auditLogEntry.count({ where: { conferenceId: s.conference.id } })).toBe(0);
  });

  it('refuses a version the organizer did not see (the speaker changed it meanwhile), changing nothing', async () => {
    const s = await setup();
    await s.saveBio('First change.');
    const seen = (await s.org.speakers.get({ slug: s.slug, code: s.code })).speaker.changedAt;
    await new Promise((r) => setTimeout(r, 5));
    await s.saveBio('Second change, unseen.');
    const before = await s.row();
    expect(await failure(s.org.speakers.approve({ slug: s.slug, code: s.code, expectedChangedAt: seen }))).toEqual({
      code: 'CONFLICT',
      fields: {},
      message: 'Petra Pending changed their profile after you opened it: look at the new version, then approve it.',
    });
    expect(await s.row()).toEqual(before);
    expect((await s.publicPage()).bio).toBe(OLD_BIO);
  });

  it('answers NOT_FOUND for an unknown speaker code', async () => {
    const s = await setup();
    expect(await failure(s.org.speakers.approve({ slug: s.slug, code: 'NOSUCH', expectedChangedAt: null }))).toEqual({
      code: 'NOT_FOUND',
      fields: {},
      message: 'There is no speaker NOSUCH in this conference.',
    });
  });
});

describe('speaker portal: saving the working copy', () => {
  it('marks the profile changed only when bio or links change', async () => {
    const s = await setup();
    await s.saveBio(OLD_BIO);
    expect((await s.row()).bioChangedAt).toBeNull();
    expect((await s.speaker.speaker.profile({ slug: s.slug })).publication.state).toBe('PUBLISHED');
    await s.saveBio(OLD_BIO, ['https://petra.example.org/', 'https://other.example.org/']);
    expect((await s.row()).bioChangedAt).not.toBeNull();
    const profile = await s.speaker.speaker.profile({ slug: s.slug });
    expect([profile.links, profile.publication.state, profile.publication.changes, profile.publication.approved.links]).toEqual([
      ['https://petra.example.org/', 'https://other.example.org/'],
      'PENDING',
      ['links'],
      OLD_LINKS,
    ]);
  });

  it('is "not yet approved" for a new speaker until an organizer approves', async () => {
    const s = await setup();
    await db.speakerProfile.update({ where: { id: s.profile.id }, data: { bio: '', links: [], approvedBio: '', approvedLinks: [], bioApprovedAt: null } });
    expect((await s.speaker.speaker.profile({ slug: s.slug })).publication.state).toBe('EMPTY');
    await s.saveBio('My first bio.', []);
    expect((await s.speaker.speaker.profile({ slug: s.slug })).publication).toMatchObject({ state: 'NOT_APPROVED', changes: ['bio'], approved: { bio: '', links: [], avatar: null } });
    expect((await s.publicPage()).bio).toBe('');
  });
});

describe('speakers.update (an organizer edits the bio)', () => {
  it('publishes at once: both copies, stamped, audited', async () => {
    const s = await setup();
    await s.saveBio('Speaker draft with a typo: QEUM.');
    const seen = (await s.row()).bioChangedAt;
    const r = await s.org.speakers.update({ slug: s.slug, code: s.code, bio: 'Speaker draft, typo fixed: QEMU.', links: [' https://petra.example.org '], expectedChangedAt: seen });
    expect(r).toEqual({ state: 'PUBLISHED' });
    const row = await s.row();
    expect([row.bio, row.approvedBio, row.links, row.approvedLinks, row.bioApprovedById, row.bioChangedAt?.getTime()]).toEqual([
      'Speaker draft, typo fixed: QEMU.',
      'Speaker draft, typo fixed: QEMU.',
      OLD_LINKS,
      OLD_LINKS,
      s.organizer.id,
      seen?.getTime(),
    ]);
    expect((await s.publicPage()).bio).toBe('Speaker draft, typo fixed: QEMU.');
    const audit = await db.auditLogEntry.findMany({ where: { conferenceId: s.conference.id } });
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['speakers.bio.update', { bio: OLD_BIO, avatarId: null, links: OLD_LINKS }, { bio: 'Speaker draft, typo fixed: QEMU.', avatarId: null, links: OLD_LINKS }],
    ]);
  });

  it('refuses HTML in the bio and a link that is no web address, next to the fields, changing nothing', async () => {
    const s = await setup();
    const before = await s.row();
    expect(await failure(s.org.speakers.update({ slug: s.slug, code: s.code, bio: 'Hi <script>alert(1)</script>', links: ['javascript:alert(1)'], expectedChangedAt: null }))).toEqual({
      code: 'BAD_REQUEST',
      fields: {
        bio: 'Bios are Markdown; HTML tags like <script> are not allowed.',
        links: 'Link 1 ("javascript:alert(1)") is not a web address starting with http:// or https://.',
      },
      message: 'The bio was not saved: see the marked fields.',
    });
    expect(await s.row()).toEqual(before);
  });

  it('refuses to overwrite a version the organizer did not see, changing nothing', async () => {
    const s = await setup();
    await s.saveBio('The speaker wrote this meanwhile.');
    const before = await s.row();
    expect(await failure(s.org.speakers.update({ slug: s.slug, code: s.code, bio: 'Organizer text.', links: [], expectedChangedAt: null }))).toEqual({
      code: 'CONFLICT',
      fields: {},
      message: 'Petra Pending changed their profile after you opened it: your edit was not saved. Look at their new version first.',
    });
    expect(await s.row()).toEqual(before);
  });
});

describe('photos: pending until approved', () => {
  it('serves a new photo only to its speaker until approved, keeps the public one meanwhile, and removes it once replaced', async () => {
    const s = await setup();
    const first = await uploadAvatar(s.speakerCtx, { slug: s.slug, bytes: png(8, [200, 0, 0]) });
    const anonymousCtx = await createContextInner({ db, userId: null });
    const otherCtx = await createContextInner({ db, userId: (await makeUser(db)).id });
    expect((await s.publicPage()).avatarUrl).toBeNull();
    expect(await readAvatarImage(anonymousCtx, first.avatarId)).toBeNull();
    expect(await readAvatarImage(otherCtx, first.avatarId)).toBeNull();
    expect((await readAvatarImage(s.speakerCtx, first.avatarId))?.visibility).toBe('own');
    const pending = (await s.org.speakers.get({ slug: s.slug, code: s.code })).speaker;
    expect([pending.state, pending.changes, pending.working.avatar?.id, pending.approved.avatar]).toEqual(['PENDING', ['photo'], first.avatarId, null]);

    await s.org.speakers.approve({ slug: s.slug, code: s.code, expectedChangedAt: pending.changedAt });
    expect((await s.publicPage()).avatarUrl).toBe(`/avatars/${first.avatarId}`);
    expect((await readAvatarImage(anonymousCtx, first.avatarId))?.visibility).toBe('public');

    // A second photo: the first stays stored and public while the second waits.
    const second = await uploadAvatar(s.speakerCtx, { slug: s.slug, bytes: png(8, [0, 0, 200]) });
    expect(await db.avatar.count({ where: { id: { in: [first.avatarId, second.avatarId] } } })).toBe(2);
    expect((await s.publicPage()).avatarUrl).toBe(`/avatars/${first.avatarId}`);
    expect(await readAvatarImage(anonymousCtx, second.avatarId)).toBeNull();

    // A third before approval: the unapproved second goes, the public first stays.
    const third = await uploadAvatar(s.speakerCtx, { slug: s.slug, bytes: png(8, [0, 200, 0]) });
    expect((await db.avatar.findMany({ where: { id: { in: [first.avatarId, second.avatarId, third.avatarId] } }, select: { id: true } })).map((a) => a.id).sort()).toEqual(
      [first.avatarId, third.avatarId].sort(),
    );

    await s.org.speakers.approve({ slug: s.slug, code: s.code, expectedChangedAt: (await s.row()).bioChangedAt });
    expect((await s.publicPage()).avatarUrl).toBe(`/avatars/${third.avatarId}`);
    expect(await db.avatar.count({ where: { id: first.avatarId } })).toBe(0);
  });

  it("publishes an organizer's bio edit at once while a new photo keeps waiting", async () => {
    const s = await setup();
    const photo = await uploadAvatar(s.speakerCtx, { slug: s.slug, bytes: png(8, [10, 10, 10]) });
    const seen = (await s.row()).bioChangedAt;
    expect(await s.org.speakers.update({ slug: s.slug, code: s.code, bio: 'Edited by the organizers.', links: OLD_LINKS, expectedChangedAt: seen })).toEqual({ state: 'PENDING' });
    expect(await s.publicPage()).toMatchObject({ bio: 'Edited by the organizers.', avatarUrl: null });
    const row = await s.row();
    expect([row.avatarId, row.approvedAvatarId, row.bioApprovedAt?.toISOString(), row.bioApprovedById]).toEqual([photo.avatarId, null, '2030-01-01T10:00:00.000Z', null]);
  });
});
