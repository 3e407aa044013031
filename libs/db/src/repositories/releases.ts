// Schedule releases (pretalx's `freeze_schedule`): the state a release starts from (checklist, changelog-to-be) and
// the release itself, in one transaction. The rules (names, changelog, checklist, refusals, mail text) live in
// @podium/domain (schedule/release.ts, mail/schedule-mail.ts, the SCHEDULE_CHANGED template in mail/templates.ts);
// this file reads rows, calls them, and writes.
//
// Concurrency: a release locks the conference row (as every schedule change does, see ensureWorkInProgressVersion),
// then bumps the work-in-progress version's revision with a conditional update (`WHERE revision = expected`). Two
// releases from the same page state therefore run one after the other, and the second finds the revision moved and
// is refused (CONFLICT, naming the release that just happened); a move made after the page was loaded refuses the
// release the same way, so what is released is exactly what the organizer checked. A released version keeps the
// revision it froze, which is how a refusal tells "another release" from "the schedule changed".
//
// The work-in-progress version stays the work-in-progress version: a release copies its placed slots (of accepted and
// confirmed sessions) and its breaks into a new, immutable version, and editing simply continues on the WIP. So
// "a fresh work-in-progress copy of the release" is the WIP itself, already equal to the release, with no second
// copy to keep in sync and no grid or open editor losing its version id.

import {
  anotherRelease,
  checkSchedule,
  computeChangelog,
  conflictInputFromRows,
  DEFAULT_MAIL_TEMPLATES,
  editorDays,
  isReleasable,
  refusedRelease,
  releaseAnchor,
  releaseChecklist,
  renderTemplate,
  SCHEDULE_MAIL_KEY,
  scheduleMailValues,
  staleRevision,
  suggestReleaseName,
  validateRelease,
  type ChecklistSession,
  type Conflict,
  type ReleaseChecklist,
  type ScheduleChangelog,
  type SessionChange,
  type VersionSlot,
} from '@podium/domain';
import type { Db } from '../client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { SubmissionState } from '../generated/prisma/enums.ts';
import { findMailTemplateOverride, type DbOrTx } from './mail.ts';
import { bumpRevision, bumpRevisionIfCurrent, createAuditEntry, ensureWorkInProgressVersion, findRevision, findScheduleEditorSetup, listBlocks } from './schedule-editor.ts';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** The audit action of a release (the schedule's audit log lists every action starting with "schedule."). */
export const RELEASE_AUDIT_ACTION = 'schedule.release';

const releasedWhere = (conferenceId: string) => ({ conferenceId, releasedAt: { not: null } }) satisfies Prisma.ScheduleVersionWhereInput;
const newestFirst = [{ releasedAt: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] satisfies Prisma.ScheduleVersionOrderByWithRelationInput[];

/** The released versions of a conference, newest first, with who released them and how many sessions they place. */
export async function listReleases(db: DbOrTx, conferenceId: string) {
  const rows = await db.scheduleVersion.findMany({
    where: releasedWhere(conferenceId),
    orderBy: newestFirst,
    select: {
      id: true,
      name: true,
      comment: true,
      releasedAt: true,
      releasedById: true,
      revision: true,
      _count: { select: { slots: { where: { roomId: { not: null }, start: { not: null }, end: { not: null } } } } },
    },
  });
  const userIds = [...new Set(rows.flatMap((r) => (r.releasedById ? [r.releasedById] : [])))];
  const users = userIds.length ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? '',
    comment: r.comment,
    releasedAt: r.releasedAt!,
    releasedBy: r.releasedById ? (names.get(r.releasedById) ?? null) : null,
    revision: r.revision,
    sessions: r._count.slots,
  }));
}

const versionSlotSelect = {
  roomId: true,
  start: true,
  end: true,
  room: { select: { name: true } },
  submission: {
    select: {
      code: true,
      title: true,
      speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { code: true, user: { select: { name: true } } } } } },
    },
  },
} satisfies Prisma.ScheduleSlotSelect;

type VersionSlotRow = Prisma.ScheduleSlotGetPayload<{ select: typeof versionSlotSelect }>;

function toVersionSlot(s: VersionSlotRow): VersionSlot {
  return {
    code: s.submission.code,
    title: s.submission.title,
    roomId: s.roomId!,
    roomName: s.room?.name ?? '',
    start: s.start!,
    end: s.end!,
    speakers: s.submission.speakers.map(({ speakerProfile: p }) => ({ code: p.code, name: p.user.name })),
  };
}

/** The sessions a schedule version places (what a release published), for changelogs. */
export async function findVersionSlots(db: DbOrTx, versionId: string): Promise<VersionSlot[]> {
  const rows = await db.scheduleSlot.findMany({
    where: { versionId, roomId: { not: null }, start: { not: null }, end: { not: null } },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    select: versionSlotSelect,
  });
  return rows.map(toVersionSlot);
}

/** Every release of a conference with the sessions it placed, oldest first (for the public changelog). */
export async function listReleasesWithSlots(db: DbOrTx, conferenceId: string) {
  const releases = (await listReleases(db, conferenceId)).reverse();
  const slots = await db.scheduleSlot.findMany({
    where: { versionId: { in: releases.map((r) => r.id) }, roomId: { not: null }, start: { not: null }, end: { not: null } },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    select: { versionId: true, ...versionSlotSelect },
  });
  const byVersion = new Map<string, VersionSlot[]>(releases.map((r) => [r.id, []]));
  for (const s of slots) byVersion.get(s.versionId)!.push(toVersionSlot(s));
  return releases.map((r) => ({ ...r, slots: byVersion.get(r.id)! }));
}

const SCHEDULABLE = [SubmissionState.ACCEPTED, SubmissionState.CONFIRMED];

const releaseSessionSelect = (versionId: string) =>
  ({
    id: true,
    code: true,
    title: true,
    state: true,
    trackId: true,
    expectedAudience: true,
    track: { select: { name: true, color: true } },
    sessionType: { select: { name: true } },
    speakers: {
      orderBy: { position: 'asc' },
      select: {
        speakerProfile: {
          select: {
            id: true,
            code: true,
            bio: true,
            avatarId: true,
            links: true,
            approvedBio: true,
            approvedAvatarId: true,
            approvedLinks: true,
            bioApprovedAt: true,
            user: { select: { name: true, email: true } },
            availability: { orderBy: { start: 'asc' }, select: { start: true, end: true } },
          },
        },
      },
    },
    slots: { where: { versionId }, select: { id: true, roomId: true, start: true, end: true, pinned: true } },
  }) satisfies Prisma.SubmissionSelect;

export type ReleaseSession = Prisma.SubmissionGetPayload<{ select: ReturnType<typeof releaseSessionSelect> }>;

/** A session the latest release placed and this one does not (cancelled, withdrawn, or taken off the grid). */
const cancelledSessionSelect = {
  id: true,
  code: true,
  title: true,
  state: true,
  speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { user: { select: { name: true, email: true } } } } } },
} satisfies Prisma.SubmissionSelect;

export type CancelledReleaseSession = Prisma.SubmissionGetPayload<{ select: typeof cancelledSessionSelect }>;
type PlacedSlot = { id: string; roomId: string; start: Date; end: Date; pinned: boolean };

function placedSlot(s: ReleaseSession): PlacedSlot | null {
  const slot = s.slots[0];
  return slot && isReleasable(s.state, slot) ? (slot as PlacedSlot) : null;
}

export interface PreparedRelease {
  workInProgress: { id: string; revision: number };
  timeZone: string;
  rooms: { id: string; name: string; position: number }[];
  /** Accepted and confirmed sessions with their work-in-progress slot. */
  sessions: ReleaseSession[];
  /** The sessions the release would publish, with their placement. */
  placed: { session: ReleaseSession; slot: PlacedSlot }[];
  blocks: Awaited<ReturnType<typeof listBlocks>>;
  conflicts: Conflict[];
  checklist: ReleaseChecklist;
  latest: { id: string; name: string; releasedAt: Date; revision: number } | null;
  /** Every release name the conference has used. */
  taken: string[];
  suggestedName: string;
  /** From the latest release to what the work-in-progress version would publish. */
  changelog: ScheduleChangelog;
  /** The proposals of the changelog's cancelled sessions, whatever their state now (their speakers are mailed too). */
  cancelledSessions: CancelledReleaseSession[];
}

/**
 * Everything a release is decided on, read from `db` (a transaction when releasing): the work-in-progress version's
 * sessions, breaks and conflicts with the conference's severities, the checklist, the latest release and the
 * changelog from it. The work-in-progress version must exist (ensureWorkInProgressVersion).
 */
export async function prepareRelease(db: DbOrTx, conferenceId: string, workInProgress: { id: string; revision: number }): Promise<PreparedRelease> {
  // One query after the other: inside a transaction they share one connection anyway.
  const setup = await findScheduleEditorSetup(db, conferenceId);
  const sessions = await db.submission.findMany({ where: { conferenceId, state: { in: SCHEDULABLE } }, orderBy: [{ code: 'asc' }], select: releaseSessionSelect(workInProgress.id) });
  const blocks = await listBlocks(db, workInProgress.id);
  const releases = await db.scheduleVersion.findMany({ where: releasedWhere(conferenceId), orderBy: newestFirst, select: { id: true, name: true, releasedAt: true, revision: true } });
  const placed = sessions.flatMap((session) => {
    const slot = placedSlot(session);
    return slot ? [{ session, slot }] : [];
  });
  const days = editorDays(setup.scheduleDays, setup);
  const conflicts = checkSchedule(
    conflictInputFromRows({
      timeZone: setup.timeZone,
      travelBufferMinutes: setup.travelBufferMinutes,
      conflictSeverities: setup.conflictSeverities,
      days,
      rooms: setup.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, availability: r.availability })),
      tracks: setup.tracks,
      sessions: placed.map(({ session, slot }) => ({
        slotId: slot.id,
        title: session.title,
        trackId: session.trackId,
        expectedAudience: session.expectedAudience,
        speakers: session.speakers.map(({ speakerProfile: p }) => ({ id: p.id, name: p.user.name, availability: p.availability })),
        roomId: slot.roomId,
        start: slot.start,
        end: slot.end,
      })),
      blocks,
    }),
  );
  const checklist = releaseChecklist({
    conflicts,
    sessions: sessions.map(
      (s): ChecklistSession => ({
        code: s.code,
        title: s.title,
        state: s.state,
        placed: placedSlot(s) !== null,
        speakers: s.speakers.map(({ speakerProfile: p }) => ({
          id: p.id,
          code: p.code,
          name: p.user.name,
          working: { bio: p.bio, avatarId: p.avatarId, links: p.links },
          approved: { bio: p.approvedBio, avatarId: p.approvedAvatarId, links: p.approvedLinks },
          approvedAt: p.bioApprovedAt,
        })),
      }),
    ),
  });
  const roomNames = new Map(setup.rooms.map((r) => [r.id, r.name]));
  const next: VersionSlot[] = placed.map(({ session, slot }) => ({
    code: session.code,
    title: session.title,
    roomId: slot.roomId,
    roomName: roomNames.get(slot.roomId) ?? '',
    start: slot.start,
    end: slot.end,
    speakers: session.speakers.map(({ speakerProfile: p }) => ({ code: p.code, name: p.user.name })),
  }));
  const latestRow = releases[0];
  const latest = latestRow ? { id: latestRow.id, name: latestRow.name ?? '', releasedAt: latestRow.releasedAt!, revision: latestRow.revision } : null;
  const taken = releases.map((r) => r.name ?? '').filter(Boolean);
  const changelog = computeChangelog(latest ? await findVersionSlots(db, latest.id) : null, next);
  const cancelledCodes = changelog.cancelled.map((c) => c.code);
  const cancelledSessions = cancelledCodes.length
    ? await db.submission.findMany({ where: { conferenceId, code: { in: cancelledCodes } }, orderBy: [{ code: 'asc' }], select: cancelledSessionSelect })
    : [];
  return {
    workInProgress,
    timeZone: setup.timeZone,
    rooms: setup.rooms.map((r) => ({ id: r.id, name: r.name, position: r.position })),
    sessions,
    placed,
    blocks,
    conflicts,
    checklist,
    latest,
    taken,
    suggestedName: suggestReleaseName(latest?.name ?? null, taken),
    changelog,
    cancelledSessions,
  };
}

/** The release's starting point without changing anything (the checklist page): creates no version when none exists. */
export async function previewRelease(db: Db, conferenceId: string): Promise<PreparedRelease> {
  const wip = await db.scheduleVersion.findFirst({ where: { conferenceId, releasedAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true, revision: true } });
  // A conference nobody has scheduled yet: an empty work-in-progress version in all but name.
  return prepareRelease(db, conferenceId, wip ?? { id: '', revision: 0 });
}

export interface ReleaseScheduleInput {
  conferenceId: string;
  /** Blank or absent: the suggested name (the latest release's name plus one, or 1.0). */
  name?: string | null;
  comment?: string;
  /** Who releases (audit and releasedById); null for a system action. */
  userId: string | null;
  /**
   * The work-in-progress revision the caller checked; the release is refused when it moved (another release, or an
   * edit since). null/absent: no check (a command-line import releasing what it just wrote).
   */
  expectedRevision?: number | null;
  /** Queue a mail to each speaker of a new, moved or cancelled session (default true). */
  notifySpeakers?: boolean;
  /** The public app's base URL for links in mails (default PODIUM_PUBLIC_URL, else http://localhost:3000). */
  publicBaseUrl?: string;
  /** Tests only: runs last inside the transaction; throwing rolls the whole release back. */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

export interface ReleaseScheduleResult {
  versionId: string;
  name: string;
  releasedAt: Date;
  /** The work-in-progress revision after the release (it goes up by one, so open grids refresh). */
  revision: number;
  changelog: ScheduleChangelog;
  /** Conflicts of severity "warn" released as they are. */
  warnings: Conflict[];
  /** Sessions the release publishes. */
  sessions: number;
  mailsQueued: number;
}

/**
 * Releases the work-in-progress schedule in one transaction: lock, revision check, blocking conflicts refused (with
 * their messages), duplicate names refused, a new immutable version with the placed slots and the breaks, an audit
 * entry, and the speakers' mails in the outbox. Nothing is written unless all of it is.
 */
export async function releaseSchedule(db: Db, input: ReleaseScheduleInput): Promise<ReleaseScheduleResult> {
  const publicBase = (input.publicBaseUrl ?? process.env.PODIUM_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  return db.$transaction(
    async (tx) => {
      const wip = await ensureWorkInProgressVersion(tx, input.conferenceId);
      let revision: number;
      if (input.expectedRevision === null || input.expectedRevision === undefined) {
        revision = (await bumpRevision(tx, wip.id)).revision;
      } else if (await bumpRevisionIfCurrent(tx, wip.id, input.expectedRevision)) {
        revision = input.expectedRevision + 1;
      } else {
        const latest = await tx.scheduleVersion.findFirst({ where: releasedWhere(input.conferenceId), orderBy: newestFirst, select: { name: true, revision: true } });
        if (latest && latest.revision > input.expectedRevision) throw anotherRelease(latest.name);
        throw staleRevision(input.expectedRevision, await findRevision(tx, wip.id));
      }

      const prepared = await prepareRelease(tx, input.conferenceId, { id: wip.id, revision });
      const { name, comment } = validateRelease({ name: input.name?.trim() || prepared.suggestedName, comment: input.comment ?? '' }, prepared.taken);
      if (!prepared.checklist.canRelease) throw refusedRelease(prepared.checklist.blocking);

      const releasedAt = new Date();
      const version = await tx.scheduleVersion.create({
        data: { conferenceId: input.conferenceId, name, comment, releasedAt, releasedById: input.userId, revision },
        select: { id: true },
      });
      await tx.scheduleSlot.createMany({
        data: prepared.placed.map(({ session, slot }) => ({ versionId: version.id, submissionId: session.id, roomId: slot.roomId, start: slot.start, end: slot.end, pinned: slot.pinned })),
      });
      if (prepared.blocks.length > 0) {
        await tx.scheduleBlock.createMany({
          data: prepared.blocks.map((b) => ({ versionId: version.id, title: b.title, start: b.start, end: b.end, allRooms: b.allRooms, roomIds: b.roomIds })),
        });
      }

      const { changelog } = prepared;
      await createAuditEntry(tx, {
        conferenceId: input.conferenceId,
        userId: input.userId,
        action: RELEASE_AUDIT_ACTION,
        entity: 'ScheduleVersion',
        entityId: version.id,
        before: prepared.latest ? { release: prepared.latest.name } : null,
        after: {
          name,
          comment,
          revision,
          sessions: prepared.placed.length,
          blocks: prepared.blocks.length,
          new: changelog.added.map((s) => s.code),
          moved: changelog.moved.map((s) => s.code),
          cancelled: changelog.cancelled.map((s) => s.code),
        },
      });

      const mailsQueued = input.notifySpeakers === false ? 0 : await queueReleaseMails(tx, { conferenceId: input.conferenceId, release: name, publicBase, prepared });
      await input.beforeCommit?.(tx);
      return { versionId: version.id, name, releasedAt, revision, changelog, warnings: prepared.checklist.warnings, sessions: prepared.placed.length, mailsQueued };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/**
 * Who a release mails: each speaker with an address of each new, moved or cancelled session, in changelog order (new,
 * moved, cancelled). A cancelled session's speakers are its proposal's speakers now.
 */
export function releaseMailRecipients(prepared: Pick<PreparedRelease, 'sessions' | 'changelog' | 'cancelledSessions'>) {
  const sessions = new Map<string, Pick<CancelledReleaseSession, 'id' | 'code' | 'title' | 'speakers'>>([
    ...prepared.sessions.map((s) => [s.code, s] as const),
    ...prepared.cancelledSessions.map((s) => [s.code, s] as const),
  ]);
  const states = new Map(prepared.cancelledSessions.map((s) => [s.code, s.state]));
  const changes: { code: string; change: SessionChange }[] = [
    ...prepared.changelog.added.map((s) => ({ code: s.code, change: { kind: 'new', at: s.at } as const })),
    ...prepared.changelog.moved.map((s) => ({ code: s.code, change: { kind: 'moved', from: s.from, to: s.to } as const })),
    ...prepared.changelog.cancelled.flatMap((s) => (states.has(s.code) ? [{ code: s.code, change: { kind: 'cancelled', from: s.from, state: states.get(s.code)! } as const }] : [])),
  ];
  return changes.flatMap(({ code, change }) => {
    const session = sessions.get(code)!;
    return session.speakers.flatMap(({ speakerProfile: sp }) => (sp.user.email ? [{ session, name: sp.user.name, email: sp.user.email, change }] : []));
  });
}

/** Queues the release's mails in the outbox, from the conference's SCHEDULE_CHANGED template (or the default); returns how many. */
async function queueReleaseMails(tx: Tx, p: { conferenceId: string; release: string; publicBase: string; prepared: PreparedRelease }): Promise<number> {
  const conference = await tx.conference.findUniqueOrThrow({ where: { id: p.conferenceId }, select: { name: true, slug: true, timeZone: true } });
  const recipients = releaseMailRecipients(p.prepared);
  if (recipients.length === 0) return 0;
  const override = await findMailTemplateOverride(tx, p.conferenceId, SCHEDULE_MAIL_KEY);
  const template = override ? { subject: override.subject, body: override.body } : DEFAULT_MAIL_TEMPLATES[SCHEDULE_MAIL_KEY];
  const changelogUrl = `${p.publicBase}/${conference.slug}/changelog#${releaseAnchor(p.release)}`;
  const mails = recipients.map(({ session, name, email, change }): Prisma.OutboxMailCreateManyInput => {
    const values = scheduleMailValues({
      conference: conference.name,
      speaker: name,
      release: p.release,
      title: session.title,
      urls: { session: `${p.publicBase}/${conference.slug}/sessions/${session.code}`, changelog: changelogUrl },
      timeZone: conference.timeZone,
      change,
    });
    const { subject, body } = renderTemplate(SCHEDULE_MAIL_KEY, template, values);
    // The key and the session mark a release mail (wantsSessionCalendar): its .ics is made when it is sent.
    return { conferenceId: p.conferenceId, to: email, subject, body, templateKey: SCHEDULE_MAIL_KEY, submissionId: session.id };
  });
  await tx.outboxMail.createMany({ data: mails });
  return mails.length;
}

/**
 * What a release mail's calendar file needs, from the releases as they are now: the session as the latest release
 * places it, or (`cancelledIn` set) as the newest earlier release placed it when the latest one no longer does; the
 * conference; and the latest release's number (0 for the first), the SEQUENCE of either file. null when nothing is
 * released or no release ever placed the session.
 */
export async function findSessionCalendarData(db: DbOrTx, conferenceId: string, submissionId: string) {
  const releases = await db.scheduleVersion.findMany({ where: releasedWhere(conferenceId), orderBy: newestFirst, select: { id: true, name: true, releasedAt: true } });
  const latest = releases[0];
  if (!latest) return null;
  const slots = await db.scheduleSlot.findMany({
    where: { versionId: { in: releases.map((r) => r.id) }, submissionId, roomId: { not: null }, start: { not: null }, end: { not: null } },
    select: {
      versionId: true,
      start: true,
      end: true,
      room: { select: { name: true } },
      submission: {
        select: {
          code: true,
          externalId: true,
          title: true,
          abstract: true,
          speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { user: { select: { name: true } } } } } },
        },
      },
      version: { select: { conference: { select: { id: true, name: true, slug: true, timeZone: true } } } },
    },
  });
  // The newest release that places the session (releases are newest first).
  const order = new Map(releases.map((r, i) => [r.id, i]));
  const slot = slots.sort((a, b) => order.get(a.versionId)! - order.get(b.versionId)!)[0];
  if (!slot) return null;
  return {
    conference: slot.version.conference,
    release: { name: latest.name ?? '', releasedAt: latest.releasedAt!, sequence: releases.length - 1 },
    /** The release that no longer placed the session (the one after the newest that did), or null when the latest places it. */
    cancelledIn: slot.versionId === latest.id ? null : (releases[order.get(slot.versionId)! - 1]!.name ?? ''),
    session: {
      code: slot.submission.code,
      externalId: slot.submission.externalId,
      title: slot.submission.title,
      abstract: slot.submission.abstract,
      speakers: slot.submission.speakers.map(({ speakerProfile: p }) => p.user.name),
      roomName: slot.room?.name ?? '',
      start: slot.start!,
      end: slot.end!,
    },
  };
}
