import { describe, expect, it } from 'vitest';
import { sameEmailAddress, teamInviteExpiry, teamInviteMail, teamInviteStatus } from './invites.ts';

describe('teamInviteExpiry', () => {
  it('is 14 days after sending', () => {
    expect(teamInviteExpiry(new Date('2030-03-01T10:00:00Z')).toISOString()).toBe('2030-03-15T10:00:00.000Z');
  });
});

describe('teamInviteStatus', () => {
  const now = new Date('2030-03-10T12:00:00Z');
  it.each([
    ['open before its expiry', { acceptedAt: null, expiresAt: new Date('2030-03-10T12:00:01Z') }, 'open'],
    ['expired at its expiry instant', { acceptedAt: null, expiresAt: now }, 'expired'],
    ['expired after its expiry', { acceptedAt: null, expiresAt: new Date('2030-03-01T00:00:00Z') }, 'expired'],
    ['accepted when used, even past its expiry', { acceptedAt: new Date('2030-02-28T00:00:00Z'), expiresAt: new Date('2030-03-01T00:00:00Z') }, 'accepted'],
  ] as const)('%s', (_what, invite, status) => {
    expect(teamInviteStatus(invite, now)).toBe(status);
  });
});

describe('sameEmailAddress', () => {
  it.each([
    ['Nora@Example.test', 'nora@example.test', true],
    [' nora@example.test ', 'NORA@EXAMPLE.TEST', true],
    ['nora@example.test', 'nora@example.org', false],
    ['nora@example.test', null, false],
    [null, null, false],
    ['', '', false],
  ])('%s vs %s is %s', (a, b, same) => {
    expect(sameEmailAddress(a, b)).toBe(same);
  });
});

describe('teamInviteMail', () => {
  const base = {
    conference: 'KVM Forum 2012',
    timeZone: 'Europe/Madrid',
    inviter: 'Olga Organizer',
    url: 'http://localhost:3001/invites/team/abc',
    // 23:30 UTC is already the next day in Madrid.
    expiresAt: new Date('2012-11-20T23:30:00Z'),
  };

  it('names the conference, the role, the tracks, the link and the local last day', () => {
    expect(teamInviteMail({ ...base, role: 'REVIEWER', trackNames: ['Virtualization', 'Storage'] })).toEqual({
      subject: '[KVM Forum 2012] Olga Organizer invites you to join as reviewer',
      body:
        'Hello,\n\nOlga Organizer invites you to join KVM Forum 2012 as reviewer for the tracks Virtualization, Storage. ' +
        'Follow this link, sign in with this email address (or create an account with it there) and accept:\nhttp://localhost:3001/invites/team/abc\n\n' +
        'The link works once and until Wednesday, 21 November 2012. If you did not expect this invitation, ignore this mail: nothing changes until it is accepted.\n\n' +
        'The KVM Forum 2012 team',
    });
  });

  it('leaves the track clause out for all tracks and for organizers', () => {
    expect(teamInviteMail({ ...base, role: 'REVIEWER', trackNames: [] }).body).toContain('join KVM Forum 2012 as reviewer. Follow');
    expect(teamInviteMail({ ...base, role: 'ORGANIZER', trackNames: ['Storage'] }).body).toContain('join KVM Forum 2012 as organizer. Follow');
    expect(teamInviteMail({ ...base, role: 'REVIEWER', trackNames: ['Storage'] }).body).toContain('as reviewer for the track Storage. Follow');
  });
});
