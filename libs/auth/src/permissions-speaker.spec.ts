import { describe, expect, it } from 'vitest';
import { canActOnOwnProposal, canJoinAsCoSpeaker, canViewOwnProposal } from './permissions-speaker.ts';

describe('speaker portal permissions', () => {
  const proposal = { speakerUserIds: ['ana', 'ben'] };
  it.each([
    ['anonymous', null, false, false],
    ['a speaker of the proposal', { userId: 'ana' }, true, false],
    ['a co-speaker', { userId: 'ben' }, true, false],
    ['another speaker (or a reviewer, or an organizer)', { userId: 'cleo' }, false, true],
  ])('%s: view/act=%s, join=%s', (_who, caller, own, join) => {
    expect(canViewOwnProposal(caller, proposal)).toBe(own);
    expect(canActOnOwnProposal(caller, proposal)).toBe(own);
    expect(canJoinAsCoSpeaker(caller, proposal)).toBe(join);
  });
});
