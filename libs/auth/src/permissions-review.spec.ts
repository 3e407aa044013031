import { describe, expect, it } from 'vitest';
import type { Principal } from './permissions.ts';
import { canDecideProposals, canManageReview, canReviewProposals, seesSpeakersAlways } from './permissions-review.ts';

describe('review permissions', () => {
  const p = (isAdmin: boolean, teamRoles: Principal['teamRoles']): Principal => ({ userId: 'u', isAdmin, teamRoles });
  it.each([
    ['anonymous', null, [false, false, false, false]],
    ['speaker (no team role)', p(false, []), [false, false, false, false]],
    ['reviewer', p(false, ['REVIEWER']), [false, true, false, false]],
    ['organizer', p(false, ['ORGANIZER']), [true, true, true, true]],
    ['organizer and reviewer', p(false, ['ORGANIZER', 'REVIEWER']), [true, true, true, true]],
    ['admin', p(true, []), [true, true, true, true]],
  ])('%s: manage, review, decide, always sees speakers', (_label, principal, expected) => {
    expect([canManageReview(principal), canReviewProposals(principal), canDecideProposals(principal), seesSpeakersAlways(principal)]).toEqual(expected);
  });
});
