// Short public codes for proposals and speaker profiles (they appear in URLs): random, unguessable, and easy to read
// out or type, so no 0/O or 1/I. 32 symbols × 6 places ≈ 10⁹ codes per conference; a clash is retried.

export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** Web Crypto's random bytes (Node ≥ 19 and every browser have `crypto.getRandomValues`). */
const webRandom = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** A new random code. 256 is a multiple of 32, so `byte % 32` is uniform. */
export function newPublicCode(randomBytes: (n: number) => Uint8Array = webRandom): string {
  const bytes = randomBytes(CODE_LENGTH);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[(bytes[i] ?? 0) % CODE_ALPHABET.length];
  return code;
}

export function isPublicCode(text: string): boolean {
  return text.length === CODE_LENGTH && [...text].every((c) => CODE_ALPHABET.includes(c));
}

/**
 * Runs `insert` with fresh codes until it does not clash with an existing one (`isClash` recognises the store's
 * unique-violation error); gives up after `attempts` clashes, which at 10⁹ codes means something else is wrong.
 */
export async function withFreshCode<T>(
  insert: (code: string) => Promise<T>,
  isClash: (err: unknown) => boolean,
  options: { attempts?: number; newCode?: () => string } = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const next = options.newCode ?? (() => newPublicCode());
  for (let i = 1; ; i++) {
    try {
      return await insert(next());
    } catch (err) {
      if (!isClash(err) || i >= attempts) throw err;
    }
  }
}
