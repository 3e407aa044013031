// The mail a release sends to the speakers of new and moved sessions, with the session as an iCalendar file.
//
// The schema's MailTemplateKey enum has no value for it yet, so it lives beside the template catalog (templates.ts)
// rather than in it: the outbox stores these mails with templateKey null and the session's submissionId, and that pair
// is what marks them (wantsSessionCalendar). The calendar file is made when the mail is sent, from the session as the
// latest release places it, because an outbox mail has no room for attachments. Once the enum has SCHEDULE_CHANGED,
// the key, placeholders and default move into the catalog (and conferences can reword the mail like the others).

import { buildIcalCalendar, ICAL_CONTENT_TYPE } from '../agenda/exports/ical.ts';
import { stableGuid } from '../agenda/exports/guid.ts';
import { describePlacement, placementLabel, type Placement } from '../schedule/release.ts';
import type { MailTemplateText } from './templates.ts';

export const SCHEDULE_MAIL_KEY = 'SCHEDULE_CHANGED';

export const SCHEDULE_MAIL_INFO = { label: 'Schedule released', sentWhen: 'to the speakers of new and moved sessions when a schedule is released' } as const;

export const SCHEDULE_MAIL_PLACEHOLDERS: Record<string, string> = {
  conference: 'conference name',
  speaker: "speaker's name",
  title: 'session title',
  release: 'release name, e.g. 1.1',
  change: 'what happened to the session: on the schedule, or moved from where it was',
  when: 'day, local time and UTC offset',
  room: 'room',
  url: "link to the session's public page",
};

export const DEFAULT_SCHEDULE_MAIL: MailTemplateText = {
  subject: '[{conference}] Schedule {release}: "{title}"',
  body:
    'Hello {speaker},\n\nversion {release} of the {conference} schedule is out. {change}\n\n' +
    '  {title}\n  {when}\n  {room}\n\n{url}\n\nThe attached calendar file holds your session.\n\nThe {conference} team',
};

export type SessionChange = { kind: 'new'; at: Placement } | { kind: 'moved'; from: Placement; to: Placement };

/** The placeholder values of one speaker's mail about one session. */
export function scheduleMailValues(input: {
  conference: string;
  speaker: string;
  release: string;
  title: string;
  url: string;
  timeZone: string;
  change: SessionChange;
}): Record<string, string> {
  const at = input.change.kind === 'new' ? input.change.at : input.change.to;
  const l = placementLabel(at, input.timeZone);
  return {
    conference: input.conference,
    speaker: input.speaker,
    title: input.title,
    release: input.release,
    change:
      input.change.kind === 'new'
        ? 'Your session is on the schedule:'
        : `Your session has moved (it was on ${describePlacement(input.change.from, input.timeZone)}); it now takes place:`,
    when: `${l.day}, ${l.time} (${l.offset})`,
    room: l.room,
    url: input.url,
  };
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** Fills the schedule mail's placeholders (unknown ones stay as written); the subject stays one line. */
export function renderScheduleMail(template: MailTemplateText, values: Record<string, string>): MailTemplateText {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      if (!(name in SCHEDULE_MAIL_PLACEHOLDERS)) return whole;
      const v = values[name];
      if (v === undefined) throw new Error(`No value for {${name}} in a ${SCHEDULE_MAIL_KEY} mail`);
      return v;
    });
  return { subject: fill(template.subject).replace(/[\r\n]+/g, ' '), body: fill(template.body) };
}

/** Whether an outbox mail is a release mail, which gets its session's calendar file when it is sent. */
export function wantsSessionCalendar(mail: { templateKey: string | null; submissionId: string | null }): boolean {
  return mail.submissionId !== null && (mail.templateKey === null || mail.templateKey === SCHEDULE_MAIL_KEY);
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * One session as an iCalendar file (its UID is the session's stable guid, so calendars that imported it before
 * update it; SEQUENCE is the release's number, 0 for the first).
 */
export function sessionCalendarFile(input: {
  conference: { id: string; name: string; timeZone: string };
  release: { name: string; releasedAt: Date; sequence: number };
  session: { code: string; externalId: string | null; title: string; abstract: string; speakers: string[]; roomName: string; start: Date; end: Date; url: string };
}): MailAttachment {
  const s = input.session;
  const description = [s.abstract.trim(), s.speakers.length ? `Speakers: ${s.speakers.join(', ')}` : '', s.url].filter(Boolean).join('\n\n');
  const content = buildIcalCalendar({
    name: `${s.title} · ${input.conference.name}`,
    timeZone: input.conference.timeZone,
    dtstamp: input.release.releasedAt,
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
      },
    ],
  });
  return { filename: `${s.code.toLowerCase()}.ics`, contentType: ICAL_CONTENT_TYPE, content };
}
