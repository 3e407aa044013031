// Password hashing with scrypt (memory-hard KDF, OWASP parameters N=2^17, r=8, p=1), self-describing so the
// parameters can be raised later without invalidating stored hashes.

import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Each hash takes ~128 MiB for a few hundred milliseconds: a burst of sign-ins must queue, not exhaust memory.
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const DEFAULT = { N: 2 ** 17, r: 8, p: 1, keylen: 32 };
export const MIN_PASSWORD_LENGTH = 8;

export async function hashPassword(password: string, params: Partial<typeof DEFAULT> = {}): Promise<string> {
  const { N, r, p, keylen } = { ...DEFAULT, ...params };
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, keylen, { N, r, p, maxmem: 256 * N * r });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) return false;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (!N || !r || !p || expected.length === 0) return false;
  const key = await scrypt(password.normalize('NFKC'), salt, expected.length, { N, r, p, maxmem: 256 * N * r });
  return timingSafeEqual(key, expected);
}
