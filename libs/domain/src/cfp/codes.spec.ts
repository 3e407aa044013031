import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, isPublicCode, newPublicCode, withFreshCode } from './codes.ts';

describe('public codes', () => {
  it('are 6 symbols of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) expect(isPublicCode(newPublicCode())).toBe(true);
    expect(CODE_ALPHABET).not.toMatch(/[01IO]/);
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('map bytes onto the alphabet uniformly (byte mod 32)', () => {
    expect(newPublicCode((n) => new Uint8Array(n).fill(0))).toBe('AAAAAA');
    expect(newPublicCode(() => Uint8Array.from([31, 32, 63, 255, 24, 8]))).toBe('9A992J');
  });

  it('differ between calls', () => {
    expect(new Set(Array.from({ length: 100 }, () => newPublicCode())).size).toBe(100);
  });

  it('is refused when it has ambiguous symbols or the wrong length', () => {
    expect(isPublicCode('ABCDE0')).toBe(false);
    expect(isPublicCode('ABCDE')).toBe(false);
    expect(isPublicCode('abcdef')).toBe(false);
  });
});

describe('withFreshCode', () => {
  const clash = new Error('unique');
  const isClash = (err: unknown) => err === clash;

  it('retries with a new code after a clash', async () => {
    const codes = ['AAAAAA', 'BBBBBB', 'CCCCCC'];
    const tried: string[] = [];
    const result = await withFreshCode(
      async (code) => {
        tried.push(code);
        if (code !== 'CCCCCC') throw clash;
        return code;
      },
      isClash,
      { newCode: () => codes.shift()! },
    );
    expect([result, tried]).toEqual(['CCCCCC', ['AAAAAA', 'BBBBBB', 'CCCCCC']]);
  });

  it('gives up after the allowed attempts', async () => {
    let calls = 0;
    await expect(withFreshCode(async () => { calls++; throw clash; }, isClash, { attempts: 3 })).rejects.toBe(clash);
    expect(calls).toBe(3);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const other = new Error('disk full');
    await expect(withFreshCode(async () => { calls++; throw other; }, isClash)).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});
