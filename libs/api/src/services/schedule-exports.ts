// Schedule exports over HTTP and the CLI: frab/c3voc schedule.xml and schedule.json, iCalendar (conference, session,
// speaker, favourites) and the public JSON API (docs/public-api.md), always of the conference's latest release.
//
// A release freezes where and when sessions are; their titles, abstracts and speakers' approved bios stay live, as on
// the public pages. So each export is generated once per publication stamp (findPublicationStamp: a release, an edit
// of a session, a speaker profile, the conference, its rooms or tracks) and kept in a small per-process cache keyed by
// the stamp, the public base URL and the export; a request costs three small queries and a map lookup. Every response
// carries a strong ETag (release id + export + a hash of the bytes) and Last-Modified (the latest change the stamp
// covers), and a conditional request that still matches gets 304 without a body.

import { findConferenceBySlug, findExportBlocks, findExportRoomsAndTracks, findExportSlots, findLatestRelease, findPublicationStamp, type Db } from '@podium/db';
import {
  apiIndexDocument,
  apiRoomsDocument,
  apiSessionDocument,
  apiSessionsDocument,
  apiSpeakerDocument,
  apiSpeakersDocument,
  buildPublishedSchedule,
  calendarDateKey,
  conferenceIcal,
  DomainError,
  favouritesIcal,
  FRAB_JSON_CONTENT_TYPE,
  ICAL_CONTENT_TYPE,
  sessionIcal,
  sha1,
  speakerIcal,
  toFrabJson,
  toFrabXml,
  type PublishedSchedule,
} from '@podium/domain';
import { publicUrl } from './mail.ts';

export const SCHEDULE_XML_CONTENT_TYPE = 'application/vnd.c3voc.schedule+xml; charset=utf-8';
export const SCHEDULE_JSON_CONTENT_TYPE = FRAB_JSON_CONTENT_TYPE;
export const API_JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
/** Feeds change only with a release: five minutes fresh, then revalidated (cheaply, by ETag). */
export const FEED_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

export type ScheduleFormat = 'xml' | 'json' | 'ics';
export const SCHEDULE_FORMATS: readonly ScheduleFormat[] = ['xml', 'json', 'ics'];

/** What is asked for. Codes are public codes (session or speaker), matched exactly (favourites ignore case). */
export type FeedRequest =
  | { kind: 'schedule'; format: ScheduleFormat }
  | { kind: 'session-ics'; code: string }
  | { kind: 'speaker-ics'; code: string }
  | { kind: 'favourites-ics'; codes: string }
  | { kind: 'api-index' }
  | { kind: 'api-sessions' }
  | { kind: 'api-session'; code: string }
  | { kind: 'api-speakers' }
  | { kind: 'api-speaker'; code: string }
  | { kind: 'api-rooms' };

export interface Feed {
  body: string;
  contentType: string;
  /** Strong entity tag, quoted. */
  etag: string;
  /** The release time. */
  lastModified: Date;
  cacheControl: string;
  /** Suggested file name (Content-Disposition), for the downloadable formats. */
  fileName: string | null;
  releaseId: string;
  /** The release's name, e.g. "1.0". */
  releaseName: string;
  releasedAt: Date;
}

export interface FeedOptions {
  /** The public app's base URL; default PODIUM_PUBLIC_URL (as in mails). */
  publicBaseUrl?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// The per-process cache

const MAX_SCHEDULES = 16;
const MAX_FEEDS = 512;

class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

const schedules = new Lru<Promise<PublishedSchedule>>(MAX_SCHEDULES);
const feeds = new Lru<Feed>(MAX_FEEDS);
const counters = { scheduleLoads: 0, feedBuilds: 0 };

/** Counters and reset for tests and diagnostics: how often a release was loaded and an export generated. */
export const scheduleExportCache = {
  stats: () => ({ ...counters, schedules: schedules.size, feeds: feeds.size }),
  clear: () => {
    schedules.clear();
    feeds.clear();
    counters.scheduleLoads = 0;
    counters.feedBuilds = 0;
  },
};

function baseUrlOf(options: FeedOptions): string {
  return (options.publicBaseUrl ?? publicUrl('')).replace(/\/+$/, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

type LatestRelease = {
  conference: NonNullable<Awaited<ReturnType<typeof findConferenceBySlug>>>;
  release: { id: string; name: string; releasedAt: Date };
  /** The publication stamp, read before the rest: an export built from newer data is still right for it. */
  stamp: string;
  changedAt: Date;
};

/** The conference, its latest release and publication stamp; NOT_FOUND for an unknown conference or one without a release. */
async function findPublished(db: Db, slug: string): Promise<LatestRelease> {
  const stamp = await findPublicationStamp(db, slug);
  const conference = stamp && (await findConferenceBySlug(db, slug));
  if (!stamp || !conference) throw new DomainError('NOT_FOUND', `No conference "${slug}".`);
  const release = await findLatestRelease(db, conference.id);
  if (!release || !release.releasedAt) {
    throw new DomainError('NOT_FOUND', `${conference.name} has no published schedule yet.`);
  }
  return { conference, release: { id: release.id, name: release.name ?? '', releasedAt: release.releasedAt }, stamp: stamp.stamp, changedAt: stamp.changedAt };
}

async function loadRelease(db: Db, { conference, release }: LatestRelease, publicBaseUrl: string): Promise<PublishedSchedule> {
  counters.scheduleLoads++;
  const [slots, blocks, { rooms, tracks }] = await Promise.all([
    findExportSlots(db, release.id),
    findExportBlocks(db, release.id),
    findExportRoomsAndTracks(db, conference.id),
  ]);
  return buildPublishedSchedule({
    conference: {
      id: conference.id,
      slug: conference.slug,
      name: conference.name,
      description: conference.description,
      timeZone: conference.timeZone,
      startDate: calendarDateKey(conference.startDate),
      endDate: calendarDateKey(conference.endDate),
    },
    version: release,
    rooms,
    tracks,
    slots: slots.map((s) => ({
      start: s.start!,
      end: s.end!,
      roomId: s.roomId!,
      submission: {
        code: s.submission.code,
        title: s.submission.title,
        abstract: s.submission.abstract,
        description: s.submission.description,
        externalId: s.submission.externalId,
        sessionType: s.submission.sessionType.name,
        track: s.submission.track,
        speakers: s.submission.speakers.map(({ speakerProfile: p }) => ({
          code: p.code,
          name: p.user.name,
          externalId: p.externalId,
          approvedBio: p.approvedBio,
          approvedAvatarId: p.approvedAvatarId,
          approvedLinks: p.approvedLinks,
        })),
      },
    })),
    blocks,
    publicBaseUrl,
  });
}

function scheduleFor(db: Db, latest: LatestRelease, publicBaseUrl: string): Promise<PublishedSchedule> {
  const key = `${latest.stamp}|${publicBaseUrl}`;
  let p = schedules.get(key);
  if (!p) {
    p = loadRelease(db, latest, publicBaseUrl);
    // A failed load is not kept: the next request tries again.
    p.catch(() => schedules.delete(key));
    schedules.set(key, p);
  }
  return p;
}

/** The published schedule of the conference's latest release (cached per release). NOT_FOUND as for the feeds. */
export async function loadPublishedSchedule(db: Db, slug: string, options: FeedOptions = {}): Promise<PublishedSchedule> {
  return scheduleFor(db, await findPublished(db, slug), baseUrlOf(options));
}

// ---------------------------------------------------------------------------------------------------------------
// Exports

const CODE = /^[A-Za-z0-9]{1,32}$/;
const MAX_FAVOURITES = 500;

/** "A, b,,C" -> ["A", "B", "C"]: upper case, without duplicates, sorted; anything that is not a code is left out. */
export function parseFavouriteCodes(codes: string): string[] {
  const out = new Set<string>();
  for (const raw of codes.split(/[\s,]+/)) {
    const code = raw.trim().toUpperCase();
    if (CODE.test(code)) out.add(code);
    if (out.size >= MAX_FAVOURITES) break;
  }
  return [...out].sort();
}

function feedKey(request: FeedRequest): string {
  switch (request.kind) {
    case 'schedule':
      return `schedule.${request.format}`;
    case 'session-ics':
    case 'speaker-ics':
    case 'api-session':
    case 'api-speaker':
      return `${request.kind}.${request.code}`;
    case 'favourites-ics': {
      const codes = parseFavouriteCodes(request.codes);
      return `favourites-ics.${hex(sha1(new TextEncoder().encode(codes.join(',')))).slice(0, 16)}`;
    }
    default:
      return request.kind;
  }
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function render(schedule: PublishedSchedule, request: FeedRequest, publicBaseUrl: string): { body: string; contentType: string; fileName: string | null } {
  const slug = schedule.conference.slug;
  const missing = (what: string): never => {
    throw new DomainError('NOT_FOUND', `${what} is not in the published schedule of ${schedule.conference.title}.`);
  };
  switch (request.kind) {
    case 'schedule':
      if (request.format === 'xml') return { body: toFrabXml(schedule), contentType: SCHEDULE_XML_CONTENT_TYPE, fileName: `${slug}.xml` };
      if (request.format === 'json') return { body: toFrabJson(schedule), contentType: SCHEDULE_JSON_CONTENT_TYPE, fileName: `${slug}.json` };
      return { body: conferenceIcal(schedule), contentType: ICAL_CONTENT_TYPE, fileName: `${slug}.ics` };
    case 'session-ics': {
      const body = sessionIcal(schedule, request.code) ?? missing(`Session "${request.code}"`);
      return { body, contentType: ICAL_CONTENT_TYPE, fileName: `${slug}-${request.code.toLowerCase()}.ics` };
    }
    case 'speaker-ics': {
      const body = speakerIcal(schedule, request.code) ?? missing(`Speaker "${request.code}"`);
      return { body, contentType: ICAL_CONTENT_TYPE, fileName: `${slug}-speaker-${request.code.toLowerCase()}.ics` };
    }
    case 'favourites-ics':
      return { body: favouritesIcal(schedule, parseFavouriteCodes(request.codes)), contentType: ICAL_CONTENT_TYPE, fileName: `${slug}-favourites.ics` };
    case 'api-index':
      return { body: json(apiIndexDocument(schedule, publicBaseUrl)), contentType: API_JSON_CONTENT_TYPE, fileName: null };
    case 'api-sessions':
      return { body: json(apiSessionsDocument(schedule)), contentType: API_JSON_CONTENT_TYPE, fileName: null };
    case 'api-session':
      return { body: json(apiSessionDocument(schedule, request.code) ?? missing(`Session "${request.code}"`)), contentType: API_JSON_CONTENT_TYPE, fileName: null };
    case 'api-speakers':
      return { body: json(apiSpeakersDocument(schedule)), contentType: API_JSON_CONTENT_TYPE, fileName: null };
    case 'api-speaker':
      return { body: json(apiSpeakerDocument(schedule, request.code) ?? missing(`Speaker "${request.code}"`)), contentType: API_JSON_CONTENT_TYPE, fileName: null };
    case 'api-rooms':
      return { body: json(apiRoomsDocument(schedule)), contentType: API_JSON_CONTENT_TYPE, fileName: null };
  }
}

/**
 * One export of the conference's latest release, generated at most once per publication stamp (and base URL) per
 * process.
 * NOT_FOUND (DomainError) for an unknown conference, a conference without a release, or a session/speaker the
 * release does not publish.
 */
export async function scheduleFeed(db: Db, slug: string, request: FeedRequest, options: FeedOptions = {}): Promise<Feed> {
  const publicBaseUrl = baseUrlOf(options);
  const latest = await findPublished(db, slug);
  const key = feedKey(request);
  const cacheKey = `${latest.stamp}|${publicBaseUrl}|${key}`;
  const cached = feeds.get(cacheKey);
  if (cached) return cached;
  const schedule = await scheduleFor(db, latest, publicBaseUrl);
  const { body, contentType, fileName } = render(schedule, request, publicBaseUrl);
  counters.feedBuilds++;
  const digest = hex(sha1(new TextEncoder().encode(body))).slice(0, 12);
  const feed: Feed = {
    body,
    contentType,
    etag: `"${latest.release.id}-${key.replace(/[^A-Za-z0-9._-]/g, '_')}-${digest}"`,
    lastModified: latest.changedAt > latest.release.releasedAt ? latest.changedAt : latest.release.releasedAt,
    cacheControl: FEED_CACHE_CONTROL,
    fileName,
    releaseId: latest.release.id,
    releaseName: latest.release.name,
    releasedAt: latest.release.releasedAt,
  };
  feeds.set(cacheKey, feed);
  return feed;
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP

export interface ConditionalHeaders {
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}

/**
 * RFC 9110 §13.1: If-None-Match (weak comparison, "*" matches) decides when present; else If-Modified-Since is
 * compared with the release time at one-second precision (HTTP dates have no more).
 */
export function isNotModified(feed: Pick<Feed, 'etag' | 'lastModified'>, headers: ConditionalHeaders): boolean {
  if (headers.ifNoneMatch !== null) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    const wanted = opaque(feed.etag);
    return headers.ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === wanted);
  }
  if (headers.ifModifiedSince !== null) {
    const since = Date.parse(headers.ifModifiedSince);
    if (Number.isNaN(since)) return false;
    return Math.floor(feed.lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

function feedHeaders(feed: Feed): Record<string, string> {
  return {
    ETag: feed.etag,
    'Last-Modified': feed.lastModified.toUTCString(),
    'Cache-Control': feed.cacheControl,
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
  };
}

/**
 * The complete HTTP answer for a feed: 200 with the body, 304 for a matching conditional request (GET or HEAD),
 * 404 with a plain message (JSON for the API) when there is nothing to serve.
 */
export async function serveScheduleFeed(
  db: Db,
  slug: string,
  request: FeedRequest,
  requestHeaders: Headers,
  options: FeedOptions & { method?: string } = {},
): Promise<Response> {
  let feed: Feed;
  try {
    feed = await scheduleFeed(db, slug, request, options);
  } catch (err) {
    if (!(err instanceof DomainError) || err.kind !== 'NOT_FOUND') throw err;
    const isApi = request.kind.startsWith('api-');
    return new Response(isApi ? json({ error: { code: 'NOT_FOUND', message: err.message } }) : `${err.message}\n`, {
      status: 404,
      headers: {
        'Content-Type': isApi ? API_JSON_CONTENT_TYPE : 'text/plain; charset=utf-8',
        'Cache-Control': 'public, max-age=60',
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }
  const headers = feedHeaders(feed);
  if (isNotModified(feed, { ifNoneMatch: requestHeaders.get('if-none-match'), ifModifiedSince: requestHeaders.get('if-modified-since') })) {
    return new Response(null, { status: 304, headers });
  }
  const bytes = new TextEncoder().encode(feed.body);
  return new Response(options.method === 'HEAD' ? null : bytes, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': feed.contentType,
      'Content-Length': String(bytes.byteLength),
      ...(feed.fileName ? { 'Content-Disposition': `inline; filename="${feed.fileName}"` } : {}),
    },
  });
}
