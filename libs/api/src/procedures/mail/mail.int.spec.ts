// The mail area against a real database and a REAL SMTP server (smtp-server on 127.0.0.1, any free port): every
// assertion about delivery is about what that server received, parsed with mailparser.
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';
import { makeConference, makeMember } from '@podium/db/testing';
import { DomainError, type MailTemplateKey } from '@podium/domain';
import { queueMail } from '../../services/mail.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

interface Received {
  envelopeTo: string[];
  to: string;
  from: string;
  subject: string;
  text: string;
  messageId: string;
}

/** A local SMTP server that keeps what it receives; `reject` makes it refuse recipients (550). */
async function startSmtpServer() {
  const received: Received[] = [];
  let reject: ((address: string) => string | null) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const why = reject?.(address.address);
      if (why) return callback(Object.assign(new Error(why), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then(
          (m) => {
            const addr = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a.map((x) => x.text).join(', ') : (a?.text ?? ''));
            received.push({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              to: addr(m.to),
              from: addr(m.from),
              subject: m.subject ?? '',
              // mailparser keeps the line break that ends the MIME text part; the mail's own text is everything before it.
              text: (m.text ?? '').replace(/\n$/, ''),
              messageId: m.messageId ?? '',
            });
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejectRecipients(fn: ((address: string) => string | null) | null) {
      reject = fn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const { db, callerFor, userId } = useTestApi({ max: 6 });
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let conferenceId: string;
let keynoteId: string;
const slug = 'kvm-forum-2012';
const MAIL_FROM = 'Podium Test <podium@test.example>';
const ids: Record<'organizer' | 'admin' | 'reviewer' | 'speaker' | 'otherOrganizer', string> = {} as never;

beforeAll(async () => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
  conferenceId = conference.id;
  keynoteId = (await db.submission.findFirstOrThrow({ where: { conferenceId, code: 'KVMKEY' } })).id;
  ids.organizer = await userId('organizer@podium.test');
  ids.admin = await userId('admin@podium.test');
  ids.reviewer = await userId('reviewer@podium.test');
  ids.speaker = await userId('speaker@podium.test');
  const other = await makeConference(db);
  ids.otherOrganizer = (await makeMember(db, other.id, 'ORGANIZER')).id;
  smtp = await startSmtpServer();
});

afterAll(async () => {
  await smtp?.close();
});

beforeEach(async () => {
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = MAIL_FROM;
  smtp.received.length = 0;
  smtp.rejectRecipients(null);
  await db.outboxMail.deleteMany({});
  await db.mailTemplate.deleteMany({});
  await db.conference.update({ where: { id: conferenceId }, data: { mailFrom: '' } });
});

afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
});

const api = async (who: keyof typeof ids | null = 'organizer') => callerFor(who ? ids[who] : null);

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof TRPCError)) throw err;
    const fields = err.cause instanceof DomainError ? err.cause.fields : undefined;
    return { code: err.code, message: err.message, ...(fields && Object.keys(fields).length ? { fields } : {}) };
  }
  return { code: 'OK', message: '' };
}

const values = (speaker: string, title = 'Keynote Address') => ({ conference: 'KVM Forum + oVirt Workshop 2012', speaker, title, url: 'https://example.org/c/1' });

/** Queues mails as the other areas do: through queueMail, from the template in use. */
async function queue(to: string, key: MailTemplateKey = 'ACCEPTED', speaker = 'Ada') {
  return queueMail(db, { conferenceId, key, to, submissionId: keynoteId, values: values(speaker) });
}

const outboxRows = () => db.outboxMail.findMany({ orderBy: { to: 'asc' } });
const sortedBy = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));

describe('sending over SMTP', () => {
  it('send selected delivers exactly the chosen mails, and the server receives their to, from, subject and text', async () => {
    const a = await queue('ada@example.org', 'ACCEPTED', 'Ada');
    const b = await queue('bob@example.org', 'REJECTED', 'Bob');
    const c = await queue('cyd@example.org', 'WAITLISTED', 'Cyd');

    const result = await (await api()).mail.outbox.send({ slug, ids: [a.id, c.id] });

    expect(result).toEqual({ sent: 2, failed: [], skipped: 0, message: 'Sent 2 mails.' });
    expect(smtp.received.map(({ messageId: _m, ...r }) => r)).toEqual([
      {
        envelopeTo: ['ada@example.org'],
        to: 'ada@example.org',
        from: '"Podium Test" <podium@test.example>',
        subject: '[KVM Forum + oVirt Workshop 2012] Your proposal "Keynote Address" was accepted',
        text: 'Hello Ada,\n\ngood news: "Keynote Address" has been accepted for KVM Forum + oVirt Workshop 2012. Please confirm that you will give it:\nhttps://example.org/c/1\n\nThe KVM Forum + oVirt Workshop 2012 team',
      },
      {
        envelopeTo: ['cyd@example.org'],
        to: 'cyd@example.org',
        from: '"Podium Test" <podium@test.example>',
        subject: '[KVM Forum + oVirt Workshop 2012] Your proposal "Keynote Address" is on the waitlist',
        text: 'Hello Cyd,\n\n"Keynote Address" is on the waitlist for KVM Forum + oVirt Workshop 2012: if a slot opens up, we will contact you.\nhttps://example.org/c/1\n\nThe KVM Forum + oVirt Workshop 2012 team',
      },
    ]);
    const rows = await outboxRows();
    expect(rows.map((r) => [r.to, r.state, r.attempts, r.lastError, r.sentAt !== null])).toEqual([
      ['ada@example.org', 'SENT', 1, null, true],
      ['bob@example.org', 'PENDING', 0, null, false],
      ['cyd@example.org', 'SENT', 1, null, true],
    ]);
    // The recorded Message-ID is the one the server got.
    expect(rows.filter((r) => r.state === 'SENT').map((r) => r.messageId)).toEqual(smtp.received.map((m) => m.messageId));
    expect(b.state).toBe('PENDING');
  });

  it('send all pending sends every pending mail once and leaves failed and discarded ones alone', async () => {
    await queue('ada@example.org');
    await queue('bob@example.org');
    const failed = await queue('fay@example.org');
    const discarded = await queue('dan@example.org');
    await db.outboxMail.update({ where: { id: failed.id }, data: { state: 'FAILED', lastError: 'earlier', attempts: 1 } });
    await db.outboxMail.update({ where: { id: discarded.id }, data: { state: 'DISCARDED' } });

    const result = await (await api()).mail.outbox.send({ slug, allPending: true });

    expect(result).toEqual({ sent: 2, failed: [], skipped: 0, message: 'Sent 2 mails.' });
    expect(smtp.received.map((m) => m.to)).toEqual(['ada@example.org', 'bob@example.org']);
    expect((await outboxRows()).map((r) => [r.to, r.state])).toEqual([
      ['ada@example.org', 'SENT'],
      ['bob@example.org', 'SENT'],
      ['dan@example.org', 'DISCARDED'],
      ['fay@example.org', 'FAILED'],
    ]);
    // A second "send all" finds nothing to do.
    expect(await (await api()).mail.outbox.send({ slug, allPending: true })).toEqual({ sent: 0, failed: [], skipped: 0, message: 'Nothing to send.' });
    expect(smtp.received).toHaveLength(2);
  });

  it('a recipient the server rejects makes the mail FAILED with the error; after the fix, sending it again makes it SENT', async () => {
    const good = await queue('ada@example.org');
    const bounced = await queue('bounce@example.org');
    smtp.rejectRecipients((address) => (address === 'bounce@example.org' ? 'Mailbox unavailable' : null));

    const first = await (await api()).mail.outbox.send({ slug, allPending: true });

    const error = "Can't send mail - all recipients were rejected: 550 Mailbox unavailable";
    expect(first).toEqual({
      sent: 1,
      failed: [{ id: bounced.id, error }],
      skipped: 0,
      message: 'Sent 1 mail. 1 mail failed; it stays in the outbox with the error and can be sent again.',
    });
    expect(smtp.received.map((m) => m.to)).toEqual(['ada@example.org']);
    const afterFirst = await db.outboxMail.findUniqueOrThrow({ where: { id: bounced.id } });
    expect([afterFirst.state, afterFirst.lastError, afterFirst.attempts, afterFirst.sentAt, afterFirst.messageId]).toEqual(['FAILED', error, 1, null, null]);

    // "Send all pending" does not retry failures by itself.
    expect((await (await api()).mail.outbox.send({ slug, allPending: true })).sent).toBe(0);

    smtp.rejectRecipients(null);
    const retry = await (await api()).mail.outbox.send({ slug, ids: [bounced.id, good.id] });

    expect(retry).toEqual({ sent: 1, failed: [], skipped: 1, message: 'Sent 1 mail. 1 mail skipped: already sent, being sent, or discarded.' });
    expect(smtp.received.map((m) => m.to)).toEqual(['ada@example.org', 'bounce@example.org']);
    const afterRetry = await db.outboxMail.findUniqueOrThrow({ where: { id: bounced.id } });
    expect([afterRetry.state, afterRetry.lastError, afterRetry.attempts, afterRetry.messageId]).toEqual(['SENT', null, 2, smtp.received[1]!.messageId]);
  });

  it('a server that cannot be reached makes the mail FAILED with the network error', async () => {
    const mail = await queue('ada@example.org');
    const closed = await startSmtpServer();
    await closed.close();
    process.env.SMTP_URL = closed.url;

    const result = await (await api()).mail.outbox.send({ slug, ids: [mail.id] });

    expect(result.sent).toBe(0);
    expect(result.failed.map((f) => [f.id, f.error.startsWith('connect ECONNREFUSED 127.0.0.1:')])).toEqual([[mail.id, true]]);
    const row = await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } });
    expect([row.state, row.lastError, row.attempts]).toEqual(['FAILED', result.failed[0]!.error, 1]);
  });

  it('two concurrent "send all" calls deliver each mail exactly once', async () => {
    const addresses = Array.from({ length: 12 }, (_, i) => `speaker${String(i).padStart(2, '0')}@example.org`);
    for (const to of addresses) await queue(to);

    const [a, b] = await Promise.all([(await api()).mail.outbox.send({ slug, allPending: true }), (await api('admin')).mail.outbox.send({ slug, allPending: true })]);

    expect(a.sent + b.sent).toBe(12);
    expect([...a.failed, ...b.failed]).toEqual([]);
    expect(sortedBy(smtp.received, (m) => m.to).map((m) => m.to)).toEqual(addresses);
    expect((await outboxRows()).map((r) => [r.to, r.state, r.attempts])).toEqual(addresses.map((to) => [to, 'SENT', 1]));
  });

  it('the conference sender wins over MAIL_FROM', async () => {
    await db.conference.update({ where: { id: conferenceId }, data: { mailFrom: 'KVM Forum <program@kvm.example>' } });
    const mail = await queue('ada@example.org');

    expect((await (await api()).mail.status({ slug })).from).toBe('KVM Forum <program@kvm.example>');
    await (await api()).mail.outbox.send({ slug, ids: [mail.id] });

    expect(smtp.received.map((m) => m.from)).toEqual(['"KVM Forum" <program@kvm.example>']);
  });

  it('without SMTP_URL, status says so and send refuses with a clear message and changes nothing', async () => {
    delete process.env.SMTP_URL;
    const mail = await queue('ada@example.org');
    const before = await outboxRows();

    const { conference, ...status } = await (await api()).mail.status({ slug });
    expect(conference.name).toBe('KVM Forum + oVirt Workshop 2012');
    expect(status).toEqual({
      configured: false,
      from: MAIL_FROM,
      server: null,
      message: 'No SMTP server is configured (SMTP_URL): mails stay in the outbox.',
    });
    for (const input of [{ slug, allPending: true as const }, { slug, ids: [mail.id] }]) {
      expect(await failure((await api()).mail.outbox.send(input))).toEqual({
        code: 'CONFLICT',
        message: 'No SMTP server is configured (SMTP_URL): mails stay in the outbox.',
      });
    }
    expect(await outboxRows()).toEqual(before);
    expect(smtp.received).toEqual([]);
  });

  it('a malformed SMTP_URL is reported, and send refuses', async () => {
    process.env.SMTP_URL = 'http://mail.example.org';
    await queue('ada@example.org');

    expect((await (await api()).mail.status({ slug })).message).toBe('SMTP_URL must start with smtp:// or smtps:// (not http://). Mails stay in the outbox.');
    expect(await failure((await api()).mail.outbox.send({ slug, allPending: true }))).toEqual({
      code: 'CONFLICT',
      message: 'SMTP_URL must start with smtp:// or smtps:// (not http://). Mails stay in the outbox.',
    });
    expect((await outboxRows()).map((r) => r.state)).toEqual(['PENDING']);
  });

  it('status names the server without its credentials', async () => {
    process.env.SMTP_URL = 'smtps://user:secret@mail.example.org';
    const { conference: _c, ...status } = await (await api()).mail.status({ slug });
    expect(status).toEqual({ configured: true, from: MAIL_FROM, server: 'smtps://mail.example.org:465', message: null });
  });

  it('send refuses an empty choice and a call with both ids and allPending', async () => {
    expect((await failure((await api()).mail.outbox.send({ slug, ids: [] }))).code).toBe('BAD_REQUEST');
    expect((await failure((await api()).mail.outbox.send({ slug, ids: ['x'], allPending: true }))).code).toBe('BAD_REQUEST');
    expect((await failure((await api()).mail.outbox.send({ slug } as never))).code).toBe('BAD_REQUEST');
  });
});

describe('reviewing the outbox', () => {
  it('lists newest first with counts per state, and filters by state', async () => {
    const a = await queue('ada@example.org');
    const b = await queue('bob@example.org');
    const c = await queue('cyd@example.org');
    await db.outboxMail.update({ where: { id: a.id }, data: { createdAt: new Date('2026-01-01T10:00:00Z') } });
    await db.outboxMail.update({ where: { id: b.id }, data: { createdAt: new Date('2026-01-03T10:00:00Z'), state: 'FAILED', lastError: 'boom', attempts: 1 } });
    await db.outboxMail.update({ where: { id: c.id }, data: { createdAt: new Date('2026-01-02T10:00:00Z') } });

    const all = await (await api()).mail.outbox.list({ slug });
    expect(all.counts).toEqual({ PENDING: 2, SENT: 0, FAILED: 1, DISCARDED: 0 });
    expect(all.total).toBe(3);
    expect(all.mails.map((m) => [m.to, m.status, m.lastError, m.canSend, m.canEdit, m.canDiscard])).toEqual([
      ['bob@example.org', 'FAILED', 'boom', true, true, true],
      ['cyd@example.org', 'PENDING', null, true, true, true],
      ['ada@example.org', 'PENDING', null, true, true, true],
    ]);
    expect(all.mails[0]?.submission).toEqual({ code: 'KVMKEY', title: 'Keynote Address' });
    expect(all.mails[0]?.templateKey).toBe('ACCEPTED');

    const pending = await (await api()).mail.outbox.list({ slug, state: 'PENDING' });
    expect([pending.total, pending.mails.map((m) => m.to)]).toEqual([2, ['cyd@example.org', 'ada@example.org']]);
  });

  it('a mail claimed by a sender shows as SENDING and cannot be edited or discarded', async () => {
    const mail = await queue('ada@example.org');
    await db.outboxMail.update({ where: { id: mail.id }, data: { state: 'SENT', messageId: null, sentAt: new Date(), attempts: 1 } });

    expect((await (await api()).mail.outbox.get({ slug, id: mail.id })).mail.status).toBe('SENDING');
    expect(await failure((await api()).mail.outbox.update({ slug, id: mail.id, to: 'x@example.org', subject: 'S', body: 'B' }))).toEqual({
      code: 'CONFLICT',
      message: 'This mail is being sent right now; it cannot be edited.',
    });
    expect(await (await api()).mail.outbox.discard({ slug, ids: [mail.id] })).toEqual({ discarded: 0, skipped: 1 });
  });

  it('get gives the body; a mail of another conference or an unknown id is NOT_FOUND', async () => {
    const mail = await queue('ada@example.org');
    const { mail: got } = await (await api()).mail.outbox.get({ slug, id: mail.id });
    expect([got.to, got.subject, got.body, got.status, got.attempts, got.messageId]).toEqual([mail.to, mail.subject, mail.body, 'PENDING', 0, null]);

    const other = await makeConference(db);
    const foreign = await queueMail(db, { conferenceId: other.id, key: 'ACCEPTED', to: 'x@example.org', values: values('X') });
    expect((await failure((await api()).mail.outbox.get({ slug, id: foreign.id }))).code).toBe('NOT_FOUND');
    expect((await failure((await api()).mail.outbox.get({ slug, id: 'nope' }))).code).toBe('NOT_FOUND');
    // Nor can it be sent or discarded through this conference.
    expect(await (await api()).mail.outbox.send({ slug, ids: [foreign.id] })).toEqual({ sent: 0, failed: [], skipped: 1, message: '1 mail skipped: already sent, being sent, or discarded.' });
    expect(await (await api()).mail.outbox.discard({ slug, ids: [foreign.id] })).toEqual({ discarded: 0, skipped: 1 });
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id: foreign.id } })).state).toBe('PENDING');
  });

  it('update changes a pending mail, and what is sent is the edited text', async () => {
    const mail = await queue('ada@example.org');

    const { mail: edited } = await (await api()).mail.outbox.update({ slug, id: mail.id, to: ' ada@lovelace.example ', subject: ' Your talk ', body: 'Dear Ada,\nsee you.' });

    expect([edited.to, edited.subject, edited.body, edited.status]).toEqual(['ada@lovelace.example', 'Your talk', 'Dear Ada,\nsee you.', 'PENDING']);
    await (await api()).mail.outbox.send({ slug, ids: [mail.id] });
    expect(smtp.received.map((m) => [m.to, m.subject, m.text])).toEqual([['ada@lovelace.example', 'Your talk', 'Dear Ada,\nsee you.']]);
  });

  it('update with bad fields answers one message per field and changes nothing', async () => {
    const mail = await queue('ada@example.org');

    expect(await failure((await api()).mail.outbox.update({ slug, id: mail.id, to: 'ada at example', subject: 'Line one\nBcc: eve@example.org', body: '  ' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'The mail has errors.',
      fields: {
        to: '"ada at example" is not an email address (one address such as ada@example.org).',
        subject: 'The subject must be one line.',
        body: 'The message is empty.',
      },
    });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).toEqual(mail);
  });

  it('update of a sent mail is refused with CONFLICT and changes nothing', async () => {
    const mail = await queue('ada@example.org');
    await (await api()).mail.outbox.send({ slug, ids: [mail.id] });
    const sent = await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } });

    expect(await failure((await api()).mail.outbox.update({ slug, id: mail.id, to: 'ada@example.org', subject: 'Other', body: 'Other' }))).toEqual({
      code: 'CONFLICT',
      message: 'This mail was already sent; it cannot be edited any more.',
    });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).toEqual(sent);
  });

  it('discard turns pending and failed mails DISCARDED, skips sent ones, and discarded mails are never sent', async () => {
    const pending = await queue('ada@example.org');
    const failed = await queue('bob@example.org');
    const sent = await queue('cyd@example.org');
    await db.outboxMail.update({ where: { id: failed.id }, data: { state: 'FAILED', lastError: 'boom', attempts: 1 } });
    await (await api()).mail.outbox.send({ slug, ids: [sent.id] });

    expect(await (await api()).mail.outbox.discard({ slug, ids: [pending.id, failed.id, sent.id, pending.id] })).toEqual({ discarded: 2, skipped: 1 });

    expect((await outboxRows()).map((r) => [r.to, r.state])).toEqual([
      ['ada@example.org', 'DISCARDED'],
      ['bob@example.org', 'DISCARDED'],
      ['cyd@example.org', 'SENT'],
    ]);
    expect(await (await api()).mail.outbox.send({ slug, ids: [pending.id, failed.id] })).toMatchObject({ sent: 0, skipped: 2 });
    expect(smtp.received.map((m) => m.to)).toEqual(['cyd@example.org']);
  });
});

describe('templates', () => {
  it('lists every kind of mail with the default wording and its placeholders', async () => {
    const { templates } = await (await api()).mail.templates.list({ slug });
    expect(templates.map((t) => [t.key, t.label, t.isDefault])).toEqual([
      ['SUBMISSION_RECEIVED', 'Proposal received', true],
      ['CO_SPEAKER_INVITE', 'Co-speaker invitation', true],
      ['ACCEPTED', 'Proposal accepted', true],
      ['REJECTED', 'Proposal rejected', true],
      ['WAITLISTED', 'Proposal waitlisted', true],
      ['CONFIRMATION_REMINDER', 'Confirmation reminder', true],
      ['TEAM_INVITE', 'Team invitation', true],
      ['SCHEDULE_CHANGED', 'Schedule released', true],
    ]);
    const accepted = templates.find((t) => t.key === 'ACCEPTED')!;
    expect([accepted.subject, accepted.updatedAt, accepted.placeholders.map((p) => `${p.name}: ${p.description}`)]).toEqual([
      '[{conference}] Your proposal "{title}" was accepted',
      null,
      ['conference: conference name', 'speaker: speaker\'s name', 'title: proposal title', 'url: link to confirm'],
    ]);
  });

  it('update with an unknown placeholder is INVALID with the field message, and nothing is saved', async () => {
    expect(await failure((await api()).mail.templates.update({ slug, key: 'ACCEPTED', subject: 'Hi {speeker}', body: '' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'The template has errors.',
      fields: {
        subject: 'Unknown placeholder {speeker}; available: {conference}, {speaker}, {title}, {url}.',
        body: 'A body is required.',
      },
    });
    expect(await db.mailTemplate.count()).toBe(0);
    expect((await (await api()).mail.templates.list({ slug })).templates.every((t) => t.isDefault)).toBe(true);
  });

  it('a saved template is what queueMail writes from then on; reset brings the default back', async () => {
    const { template } = await (await api()).mail.templates.update({ slug, key: 'ACCEPTED', subject: ' {conference}: "{title}" is in ', body: 'Dear {speaker},\nconfirm: {url}' });
    expect([template.subject, template.body, template.isDefault, template.updatedAt instanceof Date]).toEqual(['{conference}: "{title}" is in', 'Dear {speaker},\nconfirm: {url}', false, true]);

    const mail = await queue('ada@example.org', 'ACCEPTED', 'Ada');
    expect([mail.subject, mail.body]).toEqual(['KVM Forum + oVirt Workshop 2012: "Keynote Address" is in', 'Dear Ada,\nconfirm: https://example.org/c/1']);

    expect(await (await api()).mail.templates.reset({ slug, key: 'ACCEPTED' })).toMatchObject({ hadOverride: true, template: { isDefault: true } });
    expect(await db.mailTemplate.count()).toBe(0);
    expect((await queue('bob@example.org')).subject).toBe('[KVM Forum + oVirt Workshop 2012] Your proposal "Keynote Address" was accepted');
    expect((await (await api()).mail.templates.reset({ slug, key: 'ACCEPTED' })).hadOverride).toBe(false);
  });

  it('the team invitation and schedule templates are checked against their own placeholders', async () => {
    expect(await failure((await api()).mail.templates.update({ slug, key: 'TEAM_INVITE', subject: 'Join {conference}', body: 'Dear {speaker}: {url}' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'The template has errors.',
      fields: { body: 'Unknown placeholder {speaker}; available: {conference}, {inviter}, {role}, {tracks}, {url}, {expires}.' },
    });
    expect(await failure((await api()).mail.templates.update({ slug, key: 'SCHEDULE_CHANGED', subject: '{release}: {title} by {inviter}', body: '{when}' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'The template has errors.',
      fields: {
        subject:
          'Unknown placeholder {inviter}; available: {conference}, {speaker}, {title}, {release}, {status}, {change}, {when}, {room}, {old_when}, {old_room}, {url}, {calendar}.',
      },
    });
    expect(await db.mailTemplate.count()).toBe(0);
    const { template } = await (await api()).mail.templates.update({ slug, key: 'SCHEDULE_CHANGED', subject: '{title}: {status}', body: '{old_when} {old_room} -> {when} {room}' });
    expect([template.key, template.isDefault, template.subject]).toEqual(['SCHEDULE_CHANGED', false, '{title}: {status}']);
    expect(await (await api()).mail.templates.preview({ slug, key: 'SCHEDULE_CHANGED' })).toMatchObject({
      subject: 'Live migration of analytical engines: moved',
      body: 'Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00) Auditorium -> Thu 8 Nov 2012, 12:00–12:30 (UTC+01:00) Sala Gaudí',
    });
    await (await api()).mail.templates.reset({ slug, key: 'SCHEDULE_CHANGED' });
    expect(await db.mailTemplate.count()).toBe(0);
  });

  it('saving the default wording keeps no override', async () => {
    await (await api()).mail.templates.update({ slug, key: 'REJECTED', subject: 'Sorry', body: 'Sorry {speaker}' });
    const { templates } = await (await api()).mail.templates.list({ slug });
    const def = templates.find((t) => t.key === 'REJECTED')!.default;

    const { template } = await (await api()).mail.templates.update({ slug, key: 'REJECTED', ...def });

    expect(template.isDefault).toBe(true);
    expect(await db.mailTemplate.count()).toBe(0);
  });

  it('preview fills the template in use, or a given one, with example values and the conference name', async () => {
    expect(await (await api()).mail.templates.preview({ slug, key: 'CO_SPEAKER_INVITE' })).toEqual({
      subject: '[KVM Forum + oVirt Workshop 2012] Grace Hopper invites you to co-present "Live migration of analytical engines"',
      body: 'Hello,\n\nGrace Hopper added you as a co-speaker of "Live migration of analytical engines" at KVM Forum + oVirt Workshop 2012. Follow this link to join the proposal (you can create an account there):\nhttps://podium.example.org/p/EXAMPLE\n\nThe KVM Forum + oVirt Workshop 2012 team',
      values: { conference: 'KVM Forum + oVirt Workshop 2012', inviter: 'Grace Hopper', title: 'Live migration of analytical engines', url: 'https://podium.example.org/p/EXAMPLE' },
    });
    expect(await (await api()).mail.templates.preview({ slug, key: 'ACCEPTED', subject: 'Yes: {title}', body: 'Hi {speaker}' })).toMatchObject({
      subject: 'Yes: Live migration of analytical engines',
      body: 'Hi Ada Lovelace',
    });
    expect(await failure((await api()).mail.templates.preview({ slug, key: 'ACCEPTED', subject: '{inviter}', body: 'x' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'The template has errors.',
      fields: { subject: 'Unknown placeholder {inviter}; available: {conference}, {speaker}, {title}, {url}.' },
    });
  });

  it('update refuses an unknown kind of mail and an oversized text', async () => {
    expect((await failure((await api()).mail.templates.update({ slug, key: 'NOPE' as never, subject: 'x', body: 'y' }))).code).toBe('BAD_REQUEST');
    expect((await failure((await api()).mail.templates.update({ slug, key: 'ACCEPTED', subject: 'x', body: 'y'.repeat(20_001) }))).code).toBe('BAD_REQUEST');
    expect(await db.mailTemplate.count()).toBe(0);
  });
});

describe('who may use the mail API', () => {
  // Every procedure of the area, called with valid input for the demo conference.
  const calls: [string, (c: Awaited<ReturnType<typeof api>>, mailId: string) => Promise<unknown>][] = [
    ['mail.status', (c) => c.mail.status({ slug })],
    ['mail.outbox.list', (c) => c.mail.outbox.list({ slug })],
    ['mail.outbox.get', (c, id) => c.mail.outbox.get({ slug, id })],
    ['mail.outbox.update', (c, id) => c.mail.outbox.update({ slug, id, to: 'eve@example.org', subject: 'Hijacked', body: 'Hijacked' })],
    ['mail.outbox.send (ids)', (c, id) => c.mail.outbox.send({ slug, ids: [id] })],
    ['mail.outbox.send (all pending)', (c) => c.mail.outbox.send({ slug, allPending: true })],
    ['mail.outbox.discard', (c, id) => c.mail.outbox.discard({ slug, ids: [id] })],
    ['mail.templates.list', (c) => c.mail.templates.list({ slug })],
    ['mail.templates.update', (c) => c.mail.templates.update({ slug, key: 'ACCEPTED', subject: 'Hijacked', body: 'Hijacked' })],
    ['mail.templates.reset', (c) => c.mail.templates.reset({ slug, key: 'ACCEPTED' })],
    ['mail.templates.preview', (c) => c.mail.templates.preview({ slug, key: 'ACCEPTED' })],
  ];
  const refused: [string, keyof typeof ids | null, string][] = [
    ['anonymous', null, 'UNAUTHORIZED'],
    ['the speaker', 'speaker', 'FORBIDDEN'],
    ['a reviewer of the conference', 'reviewer', 'FORBIDDEN'],
    ['an organizer of another conference', 'otherOrganizer', 'FORBIDDEN'],
  ];

  describe.each(refused)('%s', (_who, who, code) => {
    it.each(calls)(`gets ${code} from %s, and nothing changes`, async (_name, call) => {
      const mail = await queue('ada@example.org');
      await (await api()).mail.templates.update({ slug, key: 'ACCEPTED', subject: 'Kept {title}', body: 'Kept' });
      const before = [await outboxRows(), await db.mailTemplate.findMany()];

      expect((await failure(call(await api(who), mail.id))).code).toBe(code);

      expect([await outboxRows(), await db.mailTemplate.findMany()]).toEqual(before);
      expect(smtp.received).toEqual([]);
    });
  });

  it.each(calls)('the organizer and an administrator may call %s', async (_name, call) => {
    for (const who of ['organizer', 'admin'] as const) {
      const mail = await queue('ada@example.org');
      expect((await failure(call(await api(who), mail.id))).code).toBe('OK');
    }
  });
});
