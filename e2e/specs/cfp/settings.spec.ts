import { expect, test } from '@playwright/test';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

// Works on entities it creates itself (a session type of its own), so it changes nothing other specs rely on.
test('an organizer adds a session type with its own deadline and a question limited to it; bad input is shown next to the field', async ({ page }) => {
  const typeName = `Workshop ${Date.now()}`;
  await signInAndWait(page, 'organizer@podium.test');
  await page.goto(organizerUrl('/kvm-forum-2012/cfp'));
  await expect(page.getByRole('heading', { name: 'Call for papers' })).toBeVisible();

  const addType = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add session type' }) });
  await addType.getByLabel('Name').fill('Keynote');
  await addType.getByLabel('Duration (minutes)').fill('90');
  await addType.getByRole('button', { name: 'Add session type' }).click();
  await expect(addType.getByTestId('error-name')).toHaveText('There is already a session type "Keynote".');
  await expect(addType.getByLabel('Duration (minutes)')).toHaveValue('90'); // what was typed is kept

  await addType.getByLabel('Name').fill(typeName);
  await addType.getByLabel('Own deadline').fill('2099-03-01T18:00');
  await addType.getByRole('button', { name: 'Add session type' }).click();
  await expect(page.getByTestId('session-types')).toContainText(`${typeName} · 90 min · deadline 2099-03-01 18:00 · 0 proposal(s)`);

  const addQuestion = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add question' }) });
  await addQuestion.getByLabel('Question', { exact: true }).fill('Which hardware do you need?');
  await addQuestion.getByLabel('Kind of answer').selectOption('MULTIPLE_CHOICE');
  await addQuestion.getByLabel('Choices (one per line)').fill('Projector');
  await addQuestion.getByLabel('Only for session type').selectOption({ label: typeName });
  await addQuestion.getByRole('button', { name: 'Add question' }).click();
  await expect(addQuestion.getByTestId('error-options')).toHaveText('Give at least two choices, one per line.');
  await addQuestion.getByLabel('Choices (one per line)').fill('Projector\nWhiteboard\nPower strips');
  await addQuestion.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByTestId('questions')).toContainText(`Which hardware do you need? · Several choices · per proposal · ${typeName} · 0 answer(s)`);
});

test('the CFP settings are for organizers only', async ({ page }) => {
  await signInAndWait(page, 'reviewer@podium.test');
  await page.goto(organizerUrl('/kvm-forum-2012/cfp'));
  await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
});
