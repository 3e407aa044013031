// Helpers of the speaker portal's end-to-end specs: the apps' database (to insert a question and read the outbox,
// as an organizer and the mail system would), a real PNG, and signing up through the public app's form.
import { deflateSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { publicUrl } from '../../fixtures/urls.ts';

/** The database the apps under test use (see fixtures/mail.ts). */
export { e2eDatabaseUrl as appDatabaseUrl } from '../../fixtures/mail.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real RGB PNG: a diagonal two-colour square, so the page visibly shows it. */
export function pngImage(size = 64): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...(x > y ? [37, 99, 235] : [245, 158, 11]));
    rows.push(Buffer.from(row));
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** Fills and sends the sign-up form on the current page (already /signup). */
export async function fillSignUp(page: Page, who: { name: string; email: string; password: string }) {
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Signs in through the public app's form. */
export async function signInPublic(page: Page, email: string, password: string, callbackPath = '/') {
  await page.goto(publicUrl(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}
