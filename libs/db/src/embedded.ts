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
