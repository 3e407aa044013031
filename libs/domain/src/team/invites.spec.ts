import { describe, expect, it } from 'vitest';
import { DEFAULT_MAIL_TEMPLATES, MAIL_PLACEHOLDERS, renderTemplate } from '../mail/templates.ts';
import { sameEmailAddress, teamInviteExpiry, teamInviteMailValues, teamInviteStatus, type TeamInviteMailInput } from './invites.ts';

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

describe('teamInviteMailValues with the default TEAM_INVITE template', () => {
  const base = {
    conference: 'KVM Forum 2012',
    timeZone: 'Europe/Madrid',
    inviter: 'Olga Organizer',
    url: 'http://localhost:3001/invites/team/abc',
    // 23:30 UTC is already the next day in Madrid.
    expiresAt: new Date('2012-11-20T23:30:00Z'),
  };
  const mail = (m: Omit<TeamInviteMailInput, keyof typeof base>) => renderTemplate('TEAM_INVITE', DEFAULT_MAIL_TEMPLATES.TEAM_INVITE, teamInviteMailValues({ ...base, ...m }));

  it('names the conference, the role, the tracks, the link and the local expiry with its offset', () => {
    expect(mail({ role: 'REVIEWER', trackNames: ['Virtualization', 'Storage'] })).toEqual({
      subject: '[KVM Forum 2012] Olga Organizer invites you to join as reviewer',
      body:
        'Hello,\n\nOlga Organizer invites you to join KVM Forum 2012 as reviewer for the tracks Virtualization, Storage. ' +
        'Follow this link, sign in with this email address (or create an account with it there) and accept:\nhttp://localhost:3001/invites/team/abc\n\n' +
        'The link works once and until Wednesday, 21 November 2012, 00:30 (UTC+01:00). If you did not expect this invitation, ignore this mail: nothing changes until it is accepted.\n\n' +
        'The KVM Forum 2012 team',
    });
  });

  it('leaves the track clause out for all tracks and for organizers', () => {
    expect(mail({ role: 'REVIEWER', trackNames: [] }).body).toContain('join KVM Forum 2012 as reviewer. Follow');
    expect(mail({ role: 'ORGANIZER', trackNames: ['Storage'] }).body).toContain('join KVM Forum 2012 as organizer. Follow');
    expect(mail({ role: 'REVIEWER', trackNames: ['Storage'] }).body).toContain('as reviewer for the track Storage. Follow');
  });

  it('gives every TEAM_INVITE placeholder a value, the expiry in summer time too', () => {
    const values = teamInviteMailValues({ ...base, role: 'ORGANIZER', trackNames: [], expiresAt: new Date('2013-06-30T22:00:00Z') });
    expect(values).toEqual({
      conference: 'KVM Forum 2012',
      inviter: 'Olga Organizer',
      role: 'organizer',
      tracks: '',
      url: 'http://localhost:3001/invites/team/abc',
      expires: 'Monday, 1 July 2013, 00:00 (UTC+02:00)',
    });
    expect(Object.keys(values)).toEqual(Object.keys(MAIL_PLACEHOLDERS.TEAM_INVITE));
  });
});
