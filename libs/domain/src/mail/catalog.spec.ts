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
