import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { canManageConference, canViewOrganizerArea, type Principal } from './permissions.ts';
import { describeRoles } from './roles.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse', { N: 1024 });
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horsE', hash)).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('x', { N: 1024 })).not.toBe(await hashPassword('x', { N: 1024 }));
  });

  it('refuses missing or malformed hashes', async () => {
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await verifyPassword('x', 'plaintext')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$0$8$1$AA==$AA==')).toBe(false);
  });
});

describe('permissions', () => {
  const p = (isAdmin: boolean, teamRoles: Principal['teamRoles']): Principal => ({ userId: 'u', isAdmin, teamRoles });
  it.each([
    ['anonymous', null, false, false],
    ['speaker (no team role)', p(false, []), false, false],
    ['reviewer', p(false, ['REVIEWER']), false, true],
    ['organizer', p(false, ['ORGANIZER']), true, true],
    ['admin', p(true, []), true, true],
  ])('%s: manage=%s, organizer area=%s', (_label, principal, manage, view) => {
    expect(canManageConference(principal)).toBe(manage);
    expect(canViewOrganizerArea(principal)).toBe(view);
  });

  it('describes roles for people', () => {
    expect(describeRoles({ isAdmin: true }, ['ORGANIZER'])).toEqual(['admin', 'organizer']);
    expect(describeRoles({ isAdmin: false }, [])).toEqual(['speaker']);
  });
});

describe('password hashing under load', () => {
  it('gives every caller the right answer when many hash at once (they queue)', async () => {
    const hash = await hashPassword('pw-123456', { N: 1024 });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => verifyPassword(i % 2 ? 'pw-123456' : 'wrong', hash)));
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i % 2 === 1));
  });
});
