import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './redirects.ts';

describe('safeCallbackPath', () => {
  it.each([
    ['/kvm-forum-2012/me', '/kvm-forum-2012/me'],
    ['/signin?x=1#top', '/signin?x=1#top'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['', '/'],
    [undefined, '/'],
  ])('%j -> %j', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
