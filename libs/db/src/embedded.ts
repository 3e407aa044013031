// The embedded default database: PGlite (PostgreSQL compiled to wasm) served over the Postgres wire protocol on
// loopback, so Prisma, the migrator and both apps use the same driver and SQL as against a real PostgreSQL server.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** A directory kept across restarts, or null for an in-memory database (tests). */
  dataDir: string | null;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  maxConnections?: number;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const host = options.host ?? '127.0.0.1';
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? 'memory://');
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: options.maxConnections ?? 64 });
  // pglite-socket's own queue lets another connection in between the messages of one extended-protocol query (and
  // its error path stalls the queue for good); see SessionQueue. Handlers take the queue from the server when a
  // client connects, so replacing it before start covers every connection.
  (server as unknown as { queryQueue: SessionQueue }).queryQueue = new SessionQueue(db);
  try {
    await server.start();
  } catch (err) {
    await db.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') {
      throw new Error(`Port ${options.port} is taken: is Podium already running? Set PODIUM_DB_PORT to use another port.`);
    }
    throw err;
  }
  const conn = server.getServerConn(); // "host:port"
  const port = Number(conn.slice(conn.lastIndexOf(':') + 1));
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

type Pending = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
};

// Frontend messages that continue an extended-protocol exchange: Parse, Bind, Describe, Execute, Close, Flush and
// CopyData. Everything else (Sync, Query, Terminate, CopyDone/CopyFail, FunctionCall, the startup and password
// messages) ends one, after which the backend is ready for another client.
const CONTINUES = new Set(['P', 'B', 'D', 'E', 'C', 'H', 'd'].map((c) => c.charCodeAt(0)));

/**
 * One PGlite backend shared by many sockets, the way PostgreSQL would give each its own: a connection keeps the
 * backend from its first message until its exchange is over (Sync or a simple query) and, if it opened a transaction,
 * until the transaction ends. Other connections' messages wait in arrival order. Without this, a Parse/Bind from one
 * connection and a Sync from another interleave and the first gets `portal "" does not exist` (34000), or its
 * statements run inside someone else's transaction.
 */
export class SessionQueue {
  private queue: Pending[] = [];
  private processing = false;
  /** The connection that holds the backend, or null when any may take it. */
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength() {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number) {
    this.queue = this.queue.filter((p) => {
      if (p.handlerId !== handlerId) return true;
      p.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** A connection went away: roll back what it left open and let the others in. */
  async clearTransactionIfNeeded(handlerId: number) {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK').catch(() => undefined);
    this.owner = null;
    await this.process();
  }

  private async process() {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = this.owner === null ? 0 : this.queue.findIndex((p) => p.handlerId === this.owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const item = this.queue.splice(index, 1)[0]!;
        this.owner = item.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (err) {
          if (!this.db.isInTransaction()) this.owner = null;
          item.reject(err);
          continue;
        }
        if (!CONTINUES.has(item.message[0] ?? 0) && !this.db.isInTransaction()) this.owner = null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }
}

/** Where `npm start` records the embedded server it runs, so the CLI can use it instead of opening the files twice. */
export interface EmbeddedLease {
  pid: number;
  port: number;
  url: string;
}

function leaseFile(dataDir: string) {
  return path.join(dataDir, 'embedded-server.json');
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The embedded database kept in `dataDir`: the server another Podium process already runs on it, or a new one that
 * this process owns (PGlite files must never be opened by two processes at once).
 */
export async function openEmbeddedDatabase(dataDir: string, port: number): Promise<EmbeddedDatabase & { owned: boolean }> {
  const file = leaseFile(dataDir);
  if (existsSync(file)) {
    const lease = JSON.parse(readFileSync(file, 'utf8')) as EmbeddedLease;
    // A lease left by a crashed process (or one whose pid was reused) is stale: nobody answers on its port.
    if (isAlive(lease.pid) && (await answers(lease.url))) {
      // Not ours to stop: the process that holds the lease owns the server.
      return { url: lease.url, port: lease.port, owned: false, stop: () => Promise.resolve() };
    }
  }
  const db = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'pglite'), port });
  writeFileSync(file, JSON.stringify({ pid: process.pid, port: db.port, url: db.url } satisfies EmbeddedLease));
  return {
    ...db,
    owned: true,
    async stop() {
      rmSync(file, { force: true });
      await db.stop();
    },
  };
}
