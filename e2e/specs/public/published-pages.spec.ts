// The published agenda pages reach anonymous readers as plain HTML from memory (apps/public/server.ts): no Next
// runtime, precompressed, revalidated by ETag, with stars and tab keys from podium-agenda.js; a signed-in speaker gets
// the page from Next, with their name in the header.
import { expect, test, type APIResponse } from '@playwright/test';
import { DEMO_PASSWORD, publicUrl } from '../../fixtures/urls.ts';

const slug = 'kvm-forum-2012';

test('an anonymous reader gets the schedule as plain HTML from memory, revalidated by its ETag', async ({ request }) => {
  const url = publicUrl(`/${slug}/schedule`);
  // The first reader on each of the server's workers causes that worker's render; then the page comes from memory.
  let page!: APIResponse;
  await expect
    .poll(async () => {
      page = await request.get(url, { headers: { 'accept-encoding': 'gzip' } });
      return page.headers()['x-podium-cache'];
    })
    .toBe('hit');
  expect(page.status()).toBe(200);
  expect(page.headers()['content-encoding']).toBe('gzip');
  const html = await page.text();
  expect(html).toContain('Keynote Address');
  expect(html).toContain('src="/podium-agenda.js"');
  expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
  expect(html).not.toContain('__next_f');
  const again = await request.get(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': page.headers()['etag']! } });
  expect(again.status()).toBe(304);
});

test('stars and day tabs work on the plain page, and a star shows on the React-rendered favourites page', async ({ page }) => {
  const response = await page.goto(publicUrl(`/${slug}/schedule?view=list`));
  expect(response?.headers()['x-podium-cache']).toMatch(/^(hit|miss)$/);
  const star = page.getByTestId('list-session-KVMKEY').getByRole('button', { name: 'Favourite: Keynote Address' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('favourites-count')).toHaveText('1 starred');
  // Arrow keys move along the day tabs (one tab stop), as on a page React runs.
  const tabs = page.getByRole('tablist', { name: /day/i }).getByRole('tab');
  await expect(tabs.first()).toHaveAttribute('tabindex', '0');
  await expect(tabs.nth(1)).toHaveAttribute('tabindex', '-1');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await page.getByRole('link', { name: /My favourites/ }).click();
  await expect(page.getByTestId('favourites-list').getByTestId('list-session-KVMKEY')).toBeVisible();
});

test('a signed-in speaker gets the page from Next, with their name', async ({ page }) => {
  await page.goto(publicUrl('/signin'));
  await page.getByLabel('Email').fill('speaker@podium.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  const response = await page.goto(publicUrl(`/${slug}/schedule`));
  expect(response?.headers()['x-podium-cache']).toBeUndefined();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
});
