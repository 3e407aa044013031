// Schedule releases (pretalx's `freeze_schedule`): the name a new release is offered, the changelog between two
// versions, and the checklist an organizer reads before releasing. Pure: the callers pass plain rows.
//
// Choices where the issue leaves room:
//   - Names: the last run of digits of the previous name goes up by one, keeping its width ("1.0" → "1.1", "2.3.9" →
//     "2.3.10", "v09" → "v10", "Final (2)" → "Final (3)"); a name that does not end in a number gets " (2)"
//     ("Final" → "Final (2)"); no release yet → "1.0". A suggestion that is already taken goes up again.
//   - What a release publishes: the placed slots of accepted and confirmed sessions (a cancelled or withdrawn session
//     left on the grid is not published) plus the breaks.
//   - Changelog: sessions are matched by code. New = placed now, not before; moved = placed in both with another
//     start, end or room; cancelled = placed before, not now (which covers a session cancelled or withdrawn after
//     the last release, since a release never publishes those). Each list has one fixed order (see compareEntries).
//   - Checklist: any conflict of severity "block" stops the release; warnings are listed; so are accepted or
//     confirmed sessions not on the grid, accepted (not yet confirmed) sessions on the grid, and speakers of sessions
//     on the grid whose bio is missing or not approved. Only blocking conflicts stop a release.

import { isSchedulable, type SubmissionState } from '../cfp/states.ts';
import { DomainError } from '../errors.ts';
import { bioState, isPendingApproval, type BioCopy } from '../speakers/bio-approval.ts';
import { formatDateKey, formatLocalRange, localDateKey } from '../time/zoned.ts';
import type { Conflict } from './conflicts.ts';

// ---------------------------------------------------------------------------------------------------------------
// Names

/** The name of a conference's first release. */
export const FIRST_RELEASE_NAME = '1.0';
export const MAX_RELEASE_NAME_LENGTH = 100;
export const MAX_RELEASE_COMMENT_LENGTH = 5000;

/** The name after `name`: its last number plus one (same width), or `name (2)` when it does not end in a number. */
export function nextReleaseName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return FIRST_RELEASE_NAME;
  const m = /^(.*?)(\d+)(\)?)$/s.exec(trimmed);
  // "Final (2)" and "v2" end in a number; "Final", "1.0 final" and "Final (x)" do not.
  if (!m || (m[3] === ')' && !/\($/.test(m[1]!))) return `${trimmed} (2)`;
  const digits = m[2]!;
  const next = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  return `${m[1]}${next}${m[3]}`;
}

/**
 * The name to offer for the next release: after the latest release's name (or "1.0" for the first), skipping names
 * already used by the conference.
 */
export function suggestReleaseName(latest: string | null, taken: readonly string[] = []): string {
  const used = new Set(taken.map((t) => t.trim()));
  let name = latest === null || !latest.trim() ? FIRST_RELEASE_NAME : nextReleaseName(latest);
  // Bounded: each step changes the name, and `used` is finite.
  for (let i = 0; i <= used.size && used.has(name); i++) name = nextReleaseName(name);
  return name;
}

/** Checks a release name and comment typed by an organizer; returns them trimmed. INVALID with per-field messages. */
export function validateRelease(input: { name: string; comment: string }, taken: readonly string[]): { name: string; comment: string } {
  const name = input.name.trim();
  const comment = input.comment.trim();
  const fields: Record<string, string> = {};
  if (!name) fields.name = 'A release needs a name, such as 1.0.';
  else if (/[\r\n\t]/.test(name)) fields.name = 'The name must be one line.';
  else if (name.length > MAX_RELEASE_NAME_LENGTH) fields.name = `The name is too long (${name.length} characters, at most ${MAX_RELEASE_NAME_LENGTH}).`;
  else if (taken.some((t) => t.trim() === name)) fields.name = `There is already a release named “${name}”: choose another name.`;
  if (comment.length > MAX_RELEASE_COMMENT_LENGTH) fields.comment = `The comment is too long (${comment.length} characters, at most ${MAX_RELEASE_COMMENT_LENGTH}).`;
  if (Object.keys(fields).length > 0) {
    throw new DomainError('INVALID', Object.values(fields).join(' '), fields);
  }
  return { name, comment };
}

// ---------------------------------------------------------------------------------------------------------------
// What a release publishes

/** Whether a session's slot goes into a release: placed, and the session is accepted or confirmed. */
export function isReleasable(state: SubmissionState, slot: { roomId: string | null; start: Date | null; end: Date | null }): boolean {
  return isSchedulable(state) && slot.roomId !== null && slot.start !== null && slot.end !== null;
}

// ---------------------------------------------------------------------------------------------------------------
// Changelog

export interface Placement {
  roomId: string;
  roomName: string;
  start: Date;
  end: Date;
}

/** One session as a schedule version places it. */
export interface VersionSlot extends Placement {
  code: string;
  title: string;
  speakers: { code: string; name: string }[];
}

export interface ChangelogSession {
  code: string;
  title: string;
  speakers: { code: string; name: string }[];
}

export interface ScheduleChangelog {
  /** No previous release: every session is new. */
  initial: boolean;
  added: (ChangelogSession & { at: Placement })[];
  moved: (ChangelogSession & { from: Placement; to: Placement; timeChanged: boolean; roomChanged: boolean })[];
  cancelled: (ChangelogSession & { from: Placement })[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Time, then room name, then session code: one fixed order whatever order the rows came in. */
function compareAt(a: { start: Date; roomName: string; code: string }, b: { start: Date; roomName: string; code: string }): number {
  return a.start.getTime() - b.start.getTime() || cmp(a.roomName, b.roomName) || cmp(a.code, b.code);
}

const placementOf = (s: Placement): Placement => ({ roomId: s.roomId, roomName: s.roomName, start: s.start, end: s.end });
const sessionOf = (s: VersionSlot): ChangelogSession => ({ code: s.code, title: s.title, speakers: s.speakers.map((sp) => ({ ...sp })) });

function byCode(slots: readonly VersionSlot[], side: string): Map<string, VersionSlot> {
  const out = new Map<string, VersionSlot>();
  for (const s of slots) {
    if (out.has(s.code)) throw new RangeError(`Session ${s.code} is placed twice in the ${side} version.`);
    out.set(s.code, s);
  }
  return out;
}

/**
 * What changed from `previous` (null: nothing released yet) to `next`: new, moved and cancelled sessions. Titles and
 * speakers of new and moved sessions come from `next`, of cancelled ones from `previous`.
 * New: by new time, room, code. Moved: by new time, room, code. Cancelled: by old time, room, code.
 */
export function computeChangelog(previous: readonly VersionSlot[] | null, next: readonly VersionSlot[]): ScheduleChangelog {
  const before = byCode(previous ?? [], 'previous');
  const after = byCode(next, 'new');
  const added: ScheduleChangelog['added'] = [];
  const moved: ScheduleChangelog['moved'] = [];
  const cancelled: ScheduleChangelog['cancelled'] = [];
  for (const [code, now] of after) {
    const was = before.get(code);
    if (!was) {
      added.push({ ...sessionOf(now), at: placementOf(now) });
      continue;
    }
    const timeChanged = was.start.getTime() !== now.start.getTime() || was.end.getTime() !== now.end.getTime();
    const roomChanged = was.roomId !== now.roomId;
    if (timeChanged || roomChanged) moved.push({ ...sessionOf(now), from: placementOf(was), to: placementOf(now), timeChanged, roomChanged });
  }
  for (const [code, was] of before) if (!after.has(code)) cancelled.push({ ...sessionOf(was), from: placementOf(was) });
  added.sort((a, b) => compareAt({ ...a.at, code: a.code }, { ...b.at, code: b.code }));
  moved.sort((a, b) => compareAt({ ...a.to, code: a.code }, { ...b.to, code: b.code }));
  cancelled.sort((a, b) => compareAt({ ...a.from, code: a.code }, { ...b.from, code: b.code }));
  return { initial: previous === null, added, moved, cancelled };
}

export function changelogIsEmpty(c: ScheduleChangelog): boolean {
  return c.added.length === 0 && c.moved.length === 0 && c.cancelled.length === 0;
}

/** "1 new, 2 moved, 1 cancelled", "First release: 16 sessions", or "No changes"; `sessions` = what the release places. */
export function summarizeChanges(c: { initial: boolean; sessions: number; added: readonly unknown[]; moved: readonly unknown[]; cancelled: readonly unknown[] }): string {
  if (c.initial) return `First release: ${c.sessions} session${c.sessions === 1 ? '' : 's'}`;
  const parts = [
    c.added.length ? `${c.added.length} new` : '',
    c.moved.length ? `${c.moved.length} moved` : '',
    c.cancelled.length ? `${c.cancelled.length} cancelled` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No changes';
}

export function summarizeChangelog(c: ScheduleChangelog): string {
  return summarizeChanges({ ...c, sessions: c.added.length });
}

/** A placement in local time: "Wed 7 Nov 2012", "10:00–10:30", "UTC+01:00", plus the room. */
export interface PlacementLabel {
  date: string;
  day: string;
  time: string;
  offset: string;
  room: string;
}

export function placementLabel(p: Placement, timeZone: string): PlacementLabel {
  const date = localDateKey(p.start, timeZone);
  const { range, offset } = formatLocalRange(p.start, p.end, timeZone);
  return { date, day: formatDateKey(date, 'short').replace(',', ''), time: range, offset, room: p.roomName };
}

/** "Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00), Auditorium". */
export function describePlacement(p: Placement, timeZone: string): string {
  const l = placementLabel(p, timeZone);
  return `${l.day}, ${l.time} (${l.offset}), ${l.room}`;
}

/** One line per change, for mails and feeds: "Moved: Title — from … to …". */
export function changelogLines(c: ScheduleChangelog, timeZone: string): string[] {
  return [
    ...c.added.map((s) => `New: ${s.title} — ${describePlacement(s.at, timeZone)}`),
    ...c.moved.map((s) => `Moved: ${s.title} — from ${describePlacement(s.from, timeZone)} to ${describePlacement(s.to, timeZone)}`),
    ...c.cancelled.map((s) => `Cancelled: ${s.title} — was ${describePlacement(s.from, timeZone)}`),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Checklist

export interface ChecklistSpeaker {
  id: string;
  code: string;
  name: string;
  working: BioCopy;
  approved: BioCopy;
  approvedAt: Date | null;
}

export interface ChecklistSession {
  code: string;
  title: string;
  state: SubmissionState;
  /** On the grid (room, start and end set) in the work-in-progress version. */
  placed: boolean;
  speakers: ChecklistSpeaker[];
}

export type BioProblem = 'missing' | 'unapproved';

export interface ReleaseChecklist {
  /** Conflicts of severity "block": any one stops the release. */
  blocking: Conflict[];
  warnings: Conflict[];
  /** Accepted or confirmed sessions that are not on the grid (they will not be published). */
  unscheduled: { code: string; title: string; state: SubmissionState }[];
  /** Sessions on the grid whose speakers have not confirmed yet (they will be published). */
  unconfirmed: { code: string; title: string }[];
  /** Speakers of sessions on the grid whose bio is missing, or whose latest bio is not approved. */
  bios: { id: string; code: string; name: string; problem: BioProblem; sessions: string[] }[];
  canRelease: boolean;
}

/**
 * A speaker's bio problem: missing when no bio text is written nor public; unapproved when the working copy (bio,
 * photo or links) waits for approval; null when the public sees the speaker's current bio.
 */
export function bioProblem(s: Pick<ChecklistSpeaker, 'working' | 'approved' | 'approvedAt'>): BioProblem | null {
  if (!s.working.bio.trim() && !s.approved.bio.trim()) return 'missing';
  if (isPendingApproval(bioState({ working: s.working, approved: s.approved, approvedAt: s.approvedAt }))) return 'unapproved';
  return s.approved.bio.trim() ? null : 'missing';
}

const byTitle = (a: { title: string; code: string }, b: { title: string; code: string }) => a.title.localeCompare(b.title, 'en') || cmp(a.code, b.code);

/** What an organizer must know before releasing. `conflicts` come from checkSchedule with the conference's severities. */
export function releaseChecklist(input: { conflicts: readonly Conflict[]; sessions: readonly ChecklistSession[] }): ReleaseChecklist {
  const blocking = input.conflicts.filter((c) => c.severity === 'block');
  const warnings = input.conflicts.filter((c) => c.severity === 'warn');
  const sessions = input.sessions.filter((s) => isSchedulable(s.state));
  const unscheduled = sessions.filter((s) => !s.placed).map((s) => ({ code: s.code, title: s.title, state: s.state })).sort(byTitle);
  const unconfirmed = sessions.filter((s) => s.placed && s.state === 'ACCEPTED').map((s) => ({ code: s.code, title: s.title })).sort(byTitle);
  const bios = new Map<string, ReleaseChecklist['bios'][number]>();
  for (const s of sessions) {
    if (!s.placed) continue;
    for (const sp of s.speakers) {
      const problem = bioProblem(sp);
      if (!problem) continue;
      const entry = bios.get(sp.id) ?? { id: sp.id, code: sp.code, name: sp.name, problem, sessions: [] };
      entry.sessions.push(s.code);
      bios.set(sp.id, entry);
    }
  }
  for (const b of bios.values()) b.sessions.sort(cmp);
  return {
    blocking,
    warnings,
    unscheduled,
    unconfirmed,
    bios: [...bios.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || cmp(a.code, b.code)),
    canRelease: blocking.length === 0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Refusals

/** The refusal of a release while blocking conflicts remain: every reason in the message, and per kind in fields. */
export function refusedRelease(blocking: readonly Conflict[]): DomainError {
  const fields: Record<string, string> = {};
  for (const c of blocking) fields[c.kind] = fields[c.kind] ? `${fields[c.kind]}\n${c.message}` : c.message;
  const n = blocking.length;
  return new DomainError(
    'CONFLICT',
    `The schedule cannot be released: ${n} blocking conflict${n === 1 ? '' : 's'} must be resolved first. ${blocking.map((c) => c.message).join(' ')}`,
    fields,
  );
}

/** The refusal of a release made against an older revision because another release happened (or is happening). */
export function anotherRelease(name: string | null): DomainError {
  return new DomainError(
    'CONFLICT',
    `Another release is in progress or was just made${name ? ` (“${name}”)` : ''}: reload the page and check the changes before releasing again.`,
    { expectedRevision: 'Reload the page.' },
  );
}
