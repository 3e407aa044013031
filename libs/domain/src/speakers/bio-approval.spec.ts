import { describe, expect, it } from 'vitest';
import { bioDifferences, bioState, diffLinks, diffWords, type BioCopy } from './bio-approval.ts';

const copy = (over: Partial<BioCopy> = {}): BioCopy => ({ bio: 'I work on QEMU.', avatarId: 'av1', links: ['https://a.example.org/'], ...over });
const at = new Date('2030-01-01T10:00:00Z');

describe('bioDifferences', () => {
  it('is empty for equal copies', () => {
    expect(bioDifferences(copy(), copy())).toEqual([]);
  });

  it('names each changed part in the order bio, photo, links', () => {
    expect(bioDifferences(copy(), copy({ links: ['https://b.example.org/'], bio: 'New.', avatarId: null }))).toEqual(['bio', 'photo', 'links']);
    expect(bioDifferences(copy(), copy({ avatarId: 'av2' }))).toEqual(['photo']);
  });

  it('counts a change of link order as a change', () => {
    expect(bioDifferences(copy({ links: ['https://a.example.org/', 'https://b.example.org/'] }), copy({ links: ['https://b.example.org/', 'https://a.example.org/'] }))).toEqual(['links']);
  });
});

describe('bioState', () => {
  it.each([
    ['equal non-empty copies', copy(), copy(), at, 'PUBLISHED'],
    ['equal empty copies, never approved', copy({ bio: '', avatarId: null, links: [] }), copy({ bio: '', avatarId: null, links: [] }), null, 'EMPTY'],
    ['a newer working copy over an approved one', copy({ bio: 'Changed.' }), copy(), at, 'PENDING'],
    ['a working copy that removes the bio', copy({ bio: '' }), copy(), at, 'PENDING'],
    ['a working copy never approved', copy(), copy({ bio: '', avatarId: null, links: [] }), null, 'NOT_APPROVED'],
    ['a working copy whose approved copy is empty', copy(), copy({ bio: '', avatarId: null, links: [] }), at, 'NOT_APPROVED'],
    ['a working copy changed back to the approved text', copy(), copy(), at, 'PUBLISHED'],
  ] as const)('%s → %s', (_what, working, approved, approvedAt, expected) => {
    expect(bioState({ working, approved, approvedAt })).toBe(expected);
  });
});

describe('diffWords', () => {
  const rebuild = (parts: ReturnType<typeof diffWords>, side: 'before' | 'after') =>
    parts
      .filter((p) => p.kind === 'same' || p.kind === (side === 'before' ? 'removed' : 'added'))
      .map((p) => p.text)
      .join('');

  it('marks a replaced word and keeps the rest as it is', () => {
    expect(diffWords('Ana works on QEMU storage.', 'Ana works on QEMU networking.')).toEqual([
      { kind: 'same', text: 'Ana works on QEMU ' },
      { kind: 'removed', text: 'storage.' },
      { kind: 'added', text: 'networking.' },
    ]);
  });

  it('marks words added in the middle and at the end', () => {
    expect(diffWords('She maintains libvirt.', 'She happily maintains libvirt. And QEMU.')).toEqual([
      { kind: 'same', text: 'She ' },
      { kind: 'added', text: 'happily ' },
      { kind: 'same', text: 'maintains ' },
      { kind: 'removed', text: 'libvirt.' },
      { kind: 'added', text: 'libvirt. And QEMU.' },
    ]);
  });

  it('gives one "same" part for equal texts and one "added" part from nothing', () => {
    expect(diffWords('Same text.', 'Same text.')).toEqual([{ kind: 'same', text: 'Same text.' }]);
    expect(diffWords('', 'New bio.')).toEqual([{ kind: 'added', text: 'New bio.' }]);
    expect(diffWords('Old bio.', '')).toEqual([{ kind: 'removed', text: 'Old bio.' }]);
  });

  it.each([
    ['Line one\nLine **two**\n\n- a\n- b', 'Line one\nLine *two* and three\n\n- a\n- c\n- b'],
    ['  leading space', 'leading space  '],
    ['a b a b a b', 'b a b a b a'],
  ])('gives both texts back exactly from its parts: %j → %j', (before, after) => {
    const parts = diffWords(before, after);
    expect([rebuild(parts, 'before'), rebuild(parts, 'after')]).toEqual([before, after]);
  });
});

describe('diffLinks', () => {
  it('lists the links added and removed', () => {
    expect(diffLinks(['https://a.example.org/', 'https://b.example.org/'], ['https://b.example.org/', 'https://c.example.org/'])).toEqual({
      added: ['https://c.example.org/'],
      removed: ['https://a.example.org/'],
    });
  });
});
