// The mail a release sends to the speakers of new, moved and cancelled sessions (template SCHEDULE_CHANGED of the
// catalog, templates.ts: conferences reword it like the other mails), with the session as an iCalendar file.
//
// The outbox stores these mails with templateKey SCHEDULE_CHANGED and the session's submissionId; mails queued before
// the key existed have templateKey null and a submissionId, and are recognised the same way (wantsSessionCalendar).
// The calendar file is made when the mail is sent, from the releases as they are then, because an outbox mail has no
// room for attachments: the session where the latest release places it, or, when the latest release no longer places
// it but an earlier one did, the cancellation of that event (sessionCalendarFile with `cancelled`).
//
// A cancelled session gets an iCalendar CANCEL rather than no file: its UID is the one the earlier files (and the
// public .ics feeds) gave the event, so a calendar that imported it removes it or marks it cancelled (RFC 5546
// METHOD:CANCEL, RFC 5545 STATUS:CANCELLED, SEQUENCE raised to the release's number), instead of keeping a talk
// that no longer takes place. Without a file the speaker would have to find and delete the event by hand.

import { buildIcalCalendar, ICAL_CONTENT_TYPE } from '../agenda/exports/ical.ts';
import { stableGuid } from '../agenda/exports/guid.ts';
import { isSchedulable, type SubmissionState } from '../cfp/states.ts';
import { describePlacement, placementLabel, type Placement } from '../schedule/release.ts';
import type { MailTemplateKey } from './templates.ts';

export const SCHEDULE_MAIL_KEY = 'SCHEDULE_CHANGED' satisfies MailTemplateKey;

/**
 * What a release did to one session. A cancelled session was placed by the previous release and is not by this one;
 * `state` is its proposal's state now (still accepted or confirmed: only taken off the grid, not called off).
 */
export type SessionChange =
  | { kind: 'new'; at: Placement }
  | { kind: 'moved'; from: Placement; to: Placement }
  | { kind: 'cancelled'; from: Placement; state: SubmissionState };

/** The placeholder values (SCHEDULE_CHANGED) of one speaker's mail about one session. */
export function scheduleMailValues(input: {
  conference: string;
  speaker: string;
  release: string;
  title: string;
  /** The session's public page, and the release on the public changelog (where a cancelled session is listed). */
  urls: { session: string; changelog: string };
  timeZone: string;
  change: SessionChange;
}): Record<string, string> {
  const { change, timeZone } = input;
  const when = (p: Placement) => {
    const l = placementLabel(p, timeZone);
    return `${l.day}, ${l.time} (${l.offset})`;
  };
  const now = change.kind === 'new' ? change.at : change.kind === 'moved' ? change.to : change.from;
  const before = change.kind === 'new' ? null : change.from;
  let sentence: string;
  if (change.kind === 'new') sentence = 'Your session is on the schedule:';
  else if (change.kind === 'moved') sentence = `Your session has moved (it was on ${describePlacement(change.from, timeZone)}); it now takes place:`;
  // Still accepted or confirmed: only taken off the grid, so it is not called "cancelled" to its speaker.
  else if (isSchedulable(change.state)) sentence = 'Your session has been taken off the schedule for now; we will write again once it has a new time. It was planned for:';
  else sentence = 'Your session has been cancelled and is no longer on the schedule. It was planned for:';
  return {
    conference: input.conference,
    speaker: input.speaker,
    title: input.title,
    release: input.release,
    status: change.kind,
    change: sentence,
    when: when(now),
    room: now.roomName,
    old_when: before ? when(before) : '—',
    old_room: before ? before.roomName : '—',
    url: change.kind === 'cancelled' ? input.urls.changelog : input.urls.session,
    calendar: change.kind === 'cancelled' ? 'The attached calendar file removes it from your calendar.' : 'The attached calendar file holds your session.',
  };
}

/**
 * Whether an outbox mail is a release mail, which gets its session's calendar file when it is sent: the
 * SCHEDULE_CHANGED key with a session, or (queued before that key existed) no key with a session.
 */
export function wantsSessionCalendar(mail: { templateKey: MailTemplateKey | null; submissionId: string | null }): boolean {
  return mail.submissionId !== null && (mail.templateKey === SCHEDULE_MAIL_KEY || mail.templateKey === null);
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * One session as an iCalendar file (its UID is the session's stable guid, so calendars that imported it before
 * update it; SEQUENCE is the release's number, 0 for the first). `cancelled`: the session as it was last placed, as
 * a cancellation (METHOD:CANCEL, STATUS:CANCELLED) of that event.
 */
export function sessionCalendarFile(input: {
  conference: { id: string; name: string; timeZone: string };
  release: { name: string; releasedAt: Date; sequence: number };
  session: { code: string; externalId: string | null; title: string; abstract: string; speakers: string[]; roomName: string; start: Date; end: Date; url: string };
  cancelled?: boolean;
}): MailAttachment {
  const s = input.session;
  const description = [s.abstract.trim(), s.speakers.length ? `Speakers: ${s.speakers.join(', ')}` : '', s.url].filter(Boolean).join('\n\n');
  const content = buildIcalCalendar({
    name: `${s.title} · ${input.conference.name}`,
    timeZone: input.conference.timeZone,
    dtstamp: input.release.releasedAt,
    ...(input.cancelled ? { method: 'CANCEL' as const } : {}),
    events: [
      {
        uid: stableGuid('session', input.conference.id, s.code, s.externalId),
        start: s.start,
        end: s.end,
        summary: s.title,
        location: s.roomName,
        description,
        url: s.url,
        sequence: input.release.sequence,
        ...(input.cancelled ? { status: 'CANCELLED' as const } : {}),
      },
    ],
  });
  return { filename: `${s.code.toLowerCase()}.ics`, contentType: ICAL_CONTENT_TYPE, content };
}
