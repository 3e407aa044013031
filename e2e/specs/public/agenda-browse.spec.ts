// Browsing the published agenda of the demo seed (release 1.0 of KVM Forum 2012): day tabs, search and filters,
// room pages, favourites, "now and next" at an injected time, the widget, and all of it without JavaScript where it
// can work without. Read-only: nothing here changes data.
import { expect, test, type Page } from '@playwright/test';
import { kvmForum2012 } from '@podium/seeds';
import { publicUrl } from '../../fixtures/urls.ts';

const slug = kvmForum2012.conference.slug;
const schedule = (query = '') => publicUrl(`/${slug}/schedule${query}`);
/** 13:10 in Barcelona on the first day, while three talks run in parallel. */
const DURING_TALKS = '2012-11-07T13:10%2B01:00';

// Most tests here walk through several server-rendered pages; on a busy two-core machine that takes a while.
test.describe.configure({ timeout: 90_000 });

/** The session codes shown in the list view, in page order. */
const listCodes = (page: Page) =>
  page.getByRole('tabpanel').locator('[data-testid^="list-session-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('list-session-'.length)));

test.describe('day tabs', () => {
  test('the schedule opens on the first day; another tab is its own URL with only that day', async ({ page }) => {
    await page.goto(schedule('?view=list'));
    const tabs = page.getByRole('tablist', { name: 'Days' });
    await expect(tabs.getByRole('tab')).toHaveText(['Wed, 7 Nov13 sessions', 'Thu, 8 Nov3 sessions', 'Fri, 9 Nov0 sessions', 'All days16 in all']);
    await expect(tabs.getByRole('tab', { name: /Wed, 7 Nov/ })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => listCodes(page)).toEqual(kvmForum2012.sessions.filter((s) => s.date === '2012-11-07').map((s) => s.code));

    await tabs.getByRole('tab', { name: /Thu, 8 Nov/ }).click();
    await expect(page).toHaveURL(schedule('?day=2012-11-08&view=list'));
    await expect(tabs.getByRole('tab', { name: /Thu, 8 Nov/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: /Thu, 8 Nov/ })).toBeVisible();
    await expect.poll(() => listCodes(page)).toEqual(['KVMVIO', 'OVSDKC', 'KVMMEM']);

    await tabs.getByRole('tab', { name: /Fri, 9 Nov/ }).click();
    await expect(page.getByRole('tabpanel')).toContainText('No sessions on this day.');
  });

  test('the tabs move with the arrow keys and open with Enter', async ({ page }) => {
    await page.goto(schedule('?view=list'));
    const tabs = page.getByRole('tablist', { name: 'Days' });
    const first = tabs.getByRole('tab', { name: /Wed, 7 Nov/ });
    // With JavaScript the list has one tab stop: the selected tab.
    await expect(first).toHaveAttribute('tabindex', '0');
    await expect(tabs.getByRole('tab', { name: /Thu, 8 Nov/ })).toHaveAttribute('tabindex', '-1');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: /Thu, 8 Nov/ })).toBeFocused();
    await page.keyboard.press('End');
    await expect(tabs.getByRole('tab', { name: /All days/ })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(schedule('?day=all&view=list'));
    await expect.poll(() => listCodes(page)).toHaveLength(16);
  });

  test('an unknown day says so and shows the first day', async ({ page }) => {
    await page.goto(schedule('?day=2013-01-01&view=list'));
    await expect(page.getByRole('status').filter({ hasText: 'no day' })).toHaveText('This schedule has no day “2013-01-01”: showing Wednesday, 7 November 2012.');
    await expect(page.getByRole('tab', { name: /Wed, 7 Nov/ })).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('search and filters', () => {
  test('a search finds words in titles, abstracts and speaker names across all days', async ({ page }) => {
    await page.goto(schedule('?view=list'));
    await page.getByRole('searchbox', { name: 'Search' }).fill('network');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(schedule('?view=list&q=network&track=&room=&type='));
    await expect(page.getByTestId('agenda-summary')).toHaveText('3 sessions of 16 match “network”. Show all sessions');
    await expect(page.getByRole('tab', { name: /All days/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tablist', { name: 'Days' }).getByRole('tab')).toHaveText(['Wed, 7 Nov2 matches', 'Thu, 8 Nov1 match', 'Fri, 9 Nov0 matches', 'All days3 in all']);
    await expect.poll(() => listCodes(page)).toEqual(['OVNETW', 'KVMMIG', 'KVMVIO']);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('network');

    await page.getByRole('searchbox', { name: 'Search' }).fill('Färber');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL(/q=F%C3%A4rber/);
    await expect.poll(() => listCodes(page)).toEqual(['KVMQOM']);
  });

  test('track, room and type filters combine, and a day tab keeps them', async ({ page }) => {
    await page.goto(schedule('?view=list'));
    await page.getByLabel('Track').selectOption('KVM Forum');
    await page.getByLabel('Room').selectOption({ label: 'Sala Gaudí' });
    await page.getByLabel('Session type').selectOption('Short talk');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByTestId('agenda-summary')).toHaveText('2 sessions of 16 match track KVM Forum · room Sala Gaudí · type Short talk. Show all sessions');
    await expect.poll(() => listCodes(page)).toEqual(['KVMLGF', 'KVMATS']);
    await page.getByRole('tab', { name: /Thu, 8 Nov/ }).click();
    await expect(page).toHaveURL(/day=2012-11-08.*track=KVM\+Forum&room=sala-gaudi&type=Short\+talk/);
    await expect(page.getByTestId('agenda-empty')).toHaveText(
      'No sessions on Thursday, 8 November 2012 match track KVM Forum · room Sala Gaudí · type Short talk.Matches on Wed, 7 Nov (2).',
    );
    await page.getByRole('link', { name: 'Show all sessions' }).click();
    await expect(page).toHaveURL(schedule('?day=2012-11-08&view=list'));
    await expect.poll(() => listCodes(page)).toEqual(['KVMVIO', 'OVSDKC', 'KVMMEM']);
  });

  test('a search that matches nothing says what was asked and how to get back', async ({ page }) => {
    await page.goto(schedule('?q=kubernetes&type=Keynote'));
    await expect(page.getByTestId('agenda-empty')).toHaveText('No sessions match “kubernetes” · type Keynote.Try fewer or other words, or another track, room or type.');
    await page.getByRole('link', { name: 'Clear' }).click();
    await expect(page).toHaveURL(schedule());
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });
});

test.describe('room pages', () => {
  test('a grid column head opens the room page with its sessions by day', async ({ page }) => {
    await page.goto(schedule('?view=grid'));
    await page.getByRole('link', { name: 'Sala Miró', exact: true }).first().click();
    await expect(page).toHaveURL(publicUrl(`/${slug}/rooms/sala-miro`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sala Miró');
    await expect(page.getByTestId('room-summary')).toHaveText('5 sessions · 80 seats · times in Europe/Madrid (UTC+01:00)');
    const codes = (date: string) =>
      page.getByTestId(`room-day-${date}`).locator('[data-testid^="list-session-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(13)));
    await expect.poll(() => codes('2012-11-07')).toEqual(['OVNODE', 'OVARCH', 'OVNETW', 'OVSTOR']);
    await expect.poll(() => codes('2012-11-08')).toEqual(['OVSDKC']);
  });

  test('a session page links to its room; an unknown room is a 404', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/sessions/KVMQOM`));
    await page.getByRole('main').getByRole('link', { name: 'Sala Gaudí' }).click();
    await expect(page).toHaveURL(publicUrl(`/${slug}/rooms/sala-gaudi`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sala Gaudí');
    const res = await page.goto(publicUrl(`/${slug}/rooms/hall-9`));
    expect(res?.status()).toBe(404);
  });
});

test.describe('favourites', () => {
  test('two starred sessions stay starred after a reload and are listed with their iCal link', async ({ page }) => {
    await page.goto(schedule('?view=list'));
    const star = (code: string) => page.getByTestId(`list-session-${code}`).getByRole('button', { name: /^Favourite:/ });
    await expect(star('KVMKEY')).toHaveAttribute('aria-pressed', 'false');
    await star('KVMKEY').click();
    await expect(star('KVMKEY')).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('tab', { name: /Thu, 8 Nov/ }).click();
    await star('KVMMEM').click();
    await expect(page.getByTestId('favourites-count')).toHaveText('2 starred');

    await page.reload();
    await expect(star('KVMMEM')).toHaveAttribute('aria-pressed', 'true');
    await expect(star('KVMVIO')).toHaveAttribute('aria-pressed', 'false');

    await page.getByRole('link', { name: /My favourites/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My favourites');
    await expect(page.getByTestId('favourites-list').locator('[data-testid^="list-session-"]')).toHaveCount(2);
    await expect(page.getByTestId('favourites-day-2012-11-07').getByTestId('list-session-KVMKEY')).toContainText('Keynote Address');
    await expect(page.getByTestId('favourites-day-2012-11-08').getByTestId('list-session-KVMMEM')).toContainText('KVM Memory Management Update & Plans');
    await expect(page.getByTestId('favourites-ical')).toHaveAttribute('href', `/${slug}/favourites.ics?codes=KVMKEY,KVMMEM`);

    // Unstarring here removes it from the list at once.
    await page.getByTestId('list-session-KVMKEY').getByRole('button', { name: 'Favourite: Keynote Address' }).click();
    await expect(page.getByTestId('favourites-ical')).toHaveAttribute('href', `/${slug}/favourites.ics?codes=KVMMEM`);
    await expect(page.getByTestId('favourites-list').locator('[data-testid^="list-session-"]')).toHaveCount(1);
  });

  test('a session page and the grid star the same favourite', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/sessions/KVMUSB`));
    await page.getByRole('button', { name: 'Favourite: Qemu USB Status Report 2012' }).click();
    await page.goto(schedule('?view=grid'));
    await expect(page.getByTestId('session-KVMUSB').getByRole('button', { name: /^Favourite:/ })).toHaveAttribute('aria-pressed', 'true');
    await page.goto(publicUrl(`/${slug}/favourites`));
    await expect(page.getByTestId('favourites-ical')).toHaveAttribute('href', `/${slug}/favourites.ics?codes=KVMUSB`);
  });

  test('with nothing starred the favourites page says how to star', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/favourites`));
    await expect(page.getByTestId('favourites-empty')).toContainText('No favourites yet.');
  });
});

test.describe('now and next', () => {
  test('at 13:10 on the first day each room shows its running talk and the next one', async ({ page }) => {
    await page.goto(schedule(`?view=grid&now=${DURING_TALKS}`));
    const panel = page.getByTestId('now-next');
    await expect(panel.getByRole('heading')).toHaveText('Now and next · it is 13:10 (UTC+01:00)');
    await expect(panel.getByTestId('now-next-auditorium')).toHaveText(
      'AuditoriumNowKVM and Microsoft Hyper-V Enlightenments · Vadim Rozenfeld until 13:40Next14:30 Live Migration: Even faster, Now With a Dedicated Thread! · Orit Wasserman',
    );
    await expect(panel.getByTestId('now-next-sala-miro')).toContainText('oVirt High-Level Architecture & Roadmap');
    await expect(panel.getByTestId('now-next-sala-miro')).toContainText('13:40 Deep Dive Features: Network');
    await expect(page.getByRole('tab', { name: /Wed, 7 Nov/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('grid-now-line')).toBeVisible();
  });

  test('on the second day the schedule opens on that day', async ({ page }) => {
    await page.goto(schedule('?view=list&now=2012-11-08T09:30%2B01:00'));
    await expect(page.getByRole('tab', { name: /Thu, 8 Nov/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('now-next-sala-miro')).toContainText('Scripting and Integration : oVirt CLI and SDK');
  });

  test('outside the conference dates there is no now and next', async ({ page }) => {
    await page.goto(schedule('?now=2012-11-10T10:00%2B01:00'));
    await expect(page.getByRole('heading', { name: 'Schedule', level: 1 })).toBeVisible();
    await expect(page.getByTestId('now-next')).toHaveCount(0);
    // The real clock is years after the conference.
    await page.goto(schedule());
    await expect(page.getByTestId('now-next')).toHaveCount(0);
  });
});

test.describe('links to exports, changelog and widget', () => {
  test('the footer links the exports and the changelog; session and speaker pages their iCal', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/sessions/KVMKEY`));
    const footer = page.getByTestId('conference-footer');
    await expect(footer.getByRole('link', { name: 'iCal' })).toHaveAttribute('href', `/${slug}/schedule.ics`);
    await expect(footer.getByRole('link', { name: 'XML' })).toHaveAttribute('href', `/${slug}/schedule.xml`);
    await expect(footer.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', `/${slug}/schedule.json`);
    await expect(footer.getByRole('link', { name: 'Changelog' })).toHaveAttribute('href', `/${slug}/changelog`);
    await expect(page.getByTestId('session-ical')).toHaveAttribute('href', `/${slug}/sessions/KVMKEY.ics`);
    await page.getByRole('link', { name: 'Avi Kivity' }).click();
    await expect(page.getByTestId('speaker-ical')).toHaveAttribute('href', /\/speakers\/[A-Z0-9]+\.ics$/);
    await footer.getByRole('link', { name: 'Embed on your site' }).click();
    await expect(page.getByTestId('embed-snippet')).toHaveText(
      `<iframe src="${publicUrl(`/${slug}/widget`)}" title="Schedule of KVM Forum + oVirt Workshop 2012" width="100%" height="600" loading="lazy" style="border:0"></iframe>`,
    );
  });

  test('the widget may be framed by any site, sets no cookie and shows today’s sessions during the conference', async ({ request, page }) => {
    const res = await request.get(publicUrl(`/${slug}/widget?now=${DURING_TALKS}`));
    expect(res.status()).toBe(200);
    expect(res.headers()['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'");
    expect([res.headers()['x-frame-options'], res.headers()['set-cookie']]).toEqual([undefined, undefined]);
    const schedulePage = await request.get(schedule());
    expect([schedulePage.headers()['x-frame-options'], schedulePage.headers()['content-security-policy']]).toEqual(['SAMEORIGIN', "frame-ancestors 'self'"]);

    await page.goto(publicUrl(`/${slug}/widget?now=${DURING_TALKS}`));
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Today, Wednesday, 7 November 2012');
    const codes = () => page.locator('li[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    await expect.poll(codes).toEqual(['KVMHYV', 'KVMQOM', 'OVARCH', 'OVNETW', 'OVSTOR', 'KVMMIG', 'KVMUSB', 'KVMQ35', 'KVMLGF', 'KVMSBX', 'KVMATS']);
    await expect(page.locator('li[data-code="KVMHYV"]')).toHaveText('Now13:00–13:40KVM and Microsoft Hyper-V EnlightenmentsVadim Rozenfeld · Auditorium');
    await expect(page.locator('li[data-code="OVNETW"] .now')).toHaveCount(0);
  });

  test('the widget lists the whole program by day outside the conference', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/widget`));
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Wednesday, 7 November 2012', 'Thursday, 8 November 2012']);
    await expect(page.locator('li[data-code]')).toHaveCount(16);
    await page.goto(publicUrl(`/${slug}/widget?view=list&day=2012-11-08`));
    await expect(page.locator('li[data-code]')).toHaveCount(3);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the agenda, day tabs, search and filters work as plain links and forms; no star is shown', async ({ page }) => {
    await page.goto(schedule('?view=list'));
    await expect.poll(() => listCodes(page)).toHaveLength(13);
    await expect(page.getByRole('button', { name: /^Favourite:/ })).toHaveCount(0);

    await page.getByRole('tab', { name: /Thu, 8 Nov/ }).click();
    await expect(page).toHaveURL(schedule('?day=2012-11-08&view=list'));
    await expect(page.getByRole('tab', { name: /Thu, 8 Nov/ })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => listCodes(page)).toEqual(['KVMVIO', 'OVSDKC', 'KVMMEM']);

    await page.getByRole('searchbox', { name: 'Search' }).fill('migration');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL(/q=migration/);
    // The chosen day is kept: no match on Thursday, with a link to the day that has them.
    await page.getByRole('link', { name: 'Wed, 7 Nov (2)' }).click();
    await expect(page).toHaveURL(/day=2012-11-07/);
    await expect.poll(() => listCodes(page)).toEqual(['OVSTOR', 'KVMMIG']);

    await page.getByLabel('Track').selectOption('oVirt Workshop');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/track=oVirt\+Workshop/);
    await expect.poll(() => listCodes(page)).toEqual(['OVSTOR']);

    await page.goto(publicUrl(`/${slug}/favourites`));
    await expect(page.getByTestId('favourites-nojs')).toContainText('need JavaScript');
  });

  test('the grid on a wide screen and the room pages are server-rendered', async ({ page }) => {
    await page.goto(schedule());
    await expect(page.getByTestId('grid-2012-11-07')).toBeVisible();
    await page.getByRole('link', { name: 'Auditorium', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auditorium');
    await expect(page.getByTestId('room-day-2012-11-08')).toContainText('KVM Memory Management Update & Plans');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the schedule shows the list, fits the screen width, and stars can be tapped', async ({ page }) => {
    await page.goto(schedule());
    await expect(page.getByTestId('list-session-KVMKEY')).toBeVisible();
    await expect(page.getByTestId('grid-2012-11-07')).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const star = page.getByTestId('list-session-KVMKEY').getByRole('button', { name: /^Favourite:/ });
    const box = await star.boundingBox();
    expect([box!.width >= 24, box!.height >= 24]).toEqual([true, true]);
  });
});
