import { describe, expect, it } from 'vitest';
import { stableGuid } from '../agenda/exports/guid.ts';
import { zonedLocalToUtc } from '../time/zoned.ts';
import { scheduleMailValues, sessionCalendarFile, wantsSessionCalendar } from './schedule-mail.ts';
import { DEFAULT_MAIL_TEMPLATES, MAIL_PLACEHOLDERS, renderTemplate, type MailTemplateText } from './templates.ts';

const TZ = 'Europe/Madrid';
const at = (date: string, time: string) => zonedLocalToUtc(date, time, TZ);
const was = { roomId: 'r1', roomName: 'Auditorium', start: at('2012-11-07', '10:00'), end: at('2012-11-07', '10:30') };
const now = { roomId: 'r2', roomName: 'Sala Gaudí', start: at('2012-11-08', '12:00'), end: at('2012-11-08', '12:30') };
const base = {
  conference: 'KVM Forum 2012',
  speaker: 'Ada Lovelace',
  release: '1.1',
  title: 'Virtio "next"',
  urls: { session: 'https://example.org/kvm/sessions/ABC', changelog: 'https://example.org/kvm/changelog#release-1.1' },
  timeZone: TZ,
};
const render = (values: Record<string, string>, template: MailTemplateText = DEFAULT_MAIL_TEMPLATES.SCHEDULE_CHANGED) => renderTemplate('SCHEDULE_CHANGED', template, values);

describe('schedule mail', () => {
  it('tells a speaker where a new session takes place', () => {
    expect(render(scheduleMailValues({ ...base, change: { kind: 'new', at: now } }))).toEqual({
      subject: '[KVM Forum 2012] Schedule 1.1: "Virtio "next""',
      body:
        'Hello Ada Lovelace,\n\nversion 1.1 of the KVM Forum 2012 schedule is out. Your session is on the schedule:\n\n' +
        '  Virtio "next"\n  Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00)\n  Sala Gaudí\n\nhttps://example.org/kvm/sessions/ABC\n\n' +
        'The attached calendar file holds your session.\n\nThe KVM Forum 2012 team',
    });
  });

  it('tells a speaker where a moved session was and where it is now', () => {
    const mail = render(scheduleMailValues({ ...base, change: { kind: 'moved', from: was, to: now } }));
    expect(mail.body.split('\n').slice(2, 6)).toEqual([
      'version 1.1 of the KVM Forum 2012 schedule is out. Your session has moved (it was on Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00), Auditorium); it now takes place:',
      '',
      '  Virtio "next"',
      '  Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00)',
    ]);
  });

  it('tells the speaker of a cancelled session when it was planned, links the changelog, and says the calendar file removes it', () => {
    expect(render(scheduleMailValues({ ...base, change: { kind: 'cancelled', from: was, state: 'CANCELED' } }))).toEqual({
      subject: '[KVM Forum 2012] Schedule 1.1: "Virtio "next""',
      body:
        'Hello Ada Lovelace,\n\nversion 1.1 of the KVM Forum 2012 schedule is out. Your session has been cancelled and is no longer on the schedule. It was planned for:\n\n' +
        '  Virtio "next"\n  Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00)\n  Auditorium\n\nhttps://example.org/kvm/changelog#release-1.1\n\n' +
        'The attached calendar file removes it from your calendar.\n\nThe KVM Forum 2012 team',
    });
  });

  it('does not call a session cancelled that is still accepted, only taken off the grid', () => {
    expect(scheduleMailValues({ ...base, change: { kind: 'cancelled', from: was, state: 'CONFIRMED' } }).change).toBe(
      'Your session has been taken off the schedule for now; we will write again once it has a new time. It was planned for:',
    );
  });

  it.each([
    ['new', { kind: 'new', at: now }, ['new', 'Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00)', 'Sala Gaudí', '—', '—', base.urls.session]],
    ['moved', { kind: 'moved', from: was, to: now }, ['moved', 'Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00)', 'Sala Gaudí', 'Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00)', 'Auditorium', base.urls.session]],
    ['cancelled', { kind: 'cancelled', from: was, state: 'WITHDRAWN' }, ['cancelled', 'Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00)', 'Auditorium', 'Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00)', 'Auditorium', base.urls.changelog]],
  ] as const)('a %s session: status, when, room, old_when, old_room and url', (_kind, change, expected) => {
    const values = scheduleMailValues({ ...base, change });
    expect(Object.keys(values)).toEqual(Object.keys(MAIL_PLACEHOLDERS.SCHEDULE_CHANGED));
    expect([values.status, values.when, values.room, values.old_when, values.old_room, values.url]).toEqual(expected);
  });

  it('renders an edited template with the old and new placement, the subject on one line', () => {
    const values = scheduleMailValues({ ...base, title: 'Two\nlines', change: { kind: 'moved', from: was, to: now } });
    expect(render(values, { subject: '{status}: {title}', body: '{old_when}, {old_room} → {when}, {room}' })).toEqual({
      subject: 'moved: Two lines',
      body: 'Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00), Auditorium → Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00), Sala Gaudí',
    });
  });

  it.each([
    [{ templateKey: null, submissionId: 's1' }, true],
    [{ templateKey: 'SCHEDULE_CHANGED', submissionId: 's1' }, true],
    [{ templateKey: 'ACCEPTED', submissionId: 's1' }, false],
    [{ templateKey: null, submissionId: null }, false],
    [{ templateKey: 'TEAM_INVITE', submissionId: null }, false],
  ] as const)('wantsSessionCalendar(%j) is %s', (mail, expected) => {
    expect(wantsSessionCalendar(mail)).toBe(expected);
  });
});

describe('sessionCalendarFile', () => {
  it('is one VEVENT in the conference zone with the session guid, the release as SEQUENCE and CRLF lines', () => {
    const file = sessionCalendarFile({
      conference: { id: 'conf1', name: 'KVM Forum 2012', timeZone: TZ },
      release: { name: '1.1', releasedAt: new Date('2012-11-01T09:00:00Z'), sequence: 1 },
      session: { code: 'ABC', externalId: null, title: 'Virtio; next', abstract: 'About virtio.', speakers: ['Ada Lovelace', 'Grace Hopper'], roomName: 'Sala Gaudí', start: now.start, end: now.end, url: 'https://example.org/kvm/sessions/ABC' },
    });
    expect([file.filename, file.contentType]).toEqual(['abc.ics', 'text/calendar; charset=utf-8']);
    const lines = file.content.split('\r\n');
    const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect(event).toEqual([
      'BEGIN:VEVENT',
      `UID:${stableGuid('session', 'conf1', 'ABC', null)}`,
      'DTSTAMP:20121101T090000Z',
      'DTSTART;TZID=Europe/Madrid:20121108T120000',
      'DTEND;TZID=Europe/Madrid:20121108T123000',
      'SEQUENCE:1',
      'SUMMARY:Virtio\\; next',
      'LOCATION:Sala Gaudí',
      // Folded at 75 octets.
      'DESCRIPTION:About virtio.\\n\\nSpeakers: Ada Lovelace\\, Grace Hopper\\n\\nhttps',
      ' ://example.org/kvm/sessions/ABC',
      'URL:https://example.org/kvm/sessions/ABC',
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ]);
    expect(['VCALENDAR', 'VTIMEZONE', 'VEVENT'].map((c) => lines.filter((l) => l === `BEGIN:${c}`).length)).toEqual([1, 1, 1]);
    expect(lines).toContain('TZID:Europe/Madrid');
    expect(lines.at(-1)).toBe('');
  });

  it('for a cancelled session is a METHOD:CANCEL of the same UID with STATUS:CANCELLED and the new SEQUENCE', () => {
    const file = sessionCalendarFile({
      conference: { id: 'conf1', name: 'KVM Forum 2012', timeZone: TZ },
      release: { name: '1.2', releasedAt: new Date('2012-11-02T09:00:00Z'), sequence: 2 },
      session: { code: 'ABC', externalId: null, title: 'Virtio', abstract: '', speakers: [], roomName: 'Auditorium', start: was.start, end: was.end, url: 'https://example.org/kvm/changelog#release-1.2' },
      cancelled: true,
    });
    const lines = file.content.split('\r\n');
    const method = lines.filter((l) => l.startsWith('METHOD:'));
    const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect([...method, ...event.filter((l) => /^(UID|DTSTART|SEQUENCE|STATUS)[:;]/.test(l))]).toEqual([
      'METHOD:CANCEL',
      `UID:${stableGuid('session', 'conf1', 'ABC', null)}`,
      'DTSTART;TZID=Europe/Madrid:20121107T100000',
      'SEQUENCE:2',
      'STATUS:CANCELLED',
    ]);
  });
});
