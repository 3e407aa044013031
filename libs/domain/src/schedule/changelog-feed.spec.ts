import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { zonedLocalToUtc } from '../time/zoned.ts';
import { changelogAtomFeed, changelogFeedId, changelogHtml, escapeXml, releaseAnchor, releaseEntryId, rfc3339 } from './changelog-feed.ts';
import { computeChangelog, type VersionSlot } from './release.ts';

const TZ = 'Europe/Madrid';
const at = (date: string, time: string) => zonedLocalToUtc(date, time, TZ);
const slot = (code: string, title: string, room: string, from: string, to: string): VersionSlot => ({
  code,
  title,
  roomId: `room-${room}`,
  roomName: room,
  start: at('2012-11-07', from),
  end: at('2012-11-07', to),
  speakers: [],
});

const a = slot('A', 'Virtio & <friends>', 'Auditorium', '10:00', '10:30');
const b = slot('B', 'Memory "ballooning"', 'Sala Gaudí', '11:00', '11:30');
const aMoved = { ...a, start: at('2012-11-07', '12:00'), end: at('2012-11-07', '12:30') };

const feed = () =>
  changelogAtomFeed({
    id: changelogFeedId('conf1'),
    conference: 'KVM Forum & oVirt',
    timeZone: TZ,
    selfUrl: 'https://example.org/kvm/changelog.atom?x=1&y=2',
    pageUrl: 'https://example.org/kvm/changelog',
    fallbackUpdated: new Date('2012-01-01T00:00:00Z'),
    entries: [
      { id: releaseEntryId('conf1', 'v2'), name: '1.1', comment: 'Moved <A>; B is off.', releasedAt: new Date('2012-11-01T09:30:15.250Z'), url: 'https://example.org/kvm/changelog#release-1.1', changelog: { ...computeChangelog([a, b], [aMoved]), sessions: 1 } },
      { id: releaseEntryId('conf1', 'v1'), name: '1.0', comment: '', releasedAt: new Date('2012-10-24T10:00:00Z'), url: 'https://example.org/kvm/changelog#release-1.0', changelog: { ...computeChangelog(null, [a, b]), sessions: 2 } },
    ],
  });

/** RFC 4287's rules for feeds and entries that a reader relies on (4.1.1, 4.1.2, 4.2.7, 3.3). */
function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed: ${valid.err.msg}`];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml) as Record<string, Record<string, unknown>>;
  const f = doc.feed;
  if (!f) return ['no feed element'];
  if (f['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('feed is not in the Atom namespace');
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const check = (el: Record<string, unknown>, where: string) => {
    for (const one of ['id', 'title', 'updated']) if (typeof el[one] !== 'string' || !(el[one] as string).trim()) problems.push(`${where} has no ${one}`);
    if (typeof el.updated === 'string' && !date.test(el.updated)) problems.push(`${where} updated is not RFC 3339`);
    if (typeof el.id === 'string' && !/^[a-z][a-z0-9+.-]*:/.test(el.id)) problems.push(`${where} id is not an IRI`);
  };
  check(f, 'feed');
  const links = (f.link as Record<string, string>[]) ?? [];
  if (!links.some((l) => l['@rel'] === 'self' && l['@type'] === 'application/atom+xml')) problems.push('feed has no self link');
  if (!f.author) problems.push('feed has no author');
  for (const [i, e] of ((f.entry as Record<string, unknown>[]) ?? []).entries()) {
    check(e, `entry ${i}`);
    if (!((e.link as Record<string, string>[]) ?? []).some((l) => l['@rel'] === 'alternate')) problems.push(`entry ${i} has no alternate link`);
  }
  return problems;
}

describe('changelogAtomFeed', () => {
  it('is a valid Atom 1.0 document with one entry per release', () => {
    const xml = feed();
    expect(atomProblems(xml)).toEqual([]);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' }).parse(xml);
    expect(doc.feed.entry.map((e: { title: string; updated: string; id: string }) => [e.title, e.updated, e.id])).toEqual([
      ['Schedule 1.1', '2012-11-01T09:30:15Z', releaseEntryId('conf1', 'v2')],
      ['Schedule 1.0', '2012-10-24T10:00:00Z', releaseEntryId('conf1', 'v1')],
    ]);
    expect([doc.feed.title, doc.feed.updated]).toEqual(['KVM Forum & oVirt: schedule changes', '2012-11-01T09:30:15Z']);
  });

  it('escapes every text and attribute', () => {
    const xml = feed();
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/kvm/changelog.atom?x=1&amp;y=2"/>');
    expect(xml).toContain('<author><name>KVM Forum &amp; oVirt</name></author>');
    expect(xml).toContain('<summary>1 moved, 1 cancelled</summary>');
    // The entry's HTML is escaped once more as the element's text.
    expect(xml).toContain(
      '<content type="html">&lt;p&gt;Moved &amp;lt;A&amp;gt;; B is off.&lt;/p&gt;\n&lt;h3&gt;Moved&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Virtio &amp;amp; &amp;lt;friends&amp;gt; — from Wed 7 Nov 2012, 10:00–10:30 (UTC+01:00), Auditorium to Wed 7 Nov 2012, 12:00–12:30 (UTC+01:00), Auditorium&lt;/li&gt;&lt;/ul&gt;\n&lt;h3&gt;Cancelled&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Memory &amp;quot;ballooning&amp;quot; — was Wed 7 Nov 2012, 11:00–11:30 (UTC+01:00), Sala Gaudí&lt;/li&gt;&lt;/ul&gt;</content>',
    );
  });

  it('has the same ids every time (stable across requests and hosts)', () => {
    expect(changelogFeedId('conf1')).toBe(changelogFeedId('conf1'));
    expect(changelogFeedId('conf1')).not.toBe(changelogFeedId('conf2'));
    expect(releaseEntryId('conf1', 'v1')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed()).toBe(feed());
  });

  it('without releases is still valid, dated by the fallback', () => {
    const xml = changelogAtomFeed({ id: changelogFeedId('c'), conference: 'C', timeZone: TZ, selfUrl: 'https://e.org/c/changelog.atom', pageUrl: 'https://e.org/c/changelog', fallbackUpdated: new Date('2030-01-02T03:04:05Z'), entries: [] });
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('<updated>2030-01-02T03:04:05Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});

describe('changelogHtml', () => {
  it('summarises the first release instead of listing every session', () => {
    expect(changelogHtml({ comment: '', changelog: { ...computeChangelog(null, [a, b]), sessions: 2 } }, TZ)).toBe('<p>First release: 2 sessions.</p>');
  });
  it('says so when a release changed no session', () => {
    expect(changelogHtml({ comment: 'Only the breaks moved.', changelog: { ...computeChangelog([a], [a]), sessions: 1 } }, TZ)).toBe('<p>Only the breaks moved.</p>\n<p>No changes to sessions.</p>');
  });
});

describe('XML helpers', () => {
  it('escapeXml escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`a&b<c>d"e'f\u0001g\uFFFEh\uD800i`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fghi');
    expect(escapeXml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });
  it('rfc3339 writes UTC with whole seconds', () => {
    expect(rfc3339(new Date('2012-10-24T10:00:00.999Z'))).toBe('2012-10-24T10:00:00Z');
  });
  it('releaseAnchor keeps a name readable in a URL fragment', () => {
    expect([releaseAnchor('1.1'), releaseAnchor('Final (2)')]).toEqual(['release-1.1', 'release-Final-2-']);
  });
});
