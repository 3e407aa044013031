import { expect, test } from '@playwright/test';
import { signIn, signInAndWait } from '../../fixtures/sign-in.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

test('a wrong password shows a clear message and keeps the person on the sign-in page', async ({ page }) => {
  await signIn(page, 'organizer@podium.test', 'not-the-password');
  await expect(page.getByTestId('sign-in-error')).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/signin/);
});

test('an empty form says what is missing', async ({ page }) => {
  await page.goto(organizerUrl('/signin'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText('Enter your email and password.');
});

test('an anonymous visitor is sent to sign in, then back where they wanted to go', async ({ page }) => {
  await page.goto(organizerUrl('/kvm-forum-2012/sessions'));
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fkvm-forum-2012%2Fsessions/);
  await page.getByLabel('Email').fill('organizer@podium.test');
  await page.getByLabel('Password').fill('podium-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
});

test('an organizer sees the overview counts and the full session list', async ({ page }) => {
  await signInAndWait(page, 'organizer@podium.test');
  await page.getByRole('link', { name: 'KVM Forum + oVirt Workshop 2012' }).click();
  await expect(page.getByTestId('count-sessions')).toHaveText('16');
  await expect(page.getByTestId('count-scheduled')).toHaveText('16');
  await expect(page.getByTestId('count-rooms')).toHaveText('3');
  await expect(page.getByTestId('count-tracks')).toHaveText('2');
  await expect(page.getByTestId('latest-release')).toContainText('Version 1.0');
  await page.getByRole('link', { name: 'All sessions →' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(16);
  await expect(page.getByTestId('row-KVMKEY')).toContainText('Wed, 7 Nov 2012 09:00–09:15');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
});

test('a reviewer signs in but cannot open the organizer pages', async ({ page }) => {
  await signInAndWait(page, 'reviewer@podium.test');
  await expect(page.getByTestId('review-link-kvm-forum-2012')).toBeVisible();
  await page.goto(organizerUrl('/kvm-forum-2012'));
  await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
  await expect(page.getByText('Keynote Address')).toHaveCount(0);
});
