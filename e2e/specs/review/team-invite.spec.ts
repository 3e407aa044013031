// Joining the program committee by invitation, end to end, in a conference of its own: the organizer invites an
// address, the mail reaches the test SMTP server, and the person holding that mailbox follows the link, creates the
// account (or signs in with the existing one) and accepts; only then are they a reviewer. Another account opening the
// link gets nothing, and a withdrawn link stops working.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl, waitForMail } from '../../fixtures/mail.ts';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { teamInvitePath } from '../../fixtures/team-invite.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

test.describe.configure({ mode: 'serial' });

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `team-invite-${tag}`;
const conferenceName = `Team Invite E2E ${tag}`;
const organizerEmail = `organizer-${tag}@team.podium.test`;
const newcomer = { name: `Ines Newcomer ${tag}`, email: `ines-${tag}@team.podium.test`, password: 'ines-password-1' };
const existing = { name: `Jon Existing ${tag}`, email: `jon-${tag}@team.podium.test` };
const mallory = { name: `Mallory Other ${tag}`, email: `mallory-${tag}@team.podium.test` };

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  // The demo accounts' password hash ("podium-demo"), reused for this spec's existing accounts.
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: conferenceName, location: 'Barcelona', timeZone: 'Europe/Madrid', startDate: new Date('2031-05-06'), endDate: new Date('2031-05-07') },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: `Olga Organizer ${tag}`, passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
  await db.track.create({ data: { conferenceId: conference.id, name: 'Virtualization', color: '#2563eb' } });
  await db.track.create({ data: { conferenceId: conference.id, name: 'Storage', color: '#0f766e' } });
  await db.user.create({ data: { email: existing.email, name: existing.name, passwordHash } });
  await db.user.create({ data: { email: mallory.email, name: mallory.name, passwordHash } });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function invite(org: Page, email: string, track?: string) {
  await org.goto(organizerUrl(`/${slug}/review/settings`));
  // The form is folded away once the committee has members.
  const summary = org.locator('summary', { hasText: 'Invite a reviewer' });
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
  const form = org.getByTestId('invite-reviewer-form');
  await form.getByLabel('Email address').fill(email);
  if (track) await form.getByLabel(track).check();
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(form.getByTestId('form-message')).toHaveText(
    `Invitation sent to ${email} — they become a reviewer once they accept. The mail is in the outbox: send it from Mail.`,
  );
}

test('a new person joins through the mailed link: creates the account, accepts, and reviews', async ({ browser }) => {
  test.setTimeout(120_000);
  const org = await newPage(browser);
  await signInAndWait(org, organizerEmail);
  await invite(org, newcomer.email, 'Storage');
  await expect(org.getByTestId(`invite-${newcomer.email}`)).toContainText('Storage');
  await expect(org.getByTestId('reviewers')).toHaveCount(0);

  // The organizer sends the outbox; the mail reaches the SMTP server with the organizer app's link.
  await org.goto(organizerUrl(`/${slug}/mail`));
  await org.getByRole('button', { name: /Send all pending/ }).click();
  const mail = await waitForMail({ to: newcomer.email, subjectIncludes: 'invites you to join' });
  expect(mail.subject).toBe(`[${conferenceName}] Olga Organizer ${tag} invites you to join as reviewer`);
  const link = /(https?:\/\/\S+\/invites\/team\/[A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  expect(link.startsWith(organizerUrl('/invites/team/'))).toBe(true);

  // Another account holding the link can neither accept nor see an Accept button.
  const other = await newPage(browser);
  await signInAndWait(other, mallory.email);
  await other.goto(link);
  await expect(other.getByTestId('invite-wrong-account')).toContainText(`this invitation is for ${newcomer.email}`);
  await expect(other.getByRole('button', { name: /Accept/ })).toHaveCount(0);

  // The invitee, signed out, sees what the invitation is about and creates the account for that address.
  const ines = await newPage(browser);
  await ines.goto(link);
  await expect(ines.getByRole('heading', { name: 'Invitation to the team' })).toBeVisible();
  await expect(ines.getByTestId('invite-summary')).toHaveText(
    `Olga Organizer ${tag} invites ${newcomer.email} to join ${conferenceName} as reviewer for Storage.`,
  );
  const signUp = ines.getByTestId('invite-sign-up-form');
  await expect(signUp.getByTestId('invite-email')).toHaveText(newcomer.email);
  await signUp.getByLabel('Your name').fill(newcomer.name);
  await signUp.getByLabel('Password').fill('short');
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(signUp.getByTestId('error-password')).toHaveText('Choose a password of at least 8 characters.');
  await signUp.getByLabel('Password').fill(newcomer.password);
  await signUp.getByRole('button', { name: 'Create account' }).click();

  // Signed in now, still not a reviewer until she accepts.
  await expect(ines.getByText(`You are signed in as ${newcomer.email}.`)).toBeVisible();
  await org.goto(organizerUrl(`/${slug}/review/settings`));
  await expect(org.getByTestId('reviewers')).toHaveCount(0);
  await ines.getByRole('button', { name: 'Accept: join as reviewer' }).click();
  await expect(ines.getByRole('heading', { name: 'Proposals to review' })).toBeVisible();
  await expect(ines).toHaveURL(organizerUrl(`/${slug}/review`));

  // The organizers see her on the committee, limited to Storage, and the invitation is gone.
  await org.reload();
  await expect(org.getByTestId(`reviewer-${newcomer.email}`)).toContainText(newcomer.name);
  await expect(org.getByTestId(`reviewer-${newcomer.email}`)).toContainText('Storage');
  await expect(org.getByTestId('invites')).toHaveCount(0);

  // The used link gives nothing to anybody else.
  await other.goto(link);
  await expect(other.getByTestId('invite-used')).toHaveText('This invitation has already been used. Ask the organizers to invite you again if you need to.');
  await other.goto(organizerUrl(`/${slug}/review`));
  await expect(other.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
});

test('an existing account signs in from the link and accepts; a withdrawn link stops working', async ({ browser }) => {
  test.setTimeout(120_000);
  const org = await newPage(browser);
  await signInAndWait(org, organizerEmail);
  await invite(org, existing.email);
  await invite(org, mallory.email);
  await expect(org.getByTestId(`invite-${mallory.email}`)).toBeVisible();
  await org.getByTestId(`invite-${mallory.email}`).getByRole('button', { name: 'Withdraw' }).click();
  await expect(org.getByTestId(`invite-${mallory.email}`)).toHaveCount(0);

  const withdrawn = await newPage(browser);
  await signInAndWait(withdrawn, mallory.email);
  await withdrawn.goto(organizerUrl(await teamInvitePath(db, mallory.email)));
  await expect(withdrawn.getByTestId('invite-invalid')).toContainText('This invitation link is not valid');

  const jon = await newPage(browser);
  const link = organizerUrl(await teamInvitePath(db, existing.email));
  await jon.goto(link);
  await expect(jon.getByTestId('invite-summary')).toContainText(`as reviewer for all tracks.`);
  await jon.getByRole('link', { name: `Sign in as ${existing.email} to accept` }).click();
  await expect(jon).toHaveURL(/\/signin\?callbackUrl=/);
  await jon.getByLabel('Email').fill(existing.email);
  await jon.getByLabel('Password').fill('podium-demo');
  await jon.getByRole('button', { name: 'Sign in' }).click();
  await jon.getByRole('button', { name: 'Accept: join as reviewer' }).click();
  await expect(jon.getByRole('heading', { name: 'Proposals to review' })).toBeVisible();

  await org.goto(organizerUrl(`/${slug}/review/settings`));
  await expect(org.getByTestId(`reviewer-${existing.email}`)).toContainText('All tracks');
  await expect(org.getByTestId('invites')).toHaveCount(0);
});
