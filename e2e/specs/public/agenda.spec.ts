import { expect, test } from '@playwright/test';
import { kvmForum2012 } from '@podium/seeds';
import { publicUrl } from '../../fixtures/urls.ts';

const slug = kvmForum2012.conference.slug;
const speakerName = (key: string) => kvmForum2012.speakers.find((s) => s.key === key)?.name;

test.describe('public agenda', () => {
  test('the grid shows all 16 seed sessions on their days and local times, with speakers', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/schedule?day=all&view=grid`));
    await expect(page.getByRole('heading', { name: 'Schedule' })).toBeVisible();
    await expect(page.getByText('Europe/Madrid (UTC+01:00)')).toBeVisible();
    expect(kvmForum2012.sessions).toHaveLength(16);
    for (const s of kvmForum2012.sessions) {
      const card = page.getByTestId(`day-${s.date}`).getByTestId(`session-${s.code}`);
      await expect(card, s.title).toContainText(s.title);
      await expect(card).toContainText(`${s.start}–${s.end}`);
      for (const key of s.speakerKeys) await expect(card).toContainText(speakerName(key)!);
    }
    await expect(page.getByTestId('day-2012-11-09')).toContainText('No sessions on this day.');
  });

  test('the list view shows every session with its room', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/schedule?day=all&view=list`));
    for (const s of kvmForum2012.sessions) {
      const item = page.getByTestId(`day-${s.date}`).getByTestId(`list-session-${s.code}`);
      await expect(item).toContainText(s.title);
      await expect(item).toContainText(`${s.start}–${s.end}`);
      await expect(item).toContainText(s.room);
    }
  });

  test('a session page gives time with the offset, room, track and the speaker with bio; the speaker page links back', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/schedule?view=grid`));
    await page.getByTestId('session-KVMKEY').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keynote Address');
    await expect(page.getByTestId('session-when')).toHaveText('Wednesday, 7 November 2012, 09:00–09:15 (UTC+01:00)');
    await expect(page.getByText('Auditorium')).toBeVisible();
    await expect(page.getByText('KVM Forum', { exact: true })).toBeVisible();
    const avi = kvmForum2012.speakers.find((s) => s.key === 'avi-kivity')!;
    await expect(page.getByText(avi.bio)).toBeVisible();
    await page.getByRole('link', { name: 'Avi Kivity' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avi Kivity');
    await page.getByRole('main').getByRole('link', { name: 'Keynote Address' }).click();
    await expect(page).toHaveURL(/\/sessions\/KVMKEY$/);
  });

  test('an unknown session is a 404 page', async ({ page }) => {
    const res = await page.goto(publicUrl(`/${slug}/sessions/NOPE42`));
    expect(res?.status()).toBe(404);
  });
});

test.describe('public agenda without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is fully readable: grid, list and session pages are server-rendered', async ({ page }) => {
    await page.goto(publicUrl('/'));
    await page.getByRole('link', { name: kvmForum2012.conference.name }).click();
    await page.getByRole('tab', { name: /All days/ }).click();
    for (const s of kvmForum2012.sessions) await expect(page.getByTestId(`session-${s.code}`)).toContainText(s.title);
    await page.getByRole('link', { name: 'List' }).click();
    await expect(page).toHaveURL(/day=all/);
    await expect(page.getByTestId('list-session-KVMMEM')).toContainText('KVM Memory Management Update & Plans');
    await page.getByRole('link', { name: 'KVM Memory Management Update & Plans' }).click();
    await expect(page.getByTestId('session-when')).toHaveText('Thursday, 8 November 2012, 10:30–11:00 (UTC+01:00)');
  });
});
