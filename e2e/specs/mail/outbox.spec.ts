import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createDb, findConferenceBySlug, insertOutboxMail, type Db } from '@podium/db';
import { e2eDatabaseUrl, waitForMail } from '../../fixtures/mail.ts';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { E2E_MAIL_FROM } from '../../fixtures/smtp-capture.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

const slug = 'kvm-forum-2012';
let db: Db;

test.beforeAll(() => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** A pending mail of the demo conference, written straight into the apps' database (as queueMail would). */
async function pendingMail(subject: string) {
  const conference = await findConferenceBySlug(db, slug);
  if (!conference) throw new Error(`The e2e database has no ${slug}.`);
  const to = `e2e-${randomBytes(4).toString('hex')}@speakers.podium.test`;
  const mail = await insertOutboxMail(db, {
    conferenceId: conference.id,
    to,
    subject,
    body: 'Hello,\n\nthis mail was written by the end-to-end test.\n\nThe KVM Forum team',
    templateKey: 'ACCEPTED',
    submissionId: null,
  });
  return { id: mail.id, to };
}

test('an organizer finds a pending mail in the outbox, edits its subject, sends it, and the SMTP server gets the edited mail', async ({ page }) => {
  const tag = randomBytes(3).toString('hex');
  const mail = await pendingMail(`Original subject ${tag}`);

  await signInAndWait(page, 'organizer@podium.test');
  await page.getByRole('link', { name: 'KVM Forum + oVirt Workshop 2012' }).click();
  await page.getByRole('link', { name: 'Mail', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mail' })).toBeVisible();
  await expect(page.getByTestId('smtp-status')).toContainText(E2E_MAIL_FROM);
  const row = page.getByTestId(`mail-${mail.id}`);
  await expect(row).toContainText(mail.to);
  await expect(row).toContainText('Pending');

  await row.getByRole('link', { name: `Original subject ${tag}` }).click();
  await expect(page.getByRole('heading', { name: 'Edit before sending' })).toBeVisible();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(mail.to);
  await page.getByLabel('Subject', { exact: true }).fill(`Edited subject ${tag}`);
  await page.getByRole('button', { name: 'Save and send' }).click();

  await expect(page.getByTestId('mail-notice')).toHaveText('Sent 1 mail.');
  await expect(page.getByTestId('mail-status')).toHaveText('Sent');
  const received = await waitForMail({ to: mail.to, subjectIncludes: tag });
  expect([received.to, received.from, received.subject, received.text]).toEqual([
    mail.to,
    E2E_MAIL_FROM,
    `Edited subject ${tag}`,
    'Hello,\n\nthis mail was written by the end-to-end test.\n\nThe KVM Forum team',
  ]);

  await page.getByRole('link', { name: '← Back to the outbox' }).click();
  await expect(page.getByTestId('filter-SENT')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId(`mail-${mail.id}`)).toContainText(`Edited subject ${tag}`);
  await expect(page.getByTestId(`mail-${mail.id}`)).toContainText('Sent');
});

test('an organizer sends ticked mails from the outbox table and discards another', async ({ page }) => {
  const tag = randomBytes(3).toString('hex');
  const send = await pendingMail(`Table send ${tag}`);
  const discard = await pendingMail(`Table discard ${tag}`);

  await signInAndWait(page, 'organizer@podium.test');
  await page.goto(organizerUrl(`/${slug}/mail`));
  await page.getByRole('checkbox', { name: `Select the mail to ${discard.to}: Table discard ${tag}` }).check();
  await page.getByRole('button', { name: 'Discard selected' }).click();
  await expect(page.getByTestId('mail-notice')).toHaveText('Discarded 1 mail.');
  await expect(page.getByTestId(`mail-${discard.id}`)).toHaveCount(0);

  await page.getByRole('checkbox', { name: `Select the mail to ${send.to}: Table send ${tag}` }).check();
  await page.getByRole('button', { name: 'Send selected' }).click();
  await expect(page.getByTestId('mail-notice')).toHaveText('Sent 1 mail.');
  expect((await waitForMail({ to: send.to, subjectIncludes: tag })).subject).toBe(`Table send ${tag}`);

  await page.getByTestId('filter-DISCARDED').click();
  await expect(page.getByTestId(`mail-${discard.id}`)).toContainText('Discarded');
});

test('a template with an unknown placeholder shows the error next to the field and is not saved', async ({ page }) => {
  await signInAndWait(page, 'organizer@podium.test');
  await page.goto(organizerUrl(`/${slug}/mail/templates`));
  const form = page.getByTestId('template-form-ACCEPTED');
  await form.getByLabel('Subject', { exact: true }).fill('Accepted: {titel}');
  await form.getByRole('button', { name: 'Save template' }).click();

  await expect(form.getByLabel('Subject', { exact: true })).toHaveAccessibleDescription('Unknown placeholder {titel}; available: {conference}, {speaker}, {title}, {url}.');
  await expect(form.getByRole('alert')).toHaveText('Please correct the fields marked below; nothing was saved.');
  await page.reload();
  await expect(page.getByTestId('template-state-ACCEPTED')).toHaveText('Default wording');
  await expect(page.getByTestId('placeholders-ACCEPTED')).toContainText('{url} — link to confirm');
});

test('without JavaScript, the edit form shows field errors, saves, and the outbox buttons still work', async ({ page, browser }) => {
  const tag = randomBytes(3).toString('hex');
  const mail = await pendingMail(`No script ${tag}`);
  await signInAndWait(page, 'organizer@podium.test');
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();

  await plain.goto(organizerUrl(`/${slug}/mail/${mail.id}`));
  await plain.getByLabel('To', { exact: true }).fill('not an address');
  await plain.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(plain.getByLabel('To', { exact: true })).toHaveAccessibleDescription('"not an address" is not an email address (one address such as ada@example.org).');
  await expect(plain.getByLabel('To', { exact: true })).toHaveValue('not an address');

  await plain.getByLabel('To', { exact: true }).fill(mail.to);
  await plain.getByLabel('Subject', { exact: true }).fill(`Saved without script ${tag}`);
  await plain.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(plain.getByTestId('mail-notice')).toHaveText('Saved.');
  await expect(plain.getByLabel('Subject', { exact: true })).toHaveValue(`Saved without script ${tag}`);

  await plain.getByRole('button', { name: 'Discard' }).click();
  await expect(plain.getByTestId('mail-notice')).toHaveText('Discarded 1 mail.');
  await context.close();
});

test('a reviewer cannot open the mail pages', async ({ page }) => {
  await signInAndWait(page, 'reviewer@podium.test');
  for (const path of [`/${slug}/mail`, `/${slug}/mail/templates`]) {
    await page.goto(organizerUrl(path));
    await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
    await expect(page.getByTestId('smtp-status')).toHaveCount(0);
  }
});
