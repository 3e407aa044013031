// The public changelog as an Atom 1.0 feed (RFC 4287): one entry per release, newest first. Ids are urn:uuid URNs
// derived from the conference and release ids, so they never change (not with the host name either); times are
// RFC 3339 in UTC; every text goes through XML escaping, and characters XML 1.0 forbids are dropped.

import { PODIUM_GUID_NAMESPACE, uuidV5 } from '../agenda/exports/guid.ts';
import { describePlacement, summarizeChanges, type Placement } from './release.ts';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** The feed's id: stable for the conference. */
export function changelogFeedId(conferenceId: string): string {
  return `urn:uuid:${uuidV5(PODIUM_GUID_NAMESPACE, `changelog:${conferenceId}`)}`;
}

/** A release's id in the feed: stable for the release. */
export function releaseEntryId(conferenceId: string, versionId: string): string {
  return `urn:uuid:${uuidV5(PODIUM_GUID_NAMESPACE, `release:${conferenceId}:${versionId}`)}`;
}

/** The page anchor of a release on the changelog page. */
export function releaseAnchor(name: string): string {
  return `release-${name.trim().replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}

// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 in UTC, whole seconds: "2012-10-24T10:00:00Z". */
export function rfc3339(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A release's changes as the feed reads them (a first release is summed up by its number of sessions). */
export interface FeedChangelog {
  initial: boolean;
  /** Sessions the release places. */
  sessions: number;
  added: readonly { title: string; at: Placement }[];
  moved: readonly { title: string; from: Placement; to: Placement }[];
  cancelled: readonly { title: string; from: Placement }[];
}

export interface ChangelogFeedEntry {
  id: string;
  name: string;
  comment: string;
  releasedAt: Date;
  /** The release on the changelog page. */
  url: string;
  changelog: FeedChangelog;
}

export interface ChangelogFeedInput {
  id: string;
  /** The conference's name. */
  conference: string;
  timeZone: string;
  /** Where this feed is served (rel="self"). */
  selfUrl: string;
  /** The changelog page (rel="alternate"). */
  pageUrl: string;
  /** When nothing is released yet: the feed's updated time (e.g. when the conference was created). */
  fallbackUpdated: Date;
  /** Newest first. */
  entries: ChangelogFeedEntry[];
}

/** An entry's HTML body: the comment, then new, moved and cancelled sessions (escaped again by the caller). */
export function changelogHtml(entry: Pick<ChangelogFeedEntry, 'comment' | 'changelog'>, timeZone: string): string {
  const h = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const c = entry.changelog;
  const parts: string[] = [];
  if (entry.comment.trim()) parts.push(`<p>${h(entry.comment.trim())}</p>`);
  const list = (title: string, items: string[]) => {
    if (items.length) parts.push(`<h3>${title}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
  };
  if (c.initial) {
    parts.push(`<p>${h(summarizeChanges(c))}.</p>`);
  } else {
    list('New', c.added.map((s) => `${h(s.title)} — ${h(describePlacement(s.at, timeZone))}`));
    list('Moved', c.moved.map((s) => `${h(s.title)} — from ${h(describePlacement(s.from, timeZone))} to ${h(describePlacement(s.to, timeZone))}`));
    list('Cancelled', c.cancelled.map((s) => `${h(s.title)} — was ${h(describePlacement(s.from, timeZone))}`));
    if (parts.length === 0 || (parts.length === 1 && entry.comment.trim())) parts.push('<p>No changes to sessions.</p>');
  }
  return parts.join('\n');
}

/** The whole feed, as an XML document. */
export function changelogAtomFeed(input: ChangelogFeedInput): string {
  const x = escapeXml;
  const updated = input.entries.reduce((max, e) => (e.releasedAt.getTime() > max.getTime() ? e.releasedAt : max), input.entries.length ? new Date(0) : input.fallbackUpdated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(input.id)}</id>`,
    `  <title>${x(`${input.conference}: schedule changes`)}</title>`,
    `  <subtitle>${x(`Every release of the ${input.conference} schedule, with new, moved and cancelled sessions.`)}</subtitle>`,
    `  <updated>${rfc3339(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(input.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(input.pageUrl)}"/>`,
    `  <author><name>${x(input.conference)}</name></author>`,
    '  <generator>Podium</generator>',
  ];
  for (const e of input.entries) {
    lines.push(
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(`Schedule ${e.name}`)}</title>`,
      `    <published>${rfc3339(e.releasedAt)}</published>`,
      `    <updated>${rfc3339(e.releasedAt)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
      `    <summary>${x(summarizeChanges(e.changelog))}</summary>`,
      `    <content type="html">${x(changelogHtml(e, input.timeZone))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
