import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { exampleValues, MAIL_TEMPLATE_INFO, placeholderList, previewTemplate } from './catalog.ts';
import { DEFAULT_MAIL_TEMPLATES, MAIL_PLACEHOLDERS, MAIL_TEMPLATE_KEYS, renderTemplate, validateTemplate } from './templates.ts';

describe('mail template catalog', () => {
  it('describes every kind of mail', () => {
    expect(Object.keys(MAIL_TEMPLATE_INFO).sort()).toEqual([...MAIL_TEMPLATE_KEYS].sort());
  });

  it.each(MAIL_TEMPLATE_KEYS)('has an example value for every placeholder of %s, and its default renders with them', (key) => {
    const values = exampleValues(key, 'KVM Forum 2012');
    expect(Object.keys(values)).toEqual(Object.keys(MAIL_PLACEHOLDERS[key]));
    expect(values.conference).toBe('KVM Forum 2012');
    const preview = previewTemplate(key, DEFAULT_MAIL_TEMPLATES[key], 'KVM Forum 2012');
    expect(`${preview.subject}\n${preview.body}`).not.toMatch(/\{[a-z_]+\}/);
  });

  it('previews an edited template with the examples', () => {
    expect(previewTemplate('ACCEPTED', { subject: '{conference}: yes to {title}', body: 'Dear {speaker}, confirm at {url}' }, 'KVM Forum 2012')).toEqual({
      subject: 'KVM Forum 2012: yes to Live migration of analytical engines',
      body: 'Dear Ada Lovelace, confirm at https://podium.example.org/p/EXAMPLE',
    });
  });

  it('lists placeholders with their descriptions', () => {
    expect(placeholderList('CO_SPEAKER_INVITE')).toEqual([
      { name: 'conference', description: 'conference name' },
      { name: 'inviter', description: 'who invites' },
      { name: 'title', description: 'proposal title' },
      { name: 'url', description: 'invitation link' },
    ]);
  });
});

describe('the team invitation and schedule templates', () => {
  it('list their placeholders in order', () => {
    expect(placeholderList('TEAM_INVITE').map((p) => p.name)).toEqual(['conference', 'inviter', 'role', 'tracks', 'url', 'expires']);
    expect(placeholderList('SCHEDULE_CHANGED').map((p) => p.name)).toEqual([
      'conference',
      'speaker',
      'title',
      'release',
      'status',
      'change',
      'when',
      'room',
      'old_when',
      'old_room',
      'url',
      'calendar',
    ]);
  });

  it('preview the default invitation with the examples', () => {
    expect(previewTemplate('TEAM_INVITE', DEFAULT_MAIL_TEMPLATES.TEAM_INVITE, 'KVM Forum 2012')).toEqual({
      subject: '[KVM Forum 2012] Grace Hopper invites you to join as reviewer',
      body:
        'Hello,\n\nGrace Hopper invites you to join KVM Forum 2012 as reviewer for the track Virtualization. ' +
        'Follow this link, sign in with this email address (or create an account with it there) and accept:\nhttps://podium.example.org/p/EXAMPLE\n\n' +
        'The link works once and until Wednesday, 21 November 2012, 14:30 (UTC+01:00). If you did not expect this invitation, ignore this mail: nothing changes until it is accepted.\n\n' +
        'The KVM Forum 2012 team',
    });
  });

  it('preview an edited schedule mail with the old and new placement', () => {
    expect(previewTemplate('SCHEDULE_CHANGED', { subject: '{title} ({status})', body: '{old_when}, {old_room} → {when}, {room}\n{calendar}' }, 'KVM Forum 2012')).toEqual({
      subject: 'Live migration of analytical engines (moved)',
      body: 'Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00), Auditorium → Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00), Sala Gaudí\nThe attached calendar file holds your session.',
    });
  });

  it.each([
    ['TEAM_INVITE', { subject: 'Join {conference}', body: 'Hello {speaker}, see {title}' }, 'body', 'Unknown placeholders {speaker}, {title}; available: {conference}, {inviter}, {role}, {tracks}, {url}, {expires}.'],
    [
      'SCHEDULE_CHANGED',
      { subject: '{inviter} moved {title}', body: '{when}' },
      'subject',
      'Unknown placeholder {inviter}; available: {conference}, {speaker}, {title}, {release}, {status}, {change}, {when}, {room}, {old_when}, {old_room}, {url}, {calendar}.',
    ],
  ] as const)('refuse a placeholder %s does not know, naming it on its field', (key, template, field, message) => {
    let error: unknown;
    try {
      validateTemplate(key, template);
    } catch (err) {
      error = err;
    }
    expect(error instanceof DomainError ? { kind: error.kind, ...error.fields } : error).toEqual({ kind: 'INVALID', [field]: message });
  });
});

describe('validateTemplate and renderTemplate', () => {
  const fields = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      if (err instanceof DomainError) return { kind: err.kind, ...err.fields };
      throw err;
    }
    return {};
  };

  it('names an unknown placeholder and the available ones', () => {
    expect(fields(() => validateTemplate('CO_SPEAKER_INVITE', { subject: 'Hi {speaker}', body: 'Join {title}' }))).toEqual({
      kind: 'INVALID',
      subject: 'Unknown placeholder {speaker}; available: {conference}, {inviter}, {title}, {url}.',
    });
  });

  it('refuses an empty body and a two-line subject', () => {
    expect(fields(() => validateTemplate('ACCEPTED', { subject: 'a\nb', body: ' ' }))).toEqual({
      kind: 'INVALID',
      subject: 'The subject must be one line.',
      body: 'A body is required.',
    });
  });

  it('keeps a value with a line break out of the subject header', () => {
    expect(renderTemplate('ACCEPTED', { subject: '{title}', body: '{title}' }, { conference: 'C', speaker: 'S', title: 'A\r\nBcc: x', url: 'u' })).toEqual({
      subject: 'A Bcc: x',
      body: 'A\r\nBcc: x',
    });
  });
});
