// Accessibility of the public agenda with axe-core: no serious or critical violation on the schedule (grid and list),
// a session, a speaker, a room, the favourites, the embed page and the widget. Read-only.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { kvmForum2012 } from '@podium/seeds';
import { publicUrl } from '../../fixtures/urls.ts';

const slug = kvmForum2012.conference.slug;

/** Serious and critical violations, as "rule: target" lines (empty when the page passes). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const pages: [string, string][] = [
  ['the schedule grid', `/${slug}/schedule?view=grid`],
  ['the schedule list', `/${slug}/schedule?view=list&day=all`],
  ['the schedule with now and next and a search', `/${slug}/schedule?now=2012-11-07T13:10%2B01:00&q=kvm`],
  ['a search without matches', `/${slug}/schedule?q=kubernetes`],
  ['a session page', `/${slug}/sessions/KVMQOM`],
  ['a room page', `/${slug}/rooms/sala-gaudi`],
  ['the favourites page', `/${slug}/favourites`],
  ['the embed page', `/${slug}/embed`],
  ['the widget during the conference', `/${slug}/widget?now=2012-11-07T13:10%2B01:00`],
  ['the widget by day', `/${slug}/widget?view=list`],
];

test.describe('public agenda accessibility', () => {
  // axe walks every node of the page: the full schedule takes a while on a busy two-core machine.
  test.describe.configure({ timeout: 120_000 });
  for (const [what, path] of pages) {
    test(`${what} has no serious or critical axe violation`, async ({ page }) => {
      await page.goto(publicUrl(path));
      await expect(page.locator('main')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('a speaker page has no serious or critical axe violation', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/sessions/KVMQOM`));
    await page.getByRole('main').getByRole('link', { name: 'Andreas Färber' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Andreas Färber');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the favourites page with starred sessions has no serious or critical axe violation', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/schedule?view=list`));
    await page.getByTestId('list-session-KVMKEY').getByRole('button', { name: /^Favourite:/ }).click();
    await page.getByTestId('list-session-KVMQOM').getByRole('button', { name: /^Favourite:/ }).click();
    await page.goto(publicUrl(`/${slug}/favourites`));
    await expect(page.getByTestId('favourites-list')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('the schedule list on a 390 × 844 screen has no serious or critical axe violation', async ({ page }) => {
      await page.goto(publicUrl(`/${slug}/schedule`));
      await expect(page.getByTestId('list-session-KVMKEY')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
