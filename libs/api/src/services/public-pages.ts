// Public agenda pages, rendered once per publication and served from memory, precompressed.
//
// Rendering the FOSDEM-sized schedule per request costs seconds of CPU and sends the page twice (HTML and React's
// payload) plus Next's client runtime. The public app's server (apps/public/server.ts) asks this cache first: for an
// anonymous GET of an agenda page it answers from memory with the page rendered once by Next, stripped to plain HTML
// (the pages are complete without JavaScript; apps/public/public/podium-agenda.js adds stars and tab keys), gzip and
// brotli compressed once, with an ETag. Everything else (signed-in speakers, forms, React navigation requests,
// searches) goes to Next as before.
//
// Freshness: a page is kept while its conference's publication stamp (findPublicationStamp: releases, sessions,
// speaker profiles, the conference, rooms, tracks, types) stays the same. The stamp is read at most every `checkMs`
// (default 500 ms) per conference, and a request never gets a page older than the stamp it saw; so a release shows
// at once, and any other edit within half a second. While the conference runs ("now and next"), pages are also
// re-rendered in the background every `liveTtlMs` (default 30 s). When the stamp cannot be read within
// `stampWaitMs` (default 2 s: the database is slow or down), a page already held is served as it is.

import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { findPublicationStamp, getDb, type Db, type PublicationStamp } from '@podium/db';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The header the cache's own render requests carry: they always go to Next. */
export const RENDER_HEADER = 'x-podium-render';

/** A page as Next answered it. */
export interface RenderedPage {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface PublicPagesOptions {
  /**
   * Renders a path (with its query) through Next, as an anonymous reader, with RENDER_HEADER set, and the given
   * address headers (host, x-forwarded-host, x-forwarded-proto) when the pages depend on them.
   */
  render(pathAndQuery: string, addressHeaders: Record<string, string>): Promise<RenderedPage>;
  db?: Db;
  /** How long a conference's stamp is trusted before it is read again (ms). */
  checkMs?: number;
  /** While the conference runs, how old a page may get before it is re-rendered in the background (ms). */
  liveTtlMs?: number;
  /** At most this many pages are kept; the least recently used go first. */
  maxEntries?: number;
  /** How long a request waits for the stamp before it gets the page it has (ms); the database may be slow or down. */
  stampWaitMs?: number;
  /**
   * Whether pages depend on the address a request came to (absolute links built from Host when PODIUM_PUBLIC_URL is
   * not set): then each address gets pages of its own, so one reader's Host header never reaches another's page.
   */
  addressSensitive?: boolean;
  now?: () => number;
}

type Encoding = 'br' | 'gzip' | 'identity';

interface Entry {
  stamp: string;
  renderedAt: number;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  headers: Record<string, string>;
  /** The response headers per encoding, built once. */
  sent: Record<Encoding, Record<string, string | number>>;
}

interface ConferenceState {
  stamp: PublicationStamp | null;
  checkedAt: number;
  pending: Promise<PublicationStamp | null> | null;
}

// Pages that show only published data, the same to every anonymous reader. Not cached: the conference's landing
// (a redirect), the CFP (its state follows the clock), favourites (built in the browser), speakers' own pages, search,
// and the embed page (its snippets carry the address the request came to when PODIUM_PUBLIC_URL is not set).
const PAGE = /^\/([A-Za-z0-9][A-Za-z0-9_-]{0,99})\/(schedule|changelog|sessions\/[A-Za-z0-9]{1,40}|speakers\/[A-Za-z0-9]{1,40}|rooms\/[A-Za-z0-9_-]{1,100})$/;
const SCHEDULE_PARAMS = new Set(['day', 'view']);
// Headers copied from Next's answer onto the cached one; the rest (cookies, caching, lengths, preload links) are not.
const KEPT_HEADERS = ['content-type', 'x-frame-options', 'content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy', 'strict-transport-security'];
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?podium-public\.session-token(?:\.\d+)?=/;

/**
 * The cache key of a request when the cache may answer it: an anonymous GET/HEAD of a published page, not one of
 * React's own navigation requests, with no query beyond the schedule's day and view. Else null (Next answers).
 */
export function publicPageKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): { key: string; slug: string; path: string } | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url) return null;
  if (headers[RENDER_HEADER] || headers['rsc'] || headers['next-router-state-tree'] || headers['next-action'] || headers['next-router-prefetch']) return null;
  if (headers.cookie && SESSION_COOKIE.test(headers.cookie)) return null;
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const match = PAGE.exec(path);
  if (!match) return null;
  let query = '';
  if (q !== -1 && q < url.length - 1) {
    const params = new URLSearchParams(url.slice(q + 1));
    const names = [...params.keys()];
    if (match[2] !== 'schedule' || names.some((n) => !SCHEDULE_PARAMS.has(n)) || new Set(names).size !== names.length) return null;
    const values = [...params.entries()];
    if (values.some(([, v]) => v.length > 40)) return null;
    query = `?${values.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
  }
  return { key: path + query, path: path + query, slug: match[1]! };
}

/**
 * The page without Next's client runtime: its scripts, the payload React would hydrate from, and their preloads go;
 * scripts marked data-podium-keep stay. Null when the page cannot do without them (content streamed in later, which
 * only a script would put in place).
 */
export function plainHtml(html: string): string | null {
  if (/<div hidden id="S:\d+"/.test(html)) return null;
  return html
    .replace(/<script\b(?![^>]*\bdata-podium-keep\b)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g, '');
}

type Target = { key: string; slug: string; path: string; address: Record<string, string> };

const ADDRESS_HEADERS = ['host', 'x-forwarded-host', 'x-forwarded-proto'] as const;

/** The headers a page may build absolute links from. */
function addressOf(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ADDRESS_HEADERS) {
    const v = headers[name];
    if (typeof v === 'string') out[name] = v.slice(0, 200);
  }
  return out;
}

function pickEncoding(accept: string | undefined): Encoding {
  if (!accept) return 'identity';
  // What browsers and load tools send ("gzip, deflate, br, zstd"; "gzip"): no weights to weigh.
  if (!accept.includes(';') && !accept.includes('*')) return accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : 'identity';
  const offered = new Map(
    accept.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name!, qParam ? Number(qParam.slice(2)) : 1] as const;
    }),
  );
  const ok = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

export class PublicPageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly filling = new Map<string, Promise<Entry | RenderedPage>>();
  private readonly conferences = new Map<string, ConferenceState>();
  private readonly checkMs: number;
  private readonly liveTtlMs: number;
  private readonly maxEntries: number;
  private readonly stampWaitMs: number;
  private readonly addressSensitive: boolean;
  private readonly now: () => number;
  private readonly db: Db;

  constructor(private readonly options: PublicPagesOptions) {
    this.db = options.db ?? getDb();
    this.checkMs = options.checkMs ?? 500;
    this.liveTtlMs = options.liveTtlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 5000;
    this.stampWaitMs = options.stampWaitMs ?? 2000;
    this.addressSensitive = options.addressSensitive ?? !process.env.PODIUM_PUBLIC_URL;
    this.now = options.now ?? Date.now;
  }

  /** How many pages are held, and their compressed size. */
  stats() {
    let bytes = 0;
    for (const e of this.entries.values()) bytes += e.identity.length + e.gzip.length + e.br.length;
    return { pages: this.entries.size, bytes };
  }

  /**
   * Answers the request from the cache when it may (filling the cache first if needed) and says so; false leaves the
   * request untouched for Next. A page already held under a fresh stamp is answered synchronously (true).
   */
  serve(req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean> {
    const page = publicPageKey(req.method, req.url, req.headers);
    if (!page) return false;
    const address = this.addressSensitive ? addressOf(req.headers) : null;
    const target = address ? { ...page, key: `${page.key} ${JSON.stringify(address)}`, address } : { ...page, address: {} };
    // The hot path: stamp checked recently, page held for it, not due for a live refresh.
    const state = this.conferences.get(target.slug);
    const now = this.now();
    if (state?.stamp && now - state.checkedAt < this.checkMs) {
      const found = this.entries.get(target.key);
      if (found && found.stamp === state.stamp.stamp && !(this.isLive(state.stamp) && now - found.renderedAt > this.liveTtlMs)) {
        this.sendEntry(found, 'hit', req, res);
        return true;
      }
    }
    return this.serveSlow(target, req, res);
  }

  private async serveSlow(target: Target, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    let stamp: PublicationStamp | null;
    try {
      stamp = await this.withDeadline(this.stamp(target.slug));
    } catch (err) {
      // The database is slow or down: readers get the page as last published rather than nothing.
      const held = this.entries.get(target.key);
      if (!held) throw err;
      this.sendEntry(held, 'stale', req, res);
      return true;
    }
    if (!stamp) return false; // unknown conference: Next answers its 404
    const found = this.entries.get(target.key);
    let outcome: Entry | RenderedPage;
    let state: 'hit' | 'miss' | 'stale';
    if (found && found.stamp === stamp.stamp) {
      if (this.isLive(stamp) && this.now() - found.renderedAt > this.liveTtlMs) {
        void this.fill(target, stamp.stamp).catch(() => undefined);
        state = 'stale';
      } else state = 'hit';
      outcome = found;
    } else {
      outcome = await this.fill(target, stamp.stamp);
      state = 'miss';
    }
    if ('status' in outcome) {
      // Not a page the cache keeps (a 404, a redirect, a page that needs its scripts): Next's answer as it was.
      this.sendRendered(outcome, req, res);
      return true;
    }
    this.sendEntry(outcome, state, req, res);
    return true;
  }

  private withDeadline<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The publication stamp took longer than ${this.stampWaitMs} ms`)), this.stampWaitMs);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }

  private isLive(stamp: PublicationStamp): boolean {
    const day = 86_400_000;
    const t = this.now();
    return t >= stamp.startDate.getTime() - day && t <= stamp.endDate.getTime() + 2 * day;
  }

  private async stamp(slug: string): Promise<PublicationStamp | null> {
    let state = this.conferences.get(slug);
    if (state && this.now() - state.checkedAt < this.checkMs) return state.stamp;
    if (state?.pending) return state.pending;
    if (!state) {
      if (this.conferences.size > 1000) this.conferences.clear(); // slugs come from URLs: never grow without bound
      state = { stamp: null, checkedAt: 0, pending: null };
      this.conferences.set(slug, state);
    }
    const s = state;
    const started = this.now();
    s.pending = findPublicationStamp(this.db, slug).then(
      (stamp) => {
        s.stamp = stamp;
        s.checkedAt = started;
        s.pending = null;
        return stamp;
      },
      (err: unknown) => {
        s.pending = null;
        throw err;
      },
    );
    return s.pending;
  }

  /** Renders a page once for everyone asking at the same time, and keeps it if it is a plain published page. */
  private fill(target: Target, stamp: string): Promise<Entry | RenderedPage> {
    // Joined only by requests that saw the same stamp: a render begun before a release never answers one after it.
    const flight = `${stamp}\n${target.key}`;
    const running = this.filling.get(flight);
    if (running) return running;
    const work = this.render(target, stamp).finally(() => this.filling.delete(flight));
    this.filling.set(flight, work);
    return work;
  }

  private async render({ key, path, address }: Target, stamp: string): Promise<Entry | RenderedPage> {
    const renderedAt = this.now();
    let page: RenderedPage;
    let html: string | null = null;
    // Now and then (seen on a route's first request after a start) Next streams the metadata into the body although
    // the app asks for it in <head> (htmlLimitedBots); such a page needs its scripts, so it is rendered again.
    for (let attempt = 0; ; attempt++) {
      page = await this.options.render(path, address);
      const type = String(page.headers['content-type'] ?? '');
      if (page.status !== 200 || !type.startsWith('text/html') || page.headers['set-cookie']) return page;
      html = plainHtml(page.body.toString('utf8'));
      if (html !== null) break;
      if (attempt === 2) return page;
    }
    const identity = Buffer.from(html, 'utf8');
    const [gz, br] = await Promise.all([
      gzipAsync(identity, { level: 9 }),
      brotliAsync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 10, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    ]);
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const v = page.headers[name];
      if (typeof v === 'string') headers[name] = v;
    }
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
    const sent = (encoding: Encoding, body: Buffer): Record<string, string | number> => ({
      ...headers,
      // One ETag per encoding (the bytes differ); any of them matches a revalidation.
      etag: `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`,
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=0, must-revalidate',
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      'content-length': body.length,
    });
    const entry: Entry = {
      stamp,
      renderedAt,
      etag: hash,
      identity,
      gzip: gz,
      br,
      headers,
      sent: { identity: sent('identity', identity), gzip: sent('gzip', gz), br: sent('br', br) },
    };
    // A page rendered for an older stamp than the one now known is not kept (its request still gets it).
    const current = this.entries.get(key);
    if (!current || current.renderedAt <= renderedAt) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }

  private sendEntry(entry: Entry, state: 'hit' | 'miss' | 'stale', req: IncomingMessage, res: ServerResponse) {
    const encoding = pickEncoding(req.headers['accept-encoding']);
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '').replace(/-(br|gzip)"$/, '"') === `"${entry.etag}"`)) {
      const { 'content-length': _length, 'content-encoding': _encoding, ...headers } = entry.sent[encoding];
      res.writeHead(304, { ...headers, 'x-podium-cache': state });
      res.end();
      return;
    }
    res.setHeader('x-podium-cache', state);
    res.writeHead(200, entry.sent[encoding]);
    res.end(req.method === 'HEAD' ? undefined : encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.identity);
  }

  private sendRendered(page: RenderedPage, req: IncomingMessage, res: ServerResponse) {
    const headers = { ...page.headers };
    for (const h of ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']) delete headers[h];
    res.writeHead(page.status, { ...headers, 'content-length': page.body.length });
    res.end(req.method === 'HEAD' ? undefined : page.body);
  }
}
