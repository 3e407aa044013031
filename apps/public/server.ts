// The public app's production server: Next, with the published agenda pages answered from memory first.
// `npm start` runs it (tools/start.ts); `next start` still works but renders every page per request.
//   PORT (default 3000), HOST (default 127.0.0.1), PODIUM_PUBLIC_PAGE_CACHE=0 turns the page cache off,
//   PODIUM_PUBLIC_WORKERS (default: the number of CPUs, at most 4) processes share the port.
// One Node process answers from one core; a conference's readers arrive all at once, so the server runs one worker per
// core (node:cluster), each a whole Next server with its own page cache (a page is rendered once per worker).
import cluster from 'node:cluster';
import { createServer, request } from 'node:http';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import next from 'next';
import { PublicPageCache, RENDER_HEADER, type RenderedPage } from '@podium/api/public-pages';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const workers = Math.max(1, Number(process.env.PODIUM_PUBLIC_WORKERS ?? Math.min(availableParallelism(), 4)) || 1);

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies takes its requests with it; the server stops rather than limp on (npm start stops too).
    console.error(`[public] worker ${worker.process.pid} exited (${signal ?? code}); stopping.`);
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    setTimeout(() => process.exit(1), 5000).unref();
  });
  const stopAll = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stopAll);
  process.on('SIGINT', stopAll);
} else {
  await serve();
}

/** One worker: Next and its page cache on the shared port. */
async function serve() {
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname), hostname, port });
  const handle = app.getRequestHandler();

  /** One anonymous request to this very server, marked so that Next answers it, uncompressed, for the given address. */
  function renderThroughNext(pathAndQuery: string, addressHeaders: Record<string, string>): Promise<RenderedPage> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname,
          port,
          path: pathAndQuery,
          headers: { ...addressHeaders, [RENDER_HEADER]: '1', 'accept-encoding': 'identity', accept: 'text/html', 'user-agent': 'Podium page cache' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  await app.prepare();
  const pages = process.env.PODIUM_PUBLIC_PAGE_CACHE === '0' ? null : new PublicPageCache({ render: renderThroughNext });

  const server = createServer((req, res) => {
    const served = pages ? pages.serve(req, res) : false;
    if (served === true) return;
    if (served === false) return void handle(req, res);
    served.then(
      (served) => {
        if (!served) void handle(req, res);
      },
      (err: unknown) => {
        console.error('[public] page cache:', err);
        if (!res.headersSent) void handle(req, res);
        else res.destroy();
      },
    );
  });
  server.listen(port, hostname, () => console.log(`[public] ready on http://${hostname}:${port}${pages ? ' (published pages served from memory)' : ''}`));

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
