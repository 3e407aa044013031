import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@podium/db';
import { createTestDatabase, makeUser, type TestDatabase } from '@podium/db/testing';
import { authorizeCredentials } from './next-auth.ts';
import { hashPassword } from './password.ts';

let testDb: TestDatabase;
let db: Db;
const saved = process.env.DATABASE_URL;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url; // authorizeCredentials uses the process-wide client, as in the apps
  db = createDb(testDb.url, { max: 2 });
  await makeUser(db, { email: 'ana@example.test', name: 'Ana', passwordHash: await hashPassword('s3cret-pass', { N: 1024 }) });
  await makeUser(db, { email: 'imported@example.test', name: 'Imported', passwordHash: null });
});
afterAll(async () => {
  process.env.DATABASE_URL = saved;
  await db?.$disconnect();
  await testDb?.stop();
});

describe('authorizeCredentials', () => {
  it('signs in with the right password, whatever the email case', async () => {
    expect(await authorizeCredentials('ANA@example.test ', 's3cret-pass')).toMatchObject({ email: 'ana@example.test', name: 'Ana' });
  });

  it.each([
    ['a wrong password', 'ana@example.test', 'wrong'],
    ['an unknown email', 'nobody@example.test', 's3cret-pass'],
    ['an account without a password (imported speaker)', 'imported@example.test', ''],
    ['missing fields', undefined, undefined],
  ])('refuses %s', async (_what, email, password) => {
    expect(await authorizeCredentials(email, password)).toBeNull();
  });
});
