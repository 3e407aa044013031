// Speaker bios are approved before they go public, end to end, in a conference of its own with a released schedule:
// the speaker edits their bio in the portal, the public speaker page keeps the approved one, an organizer approves the
// new version in the Speakers area, and the public page shows it.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl } from '../../fixtures/mail.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { DEMO_PASSWORD, organizerUrl, publicUrl } from '../../fixtures/urls.ts';

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `bios-e2e-${tag}`;
const organizerEmail = `organizer-${tag}@bios.podium.test`;
const speakerEmail = `petra-${tag}@speakers.podium.test`;
const code = `PB${tag}`.toUpperCase();
const OLD_BIO = 'Petra maintains the block layer of QEMU.';
const NEW_BIO = 'Petra maintains the block layer of QEMU and now also **live migration**.';

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  // The demo accounts' password hash ("podium-demo"), reused for this spec's own accounts.
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: `Bios E2E ${tag}`, timeZone: 'Europe/Madrid', startDate: new Date('2031-09-10'), endDate: new Date('2031-09-11') },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: 'Olga Organizer', passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
  const speaker = await db.user.create({ data: { email: speakerEmail, name: 'Petra Pending', passwordHash } });
  const profile = await db.speakerProfile.create({
    data: { conferenceId: conference.id, userId: speaker.id, code, bio: OLD_BIO, approvedBio: OLD_BIO, bioApprovedAt: new Date('2031-08-01T10:00:00Z') },
  });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const room = await db.room.create({ data: { conferenceId: conference.id, name: 'Main hall', capacity: 200 } });
  const submission = await db.submission.create({
    data: {
      conferenceId: conference.id,
      code: `T${code}`,
      title: `Block jobs in depth ${tag}`,
      abstract: 'Mirrors, commits and streams.',
      state: 'CONFIRMED',
      submittedAt: new Date(),
      sessionTypeId: type.id,
      speakers: { create: { speakerProfileId: profile.id } },
    },
  });
  // A released schedule, so the public speaker page exists.
  await db.scheduleVersion.create({
    data: {
      conferenceId: conference.id,
      name: '1.0',
      releasedAt: new Date('2031-08-15T10:00:00Z'),
      slots: { create: { submissionId: submission.id, roomId: room.id, start: new Date('2031-09-10T08:00:00Z'), end: new Date('2031-09-10T08:30:00Z') } },
    },
  });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

// Checking a password is deliberately slow (scrypt), and a form's round trip renders a whole page: on a loaded machine
// either may take longer than the default 10 s.
const SLOW = 30_000;

async function signInSpeaker(page: Page, email: string, callbackPath: string) {
  await page.goto(publicUrl(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible({ timeout: SLOW });
}

test('a speaker’s new bio stays private until an organizer approves it, then the public page shows it', async ({ browser }) => {
  test.setTimeout(150_000);

  // The speaker rewrites their bio in the portal.
  const speaker = await newPage(browser);
  await signInSpeaker(speaker, speakerEmail, `/${slug}/me/profile`);
  await expect(speaker).toHaveURL(publicUrl(`/${slug}/me/profile`));
  await expect(speaker.getByTestId('bio-state')).toHaveText('Published');
  await speaker.getByLabel('Bio').fill(NEW_BIO);
  await speaker.getByTestId('save-profile').click();
  await expect(speaker.getByTestId('notice')).toHaveText('Profile saved.', { timeout: SLOW });
  await expect(speaker.getByTestId('bio-state')).toHaveText('Waiting for approval');
  await expect(speaker.getByTestId('public-bio')).toHaveText(OLD_BIO);
  await expect(speaker.getByTestId('bio-preview').locator('strong')).toHaveText('live migration');

  // The public speaker page still shows the approved bio.
  const visitor = await newPage(browser);
  await visitor.goto(publicUrl(`/${slug}/speakers/${code}`));
  await expect(visitor.getByRole('heading', { name: 'Petra Pending' })).toBeVisible();
  await expect(visitor.getByTestId('speaker-bio')).toHaveText(OLD_BIO);

  // The organizer finds it under "Pending approval", sees both versions and the change, and approves it.
  const organizer = await newPage(browser);
  await signIn(organizer, organizerEmail);
  await expect(organizer.getByTestId('signed-in-as')).toBeVisible({ timeout: SLOW });
  await organizer.goto(organizerUrl(`/${slug}`));
  await organizer.getByRole('link', { name: 'Speakers', exact: true }).click();
  await expect(organizer.getByRole('heading', { name: 'Speakers', level: 1 })).toBeVisible();
  await expect(organizer.getByTestId('filter-pending')).toHaveText('Pending approval 1');
  await organizer.getByTestId('filter-pending').click();
  const card = organizer.getByTestId(`speaker-${code}`);
  await expect(card.getByTestId('approved-copy-bio')).toHaveText(OLD_BIO);
  await expect(card.getByTestId('working-copy-bio').locator('strong')).toHaveText('live migration');
  await expect(card.getByTestId('bio-diff').locator('ins')).toHaveText('QEMU and now also **live migration**.');
  await expect(card.getByTestId('bio-diff').locator('del')).toHaveText('QEMU.');
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(organizer.getByTestId('speakers-notice')).toHaveText('Approved: the program now shows Petra Pending’s new version.', { timeout: SLOW });
  await expect(organizer.getByTestId('filter-pending')).toHaveText('Pending approval 0');
  await expect(organizer.getByTestId('speakers-empty')).toBeVisible();

  // The public page shows the new bio; the speaker's profile says it is published.
  await visitor.reload();
  await expect(visitor.getByTestId('speaker-bio').locator('strong')).toHaveText('live migration');
  await expect(visitor.getByTestId('speaker-bio')).toHaveText(NEW_BIO.replace(/\*\*/g, ''));
  await speaker.reload();
  await expect(speaker.getByTestId('bio-state')).toHaveText('Published');
});
