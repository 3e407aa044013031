// The program committee end to end, in a conference of its own (so its review phase cannot disturb other specs):
// the organizer sets up a blind phase and a score category, invites the reviewer, who accepts, and assigns automatically; the reviewer
// scores the assigned proposal without ever seeing who the speaker is; the organizer accepts it from the ranking and
// the acceptance mail reaches the test SMTP server.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl, waitForMail } from '../../fixtures/mail.ts';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { teamInvitePath } from '../../fixtures/team-invite.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

// One conference for both tests: they run in order in one worker (beforeAll once).
test.describe.configure({ mode: 'serial' });

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `review-e2e-${tag}`;
const organizerEmail = `organizer-${tag}@review.podium.test`;
const reviewerEmail = `reviewer-${tag}@review.podium.test`;
const speaker = { name: 'Xaviera Blindspot', email: `xaviera-${tag}@speakers.podium.test`, bio: 'Xaviera wrote the vhost-user backend at Blindspot Labs.' };
const title = `Zero-copy virtio networking ${tag}`;
let code = '';

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  // The demo accounts' password hash ("podium-demo"), reused for this spec's own accounts.
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: `Review E2E ${tag}`, timeZone: 'Europe/Madrid', startDate: new Date('2031-05-06'), endDate: new Date('2031-05-07') },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: 'Orla Organizer', passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
  await db.user.create({ data: { email: reviewerEmail, name: 'Reza Reviewer', passwordHash } });
  const track = await db.track.create({ data: { conferenceId: conference.id, name: 'Virtualization', color: '#2563eb' } });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const speakerUser = await db.user.create({ data: { email: speaker.email, name: speaker.name } });
  const profile = await db.speakerProfile.create({ data: { conferenceId: conference.id, userId: speakerUser.id, code: `SPK${tag}`.toUpperCase(), bio: speaker.bio } });
  code = `RV${tag}`.toUpperCase();
  await db.submission.create({
    data: {
      conferenceId: conference.id,
      code,
      title,
      abstract: 'Moving packets between guests without a single copy.',
      state: 'SUBMITTED',
      submittedAt: new Date(),
      sessionTypeId: type.id,
      trackId: track.id,
      speakers: { create: { speakerProfileId: profile.id } },
    },
  });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndWait(page, email);
  return page;
}

test('blind review from setup to acceptance mail', async ({ browser }) => {
  test.setTimeout(120_000);

  // The organizer configures the review.
  const org = await signedIn(browser, organizerEmail);
  await org.goto(organizerUrl(`/${slug}/review/settings`));
  await expect(org.getByRole('heading', { name: 'Review settings' })).toBeVisible();

  const phaseForm = org.getByTestId('new-phase-form');
  await phaseForm.getByLabel('Name', { exact: true }).fill('Blind review');
  await phaseForm.getByLabel('Starts', { exact: true }).fill('2031-05-01T10:00');
  await phaseForm.getByLabel('Ends', { exact: true }).fill('2031-04-01T10:00');
  await phaseForm.getByLabel('Blind: hide speaker names and profiles from reviewers').check();
  await phaseForm.getByRole('button', { name: 'Add phase' }).click();
  // Bad input: the message sits next to the field and nothing is saved.
  await expect(org.getByTestId('error-endsAt')).toHaveText('The end must be after the start.');
  await expect(org.getByTestId('phases')).toHaveCount(0);
  await phaseForm.getByLabel('Starts', { exact: true }).fill('');
  await phaseForm.getByLabel('Ends', { exact: true }).fill('');
  await phaseForm.getByRole('button', { name: 'Add phase' }).click();
  await expect(org.getByTestId('phases')).toContainText('Blind review');
  await expect(org.getByTestId('phases')).toContainText('running');
  await expect(org.getByTestId('phase-banner')).toContainText('Blind review');

  const categoryForm = org.getByTestId('new-category-form');
  await categoryForm.getByLabel('Name', { exact: true }).fill('Content');
  await categoryForm.getByLabel('Lowest score', { exact: true }).fill('0');
  await categoryForm.getByLabel('Highest score', { exact: true }).fill('3');
  await categoryForm.getByRole('button', { name: 'Add category' }).click();
  await expect(org.getByTestId('categories')).toContainText('Content');
  await expect(org.getByTestId('categories')).toContainText('0–3 · weight 1 · required');

  // The reviewer is invited by email: nothing is granted until they accept the link signed in with that address.
  const inviteForm = org.getByTestId('invite-reviewer-form');
  await inviteForm.getByLabel('Email address').fill(`reza-${tag}@`);
  await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  await expect(inviteForm.getByTestId('error-email')).toHaveText('Enter an email address like name@example.org.');
  await inviteForm.getByLabel('Email address').fill(reviewerEmail);
  await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  await expect(inviteForm.getByTestId('form-message')).toHaveText(
    `Invitation sent to ${reviewerEmail} — they become a reviewer once they accept. The mail is in the outbox: send it from Mail.`,
  );
  await expect(org.getByTestId(`invite-${reviewerEmail}`)).toContainText('All tracks');
  await expect(org.getByTestId('reviewers')).toHaveCount(0);

  // The reviewer follows the link (taken from the outbox, as the mail carries it) and accepts.
  const rev = await signedIn(browser, reviewerEmail);
  await rev.goto(organizerUrl(await teamInvitePath(db, reviewerEmail)));
  await rev.getByRole('button', { name: 'Accept: join as reviewer' }).click();
  await expect(rev.getByRole('heading', { name: 'Proposals to review' })).toBeVisible();
  await org.reload();
  await expect(org.getByTestId(`reviewer-${reviewerEmail}`)).toContainText('Reza Reviewer');
  await expect(org.getByTestId('invites')).toHaveCount(0);

  const auto = org.getByTestId('auto-assign-form');
  await auto.getByLabel('Reviews per proposal').fill('1');
  await auto.getByRole('button', { name: 'Assign automatically' }).click();
  await expect(org.getByTestId('auto-assign-result')).toContainText('1 new assignment for 1 proposal and 1 reviewer.');
  await expect(org.getByTestId('auto-assign-result')).toContainText('Every proposal has its reviewers.');
  await expect(org.getByTestId(`assignment-${code}`)).toContainText('Reza Reviewer');

  // The reviewer finds the assigned proposal and scores it, blind.
  await rev.goto(organizerUrl('/'));
  await rev.getByTestId(`review-link-${slug}`).click();
  await expect(rev.getByRole('heading', { name: 'Proposals to review' })).toBeVisible();
  await expect(rev.getByTestId(`review-row-${code}`)).toContainText('assigned to you');
  await expect(rev.getByRole('link', { name: 'Ranking' })).toHaveCount(0);
  await rev.getByRole('link', { name: title }).click();
  await expect(rev.getByRole('heading', { name: title })).toBeVisible();
  await expect(rev.getByTestId('speakers-hidden')).toHaveText('Hidden: this review phase is blind.');
  for (const secret of [speaker.name, 'Xaviera', 'Blindspot', speaker.email]) {
    expect(await rev.content(), `"${secret}" must not be in the page`).not.toContain(secret);
  }
  await rev.getByRole('button', { name: 'Save review' }).click();
  await expect(rev.getByTestId('form-message')).toHaveText('Please correct the marked fields.');
  await expect(rev.locator('[data-testid^="error-scores."]')).toHaveText('Give a score for "Content".');
  await rev.getByTestId('score-Content').getByText('3', { exact: true }).click();
  await rev.getByLabel('Comments').fill('Clear problem, convincing numbers.');
  await rev.getByRole('button', { name: 'Save review' }).click();
  await expect(rev.getByTestId('form-message')).toHaveText('Your review is saved.');
  await expect(rev.getByTestId('my-total')).toHaveText('Total 3');
  expect(await rev.content()).not.toContain('Xaviera');
  // Reviewers cannot open the organizers' pages.
  await rev.goto(organizerUrl(`/${slug}/review/ranking`));
  await expect(rev.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();

  // The organizer accepts it from the ranking.
  await org.goto(organizerUrl(`/${slug}/review/ranking`));
  const row = org.getByTestId(`rank-row-${code}`);
  await expect(row).toContainText(speaker.name);
  await expect(org.getByTestId(`mean-${code}`)).toHaveText('3');
  await row.getByRole('button', { name: `Accept ${title}` }).click();
  await expect(org.getByTestId('decision-message')).toHaveText('Accepted 1 proposal; 1 mail queued in the outbox.');
  await expect(org.getByTestId(`state-${code}`)).toHaveText('Accepted');

  // The acceptance mail waits in the outbox and, once sent, arrives at the test SMTP server.
  const mail = await db.outboxMail.findFirstOrThrow({ where: { to: speaker.email } });
  expect([mail.templateKey, mail.state, mail.subject]).toEqual(['ACCEPTED', 'PENDING', `[Review E2E ${tag}] Your proposal "${title}" was accepted`]);
  await org.goto(organizerUrl(`/${slug}/mail`));
  await org.getByTestId(`mail-${mail.id}`).getByRole('checkbox').check();
  await org.getByRole('button', { name: 'Send selected' }).click();
  const received = await waitForMail({ to: speaker.email, subjectIncludes: title });
  expect(received.subject).toBe(`[Review E2E ${tag}] Your proposal "${title}" was accepted`);
  expect(received.text).toContain(`/${slug}/me/proposals/${code}`);
});

test('the blind proposal is not in the reviewer’s API payload either', async ({ browser }) => {
  // The reviewer and the running blind phase come from the test above.
  const rev = await signedIn(browser, reviewerEmail);
  const input = encodeURIComponent(JSON.stringify({ json: { slug, code } }));
  const res = await rev.request.get(organizerUrl(`/api/trpc/review.proposal?input=${input}`));
  expect(res.status()).toBe(200);
  const body = await res.text();
  expect(body).toContain(title);
  for (const secret of [speaker.name, 'Xaviera', 'Blindspot', speaker.email]) expect(body).not.toContain(secret);
});
