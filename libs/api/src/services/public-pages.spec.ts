// Which requests the published-page cache may answer, and what it keeps of Next's HTML.
import { describe, expect, it } from 'vitest';
import { plainHtml, publicPageKey } from './public-pages.ts';

const key = (url: string, headers: Record<string, string> = {}, method = 'GET') => publicPageKey(method, url, headers)?.key ?? null;

describe('publicPageKey', () => {
  it('takes the published pages of a conference, with the schedule\'s day and view in a fixed order', () => {
    expect(publicPageKey('GET', '/kvm-forum-2012/schedule', {})).toEqual({ key: '/kvm-forum-2012/schedule', path: '/kvm-forum-2012/schedule', slug: 'kvm-forum-2012' });
    expect(key('/kvm-forum-2012/schedule?view=list&day=2012-11-07')).toBe('/kvm-forum-2012/schedule?day=2012-11-07&view=list');
    expect(key('/kvm-forum-2012/schedule?day=2012-11-07&view=list')).toBe('/kvm-forum-2012/schedule?day=2012-11-07&view=list');
    for (const page of ['changelog', 'sessions/KVMKEY', 'speakers/AB12CD', 'rooms/sala-miro']) {
      expect(key(`/kvm-forum-2012/${page}`)).toBe(`/kvm-forum-2012/${page}`);
    }
    expect(key('/kvm-forum-2012/schedule', {}, 'HEAD')).toBe('/kvm-forum-2012/schedule');
  });

  it('leaves to Next what depends on the reader, the clock or a search', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['/kvm-forum-2012/schedule', { cookie: 'theme=dark; podium-public.session-token=abc' }, 'GET'], // signed in
      ['/kvm-forum-2012/schedule', { cookie: '__Secure-podium-public.session-token.0=abc' }, 'GET'], // chunked, https
      ['/kvm-forum-2012/schedule', { rsc: '1' }, 'GET'], // React's navigation payload
      ['/kvm-forum-2012/schedule', { 'next-action': 'x' }, 'GET'],
      ['/kvm-forum-2012/schedule', { 'x-podium-render': '1' }, 'GET'], // the cache's own render
      ['/kvm-forum-2012/schedule', {}, 'POST'],
      ['/kvm-forum-2012/schedule?q=kvm', {}, 'GET'], // search
      ['/kvm-forum-2012/schedule?now=2012-11-07T10:00Z', {}, 'GET'], // test clock
      ['/kvm-forum-2012/schedule?day=a&day=b', {}, 'GET'],
      ['/kvm-forum-2012/schedule?_rsc=1x', {}, 'GET'],
      ['/kvm-forum-2012/sessions/KVMKEY?x=1', {}, 'GET'],
      ['/kvm-forum-2012', {}, 'GET'], // a redirect
      ['/kvm-forum-2012/cfp', {}, 'GET'], // open or closed by the clock
      ['/kvm-forum-2012/favourites', {}, 'GET'], // built in the browser
      ['/kvm-forum-2012/embed', {}, 'GET'], // shows the address the request came to
      ['/kvm-forum-2012/me/profile', {}, 'GET'],
      ['/kvm-forum-2012/schedule.xml', {}, 'GET'],
      ['/signin', {}, 'GET'],
      ['/_next/static/chunks/a.js', {}, 'GET'],
      ['/kvm-forum-2012/sessions/../me', {}, 'GET'],
    ];
    for (const [url, headers, method] of cases) expect(key(url, headers, method), `${method} ${url} ${JSON.stringify(headers)}`).toBeNull();
    // Other cookies do not matter.
    expect(key('/kvm-forum-2012/schedule', { cookie: 'podium-public.csrf-token=x; consent=yes' })).toBe('/kvm-forum-2012/schedule');
  });
});

describe('plainHtml', () => {
  const page = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<title>Schedule · KVM Forum</title></head><body><main>The agenda</main>',
    '<script src="/podium-agenda.js" defer="" data-podium-keep=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"0:{\\"P\\":null}<\\/script>"])</script>',
    '</body></html>',
  ].join('');

  it('drops Next\'s scripts, its payload and their preloads; keeps the styles, the content and our own script', () => {
    expect(plainHtml(page)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>' +
        '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
        '<title>Schedule · KVM Forum</title></head><body><main>The agenda</main>' +
        '<script src="/podium-agenda.js" defer="" data-podium-keep=""></script>' +
        '</body></html>',
    );
  });

  it('refuses a page whose content arrives streamed, which only a script would put in place', () => {
    expect(plainHtml('<body><template id="B:0"></template><div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script></body>')).toBeNull();
  });
});
