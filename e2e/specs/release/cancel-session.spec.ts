// Cancelling a session and taking it back from the organizer's Sessions page, in a conference of its own: a reviewer
// who opens the confirmation page is turned away and nothing changes; a proposal that is only submitted cannot be
// cancelled (the page says why, with no button); an organizer cancels and restores a confirmed session with
// JavaScript off (plain links and forms), and the state, the grid placement and the audit log follow.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl } from '../../fixtures/mail.ts';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

test.describe.configure({ mode: 'serial' });

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `cancel-e2e-${tag}`;
const organizerEmail = `organizer-${tag}@cancel.podium.test`;
const reviewerEmail = `reviewer-${tag}@cancel.podium.test`;
const T = tag.toUpperCase();
const code = { confirmed: `CC${T}`, submitted: `CS${T}` };
const title = { confirmed: `Confirmed talk ${tag}`, submitted: `Submitted idea ${tag}` };

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: `Cancel E2E ${tag}`, timeZone: 'Europe/Madrid', startDate: new Date('2031-06-03'), endDate: new Date('2031-06-03') },
  });
  for (const [email, name, role] of [
    [organizerEmail, 'Oona Organizer', 'ORGANIZER'],
    [reviewerEmail, 'Remo Reviewer', 'REVIEWER'],
  ] as const) {
    const user = await db.user.create({ data: { email, name, passwordHash } });
    await db.membership.create({ data: { userId: user.id, conferenceId: conference.id, role } });
  }
  await db.scheduleDay.create({ data: { conferenceId: conference.id, date: new Date('2031-06-03'), start: new Date('2031-06-03T07:00:00Z'), end: new Date('2031-06-03T16:00:00Z') } });
  const room = await db.room.create({ data: { conferenceId: conference.id, name: 'Main Hall', capacity: 200, position: 1 } });
  const wip = await db.scheduleVersion.create({ data: { conferenceId: conference.id } });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const user = await db.user.create({ data: { email: `dora-${tag}@speakers.podium.test`, name: 'Dora Speaker' } });
  const profile = await db.speakerProfile.create({ data: { conferenceId: conference.id, userId: user.id, code: `DORA${T}` } });
  for (const [c, t, state] of [
    [code.confirmed, title.confirmed, 'CONFIRMED'],
    [code.submitted, title.submitted, 'SUBMITTED'],
  ] as const) {
    const s = await db.submission.create({
      data: { conferenceId: conference.id, code: c, title: t, state, submittedAt: new Date(), sessionTypeId: type.id, speakers: { create: { speakerProfileId: profile.id } } },
    });
    if (state === 'CONFIRMED') {
      await db.scheduleSlot.create({ data: { versionId: wip.id, submissionId: s.id, roomId: room.id, start: new Date('2031-06-03T08:00:00Z'), end: new Date('2031-06-03T08:30:00Z') } });
    }
  }
});

test.afterAll(async () => {
  await db?.$disconnect();
});

const stateOf = async (c: string) => (await db.submission.findFirstOrThrow({ where: { code: c, conference: { slug } }, select: { state: true } })).state;

test('a reviewer who opens the cancel or restore page is turned away, and nothing changes', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAndWait(page, reviewerEmail);
  for (const step of ['cancel', 'restore']) {
    await page.goto(organizerUrl(`/${slug}/sessions/${code.confirmed}/${step}`));
    await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
  }
  expect(await stateOf(code.confirmed)).toBe('CONFIRMED');
});

test('without JavaScript an organizer cancels a confirmed session and restores it; a submitted one cannot be cancelled', async ({ browser }) => {
  test.setTimeout(90_000);
  // Sign in with JavaScript, then carry the session into a context without it.
  const signInContext = await browser.newContext();
  await signInAndWait(await signInContext.newPage(), organizerEmail);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signInContext.storageState() });
  await signInContext.close();
  const page = await context.newPage();

  // A submitted proposal: the page says why not, and offers no button.
  await page.goto(organizerUrl(`/${slug}/sessions`));
  await expect(page.getByTestId(`cancel-${code.submitted}`)).toHaveCount(0);
  await page.goto(organizerUrl(`/${slug}/sessions/${code.submitted}/cancel`));
  await expect(page.getByTestId('state-change-refusal')).toHaveText('Only accepted or confirmed sessions can be cancelled; this one is submitted.');
  await expect(page.getByRole('button', { name: 'Cancel session' })).toHaveCount(0);

  // "Keep the session" goes back without changing anything.
  await page.goto(organizerUrl(`/${slug}/sessions`));
  await page.getByRole('link', { name: `Cancel… ${title.confirmed}` }).click();
  await expect(page.getByTestId('state-change-slot')).toHaveText('On the grid: Tue, 3 Jun 2031, 10:00–10:30 (Europe/Madrid), Main Hall');
  await page.getByRole('link', { name: 'Keep the session' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  expect(await stateOf(code.confirmed)).toBe('CONFIRMED');

  // Cancel: confirmed, then off the grid.
  await page.getByRole('link', { name: `Cancel… ${title.confirmed}` }).click();
  await page.getByRole('button', { name: 'Cancel session' }).click();
  await expect(page.getByTestId('sessions-notice')).toHaveText(`Cancelled “${title.confirmed}”. It is off the grid; the next release lists it as cancelled.`);
  await expect(page.getByTestId(`row-${code.confirmed}`).getByRole('cell')).toContainText(['Cancelled', 'Not scheduled', `Restore… ${title.confirmed}`]);
  expect(await stateOf(code.confirmed)).toBe('CANCELED');

  // Restore: accepted again, still off the grid.
  await page.getByRole('link', { name: `Restore… ${title.confirmed}` }).click();
  await expect(page.getByRole('heading', { name: 'Restore this session?' })).toBeVisible();
  await expect(page.getByTestId('state-change-consequences')).toContainText('It becomes accepted again: its speakers confirm again in the speaker portal.');
  await page.screenshot({ path: test.info().outputPath('restore-confirm.png'), fullPage: true });
  await page.getByRole('button', { name: 'Restore session' }).click();
  await expect(page.getByTestId('sessions-notice')).toHaveText(`Restored “${title.confirmed}”: it is accepted again and waits off the grid to be placed.`);
  await expect(page.getByTestId(`row-${code.confirmed}`).getByRole('cell')).toContainText(['Accepted', 'Not scheduled', `Cancel… ${title.confirmed}`]);
  expect(await stateOf(code.confirmed)).toBe('ACCEPTED');

  const audit = await db.auditLogEntry.findMany({ where: { conference: { slug } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { action: true } });
  expect(audit.map((a) => a.action)).toEqual(['schedule.session.cancel', 'schedule.session.restore']);
  await context.close();
});
