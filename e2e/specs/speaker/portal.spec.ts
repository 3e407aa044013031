import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createDb, findConferenceBySlug, type Db } from '@podium/db';
import { DEMO_PASSWORD, publicUrl } from '../../fixtures/urls.ts';
import { appDatabaseUrl, fillSignUp, pngImage, signInPublic } from './support.ts';

// The speaker portal end to end, in the demo conference (its call has no dates: it is open). The spec adds one
// required question and its own accounts, and removes what it created at the end.
const slug = 'kvm-forum-2012';
const tag = randomBytes(3).toString('hex');
const password = 'speaker-pass-123';
const ana = { name: `Ana Portal ${tag}`, email: `ana-${tag}@speakers.podium.test`, password };
const cleo = { name: `Cleo Co ${tag}`, email: `cleo-${tag}@speakers.podium.test`, password };
const questionLabel = `Audience level ${tag}`;

let db: Db;
let questionId: string;
let conferenceId: string;

test.beforeAll(async () => {
  db = createDb(appDatabaseUrl(), { max: 2 });
  const conference = await findConferenceBySlug(db, slug);
  if (!conference) throw new Error(`The e2e database has no ${slug}.`);
  conferenceId = conference.id;
  const q = await db.question.create({
    data: { conferenceId, target: 'PROPOSAL', kind: 'CHOICE', label: questionLabel, helpText: 'Who is this talk for?', required: true, options: ['Beginner', 'Expert'], position: 1000 },
  });
  questionId = q.id;
});

test.afterAll(async () => {
  if (db) {
    const emails = [ana.email, cleo.email, `nojs-${tag}@speakers.podium.test`];
    await db.submission.deleteMany({ where: { conferenceId, speakers: { some: { speakerProfile: { user: { email: { in: emails } } } } } } });
    await db.question.deleteMany({ where: { id: questionId } });
    await db.user.deleteMany({ where: { email: { in: emails } } });
    await db.$disconnect();
  }
});

async function latestMail(to: string, templateKey: 'SUBMISSION_RECEIVED' | 'CO_SPEAKER_INVITE') {
  return db.outboxMail.findFirst({ where: { conferenceId, to, templateKey }, orderBy: { createdAt: 'desc' } });
}

async function expectOnProposal(page: Page) {
  await expect(page).toHaveURL(/\/kvm-forum-2012\/me\/proposals\/[A-HJ-NP-Z2-9]{6}\?saved=/);
  return /proposals\/([A-Z0-9]{6})/.exec(page.url())![1]!;
}

test('a new speaker proposes with a co-speaker and custom answers, edits it, adds a photo; nobody else can open it', async ({ page, browser }) => {
  test.setTimeout(120_000);

  // Sign up from the call for papers; a taken email is refused next to the field, the rest is kept.
  await page.goto(publicUrl(`/${slug}/cfp`));
  await expect(page.getByTestId('cfp-status')).toContainText('The call for papers is open');
  await page.getByTestId('submit-proposal').click();
  await expect(page).toHaveURL(/\/signup\?callbackUrl=/);
  await fillSignUp(page, { ...ana, email: 'speaker@podium.test' });
  await expect(page.getByTestId('error-email')).toHaveText('An account with this email already exists.');
  await expect(page.getByLabel('Your name')).toHaveValue(ana.name);
  await fillSignUp(page, ana);
  await expect(page).toHaveURL(publicUrl(`/${slug}/me/proposals/new`));
  await expect(page.getByTestId('signed-in-as')).toHaveText(ana.name);

  // A draft may be incomplete.
  await page.getByLabel('Title').fill('Live migration for everyone');
  await page.getByLabel('Session type').selectOption({ label: 'Talk (40 min)' });
  await page.getByTestId('save-draft').click();
  const code = await expectOnProposal(page);
  await expect(page.getByTestId('notice')).toHaveText('Draft saved. Submit it when it is complete.');
  await expect(page.getByTestId('proposal-state')).toHaveText('Draft');

  // Submitting needs the abstract and the required answer; the errors sit next to their fields, nothing typed is lost.
  await page.getByLabel('Description').fill('We walk through pre-copy, post-copy and what can go wrong.');
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('error-abstract')).toHaveText('Write an abstract: it is required to submit.');
  await expect(page.getByTestId(`error-answers.${questionId}`)).toHaveText('Please answer this question.');
  await expect(page.getByTestId('form-error')).toHaveText('The proposal cannot be submitted yet: see the marked fields.');
  await expect(page.getByLabel('Description')).toHaveValue('We walk through pre-copy, post-copy and what can go wrong.');
  await expect(page.getByTestId('proposal-state')).toHaveText('Draft');

  await page.getByLabel('Abstract').fill('Moving running guests between hosts, explained.');
  await page.getByRole('group', { name: questionLabel }).getByLabel('Expert').check();
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('notice')).toHaveText('Proposal submitted. We sent you a confirmation by email.');
  await expect(page.getByTestId('proposal-state')).toHaveText('Submitted');
  // The earlier refusal is gone: the form shows what is saved now.
  await expect(page.getByTestId('form-error')).toHaveCount(0);
  await expect(page.getByLabel('Abstract')).toHaveValue('Moving running guests between hosts, explained.');
  const received = await latestMail(ana.email, 'SUBMISSION_RECEIVED');
  expect(received?.body).toContain(`/${slug}/me/proposals/${code}`);

  // Invite a co-speaker; the link comes from the outbox, as the mail would bring it.
  await page.getByLabel('Invite a co-speaker by email').fill(cleo.email);
  await page.getByTestId('send-invite').click();
  await expect(page.getByTestId('notice')).toHaveText('Invitation sent.');
  await expect(page.getByTestId('invites')).toContainText(`${cleo.email} — waiting`);
  const invite = await latestMail(cleo.email, 'CO_SPEAKER_INVITE');
  const invitePath = /https?:\/\/[^/\s]+(\/invites\/[A-Za-z0-9_-]+)/.exec(invite?.body ?? '')?.[1];
  expect(invitePath).toBeTruthy();

  // The co-speaker signs up in another browser, joins by the link and sees the proposal.
  const cleoContext = await browser.newContext();
  const cleoPage = await cleoContext.newPage();
  await cleoPage.goto(publicUrl(invitePath!));
  await expect(cleoPage.getByTestId('invite-title')).toHaveText('“Live migration for everyone”');
  await cleoPage.getByRole('link', { name: 'Create an account to join' }).click();
  await fillSignUp(cleoPage, cleo);
  await expect(cleoPage).toHaveURL(publicUrl(invitePath!));
  await cleoPage.getByTestId('accept-invite').click();
  await expect(cleoPage).toHaveURL(publicUrl(`/${slug}/me/proposals/${code}?saved=joined`));
  await expect(cleoPage.getByTestId('proposal-title')).toHaveText('Live migration for everyone');
  await expect(cleoPage.getByTestId('speakers')).toContainText(ana.name);
  await expect(cleoPage.getByTestId('speakers')).toContainText(`${cleo.name} (you)`);

  // The speaker edits the submitted proposal; the co-speaker sees the change.
  await page.getByLabel('Title').fill('Live migration for everyone, revisited');
  await page.getByTestId('save-changes').click();
  await expect(page.getByTestId('notice')).toHaveText('Changes saved.');
  await expect(page.getByTestId('proposal-title')).toHaveText('Live migration for everyone, revisited');
  await expect(page.getByRole('group', { name: questionLabel }).getByLabel('Expert')).toBeChecked();
  await cleoPage.goto(publicUrl(`/${slug}/me`));
  await expect(cleoPage.getByTestId(`my-proposal-${code}`)).toContainText('Live migration for everyone, revisited');
  await expect(page.getByTestId('invites')).toContainText(`${cleo.email} — joined`);
  await cleoContext.close();

  // A photo: a real PNG is shown; a text file named .png is refused next to the field and the photo stays.
  const dir = mkdtempSync(path.join(tmpdir(), 'podium-avatar-'));
  const photo = path.join(dir, 'photo.png');
  const fake = path.join(dir, 'not-a-photo.png');
  writeFileSync(photo, pngImage(64));
  writeFileSync(fake, 'This is a text file with an image name.\n');
  await page.goto(publicUrl(`/${slug}/me/profile`));
  await page.getByLabel('Upload a photo').setInputFiles(photo);
  await page.getByTestId('upload-avatar').click();
  await expect(page.getByTestId('avatar-saved')).toHaveText('Photo saved.');
  const avatar = page.getByTestId('avatar');
  await expect(avatar).toBeVisible();
  // Visible is not loaded: wait for the image itself (it was read too early now and then on a loaded machine).
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  const served = await page.request.get(publicUrl((await avatar.getAttribute('src'))!));
  expect([served.status(), served.headers()['content-type'], served.headers()['x-content-type-options']]).toEqual([200, 'image/png', 'nosniff']);

  await page.getByLabel('Replace your photo').setInputFiles(fake);
  await page.getByTestId('upload-avatar').click();
  await expect(page.getByTestId('error-avatar')).toHaveText('This file is not an image (PNG, JPEG, GIF or WebP).');
  await expect(page.getByTestId('avatar')).toHaveAttribute('src', (await avatar.getAttribute('src'))!);

  // A script in the bio is refused next to the field; Markdown is rendered after saving.
  await page.getByLabel('Bio').fill('Hello <script>alert(1)</script>');
  await page.getByTestId('save-profile').click();
  await expect(page.getByTestId('error-bio')).toHaveText('Bios are Markdown; HTML tags like <script> are not allowed.');
  await expect(page.getByLabel('Bio')).toHaveValue('Hello <script>alert(1)</script>');
  await page.getByLabel('Bio').fill('I maintain **live migration** in QEMU.');
  await page.getByTestId('save-profile').click();
  await expect(page.getByTestId('notice')).toHaveText('Profile saved.');
  await expect(page.getByTestId('bio-preview').locator('strong')).toHaveText('live migration');

  // Another speaker gets a 404 for this proposal, in the page and in the API.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInPublic(other, 'speaker@podium.test', DEMO_PASSWORD, `/${slug}/me`);
  const res = await other.goto(publicUrl(`/${slug}/me/proposals/${code}`));
  expect(res?.status()).toBe(404);
  const api = await other.request.get(publicUrl(`/api/trpc/speaker.proposal?input=${encodeURIComponent(JSON.stringify({ json: { slug, code } }))}`));
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain('Live migration');
  await otherContext.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sign-up, a refused submit and a saved draft work with plain forms', async ({ page }) => {
    await page.goto(publicUrl(`/signup?callbackUrl=${encodeURIComponent(`/${slug}/me/proposals/new`)}`));
    await fillSignUp(page, { name: `No Script ${tag}`, email: `nojs-${tag}@speakers.podium.test`, password: 'short' });
    await expect(page.getByTestId('error-password')).toHaveText('Choose a password of at least 8 characters.');
    await expect(page.getByLabel('Your name')).toHaveValue(`No Script ${tag}`);
    await fillSignUp(page, { name: `No Script ${tag}`, email: `nojs-${tag}@speakers.podium.test`, password });
    await expect(page).toHaveURL(publicUrl(`/${slug}/me/proposals/new`));

    await page.getByLabel('Title').fill('Works without JavaScript');
    await page.getByLabel('Session type').selectOption({ label: 'Talk (40 min)' });
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('error-abstract')).toHaveText('Write an abstract: it is required to submit.');
    await expect(page.getByLabel('Title')).toHaveValue('Works without JavaScript');
    await page.getByTestId('save-draft').click();
    await expect(page.getByTestId('notice')).toHaveText('Draft saved. Submit it when it is complete.');
    await page.goto(publicUrl(`/${slug}/me`));
    await expect(page.getByText('Works without JavaScript')).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByTestId('account-nav')).toContainText('Sign in');
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto(publicUrl('/signin'));
    await page.getByLabel('Email').fill('speaker@podium.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-error')).toHaveText('Wrong email or password.');
    await expect(page.getByLabel('Email')).toHaveValue('speaker@podium.test');
  });
});
