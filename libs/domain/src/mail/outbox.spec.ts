import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  DEFAULT_MAIL_FROM,
  describeSendResult,
  isValidEmailAddress,
  outboxAllows,
  outboxRefusal,
  outboxStatus,
  resolveSender,
  validateOutboxMail,
  type OutboxAction,
  type OutboxState,
} from './outbox.ts';

function fieldsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return { kind: err.kind, ...err.fields };
    throw err;
  }
  return {};
}

describe('isValidEmailAddress', () => {
  it.each(['ada@example.org', 'a.b+tag@sub.example.co.uk', 'noreply@localhost', "o'brien@example.ie", 'ada@bücher.de', 'x@xn--bcher-kva.de'])(
    'accepts %s',
    (address) => expect(isValidEmailAddress(address)).toBe(true),
  );

  it.each([
    ['an empty string', ''],
    ['no @', 'ada.example.org'],
    ['nothing before @', '@example.org'],
    ['nothing after @', 'ada@'],
    ['a space', 'ada lovelace@example.org'],
    ['a display name', 'Ada <ada@example.org>'],
    ['two addresses', 'ada@example.org, bob@example.org'],
    ['a double dot', 'ada..l@example.org'],
    ['a leading dot', '.ada@example.org'],
    ['an empty domain label', 'ada@example..org'],
    ['a label starting with -', 'ada@-example.org'],
    ['a newline (header injection)', 'ada@example.org\nBcc: eve@example.org'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.org`],
    ['over 254 characters', `ada@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org`],
  ])('refuses %s', (_what, address) => expect(isValidEmailAddress(address)).toBe(false));
});

describe('validateOutboxMail', () => {
  it('returns the mail with address and subject trimmed, the body as written', () => {
    expect(validateOutboxMail({ to: '  ada@example.org ', subject: ' Hello ', body: '\n  Dear Ada,\n' })).toEqual({
      to: 'ada@example.org',
      subject: 'Hello',
      body: '\n  Dear Ada,\n',
    });
  });

  it('gives one message per field for an empty mail', () => {
    expect(fieldsOf(() => validateOutboxMail({ to: ' ', subject: '', body: ' \n ' }))).toEqual({
      kind: 'INVALID',
      to: 'A recipient address is required.',
      subject: 'A subject is required.',
      body: 'The message is empty.',
    });
  });

  it('refuses a bad address and a two-line subject', () => {
    expect(fieldsOf(() => validateOutboxMail({ to: 'ada at example', subject: 'Hello\nBcc: eve@example.org', body: 'Hi' }))).toEqual({
      kind: 'INVALID',
      to: '"ada at example" is not an email address (one address such as ada@example.org).',
      subject: 'The subject must be one line.',
    });
  });

  it('refuses a subject over 300 characters with its length', () => {
    expect(fieldsOf(() => validateOutboxMail({ to: 'ada@example.org', subject: 'x'.repeat(301), body: 'Hi' }))).toEqual({
      kind: 'INVALID',
      subject: 'The subject is too long (301 characters, at most 300).',
    });
  });
});

describe('outbox states', () => {
  it('a claimed mail (SENT without messageId) shows as SENDING, a delivered one as SENT', () => {
    expect(outboxStatus({ state: 'SENT', messageId: null })).toBe('SENDING');
    expect(outboxStatus({ state: 'SENT', messageId: '<abc@example.org>' })).toBe('SENT');
    expect(outboxStatus({ state: 'PENDING', messageId: null })).toBe('PENDING');
    expect(outboxStatus({ state: 'FAILED', messageId: null })).toBe('FAILED');
  });

  it.each<[OutboxAction, OutboxState[]]>([
    ['send', ['PENDING', 'FAILED']],
    ['edit', ['PENDING', 'FAILED']],
    ['discard', ['PENDING', 'FAILED']],
  ])('%s is allowed from exactly %j', (action, allowed) => {
    const states: OutboxState[] = ['PENDING', 'SENT', 'FAILED', 'DISCARDED'];
    expect(states.filter((s) => outboxAllows(action, s))).toEqual(allowed);
  });

  it('says why a final mail cannot be changed', () => {
    expect(outboxRefusal('edit', 'SENT')).toBe('This mail was already sent; it cannot be edited any more.');
    expect(outboxRefusal('send', 'DISCARDED')).toBe('This mail was discarded; it cannot be sent any more.');
    expect(outboxRefusal('discard', 'SENDING')).toBe('This mail is being sent right now; it cannot be discarded.');
  });
});

describe('resolveSender', () => {
  it.each([
    ['the conference sender when set', 'KVM Forum <program@kvm.example>', 'Ops <ops@example.org>', 'KVM Forum <program@kvm.example>'],
    ['MAIL_FROM when the conference has none', '', 'Ops <ops@example.org>', 'Ops <ops@example.org>'],
    ['MAIL_FROM when the conference sender is blank', '   ', 'Ops <ops@example.org>', 'Ops <ops@example.org>'],
    ['the default when neither is set', '', undefined, DEFAULT_MAIL_FROM],
  ])('uses %s', (_what, conference, installation, expected) => {
    expect(resolveSender(conference, installation)).toBe(expected);
  });
});

describe('describeSendResult', () => {
  it.each([
    [{ sent: 0, failed: 0, skipped: 0 }, 'Nothing to send.'],
    [{ sent: 1, failed: 0, skipped: 0 }, 'Sent 1 mail.'],
    [{ sent: 3, failed: 1, skipped: 2 }, 'Sent 3 mails. 1 mail failed; it stays in the outbox with the error and can be sent again. 2 mails skipped: already sent, being sent, or discarded.'],
    [{ sent: 0, failed: 2, skipped: 0 }, '2 mails failed; they stay in the outbox with the error and can be sent again.'],
  ])('%j reads "%s"', (result, text) => expect(describeSendResult(result)).toBe(text));
});
