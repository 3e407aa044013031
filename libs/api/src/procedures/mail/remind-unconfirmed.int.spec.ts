import { describe, expect, it } from 'vitest';
import { makeConference, makeMember, makeSession } from '@podium/db/testing';
import { trpcFailure } from '../../testing.ts';
import { useTestApi } from '../../testing.int-helpers.ts';

const { db, callerFor, userId } = useTestApi({ max: 2 });
const slug = 'kvm-forum-2012';

describe('mail.remindUnconfirmed', () => {
  it('queues one reminder per speaker of each accepted, unconfirmed proposal, and not again while it waits', async () => {
    const conference = await db.conference.findUniqueOrThrow({ where: { slug } });
    const accepted = await makeSession(db, conference.id, { state: 'ACCEPTED', title: 'Nested virtualization', speakerName: 'Nadia Nested' });
    await db.user.update({ where: { id: accepted.speakers[0]!.speakerProfile.userId }, data: { email: 'nadia@example.test' } });
    await makeSession(db, conference.id, { state: 'SUBMITTED', title: 'Not decided yet' });
    const api = await callerFor(await userId('organizer@podium.test'));

    expect(await api.mail.remindUnconfirmed({ slug })).toEqual({
      proposals: 1,
      queued: 1,
      message: '1 reminder queued in the outbox for 1 unconfirmed proposal.',
    });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { templateKey: 'CONFIRMATION_REMINDER' } });
    expect([mail.to, mail.state, mail.subject, mail.submissionId]).toEqual([
      'nadia@example.test',
      'PENDING',
      '[KVM Forum + oVirt Workshop 2012] Please confirm "Nested virtualization"',
      accepted.id,
    ]);
    expect(mail.body).toContain(`http://localhost:3000/kvm-forum-2012/me/proposals/${accepted.code}`);

    expect((await api.mail.remindUnconfirmed({ slug })).queued).toBe(0);
    expect(await db.outboxMail.count({ where: { templateKey: 'CONFIRMATION_REMINDER' } })).toBe(1);
  });

  it('is for the conference\'s organizers only', async () => {
    const other = await makeConference(db);
    const stranger = await makeMember(db, other.id, 'ORGANIZER');
    const before = await db.outboxMail.count();
    expect((await trpcFailure((await callerFor(null)).mail.remindUnconfirmed({ slug }))).code).toBe('UNAUTHORIZED');
    for (const who of [await userId('speaker@podium.test'), await userId('reviewer@podium.test'), stranger.id]) {
      expect((await trpcFailure((await callerFor(who)).mail.remindUnconfirmed({ slug }))).code).toBe('FORBIDDEN');
    }
    expect(await db.outboxMail.count()).toBe(before);
  });
});
