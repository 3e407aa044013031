// The database half of the API's integration tests (testing.ts holds the pure half). One call per spec file gives it a
// fresh, migrated database (PGlite, or PostgreSQL under PODIUM_TEST_DB=postgres), by default with the demo conference
// and its demo accounts, callers acting as any user, and stops it all after the file. Integration specs only: it may
// import the seeds (eslint.config.mjs lets *.int-helpers.ts do what *.int.spec.ts may).
import { afterAll, beforeAll } from 'vitest';
import { createDb, type Db } from '@podium/db';
import { createTestDatabase, type TestDatabase } from '@podium/db/testing';
import { seedDemoConference } from '@podium/seeds';
import { createContextInner } from './context.ts';
import { createCaller } from './root.ts';

export type Api = ReturnType<typeof createCaller>;

export interface TestApiOptions {
  /** Seed the demo conference (KVM Forum 2012) with its demo accounts; default true. */
  demo?: boolean;
  /** Connections in the client's pool; default 4. */
  max?: number;
}

export interface TestApi {
  /**
   * The client of this file's database. It exists from the file's beforeAll on: use it inside tests, hooks and the
   * functions they call (destructuring it at the top of the file is fine, touching it there is not).
   */
  db: Db;
  /** The API as `userId` (null: anonymous), the way a request would see it. */
  callerFor(userId: string | null): Promise<Api>;
  /** The API as the account with this email. */
  callerAs(email: string): Promise<Api>;
  /** The id of the account with this email (looked up once per email). */
  userId(email: string): Promise<string>;
  /** The demo conference's id (with `demo`). */
  conferenceId(): string;
}

/** Registers this file's beforeAll (database, demo seed) and afterAll (disconnect, drop) and returns what tests use. */
export function useTestApi(options: TestApiOptions = {}): TestApi {
  const { demo = true, max = 4 } = options;
  let testDb: TestDatabase | undefined;
  let client: Db | undefined;
  let demoConferenceId: string | undefined;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    client = createDb(testDb.url, { max });
    if (demo) demoConferenceId = (await seedDemoConference(client, { demoAccounts: true, passwordCost: 1024 })).conferenceId;
  });
  afterAll(async () => {
    await client?.$disconnect();
    await testDb?.stop();
  });

  const current = (): Db => {
    if (!client) throw new Error('useTestApi: the database is made in beforeAll; use `db` inside a test or hook, not while the file is loading.');
    return client;
  };
  // The client only exists once beforeAll has run, while specs name `db` at the top of the file: a stand-in that
  // forwards every property to it. Its methods run with the client itself as `this`.
  const db = new Proxy({} as Db, {
    get(_, key) {
      const client = current();
      const value: unknown = Reflect.get(client, key, client);
      return typeof value === 'function' ? new Proxy(value, { apply: (fn, _this, args) => Reflect.apply(fn, client, args) }) : value;
    },
    has: (_, key) => Reflect.has(current(), key),
  });

  const userId = async (email: string) => {
    let id = ids.get(email);
    if (!id) {
      id = (await current().user.findUniqueOrThrow({ where: { email } })).id;
      ids.set(email, id);
    }
    return id;
  };
  const callerFor = async (id: string | null) => createCaller(await createContextInner({ db: current(), userId: id }));

  return {
    db,
    callerFor,
    callerAs: async (email) => callerFor(await userId(email)),
    userId,
    conferenceId() {
      if (!demoConferenceId) throw new Error(demo ? 'useTestApi: the demo conference is seeded in beforeAll; ask inside a test or hook.' : 'useTestApi({ demo: false }) seeds no demo conference.');
      return demoConferenceId;
    },
  };
}
