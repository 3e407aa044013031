// Breaks, pins and the audit panel of the schedule editor, in a conference of its own: the organizer adds lunch across
// all rooms (a hatched bar in every room), a session placed over it shows the break_overlap warning, pinning it by
// keyboard survives a reload, and "Recent changes" lists the pin and the move.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl } from '../../fixtures/mail.ts';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

test.describe.configure({ mode: 'serial' });

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `blocks-e2e-${tag}`;
const organizerEmail = `organizer-${tag}@blocks.podium.test`;
const code = `BL${tag}`.toUpperCase();
const title = `Memory ballooning revisited ${tag}`;

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: `Blocks E2E ${tag}`, timeZone: 'Europe/Madrid', startDate: new Date('2031-06-03'), endDate: new Date('2031-06-03') },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: 'Olga Organizer', passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
  // 09:00–18:00 in Madrid (UTC+2 in June).
  await db.scheduleDay.create({ data: { conferenceId: conference.id, date: new Date('2031-06-03'), start: new Date('2031-06-03T07:00:00Z'), end: new Date('2031-06-03T16:00:00Z') } });
  for (const [i, name] of ['Room One', 'Room Two', 'Room Three'].entries()) await db.room.create({ data: { conferenceId: conference.id, name, capacity: 100, position: i + 1 } });
  await db.scheduleVersion.create({ data: { conferenceId: conference.id, revision: 0 } });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const user = await db.user.create({ data: { email: `bea-${tag}@speakers.podium.test`, name: 'Bea Balloon' } });
  const speaker = await db.speakerProfile.create({ data: { conferenceId: conference.id, userId: user.id, code: `BEA${tag}`.toUpperCase() } });
  await db.submission.create({
    data: { conferenceId: conference.id, code, title, state: 'CONFIRMED', submittedAt: new Date(), sessionTypeId: type.id, speakers: { create: { speakerProfileId: speaker.id } } },
  });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

async function openGrid(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndWait(page, organizerEmail);
  await page.goto(organizerUrl(`/${slug}/schedule`));
  await expect(page.getByRole('heading', { name: 'Schedule editor' })).toBeVisible();
  return page;
}

test('lunch across all rooms, a session over it warns, pin survives a reload, the audit lists pin and move', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await openGrid(browser);
  const breaks = page.getByTestId('breaks-panel');

  // A break without title or with the end before the start is refused next to the fields.
  await breaks.getByLabel('Starts (HH:MM)').fill('13:00');
  await breaks.getByLabel('Ends (HH:MM)').fill('12:00');
  await breaks.getByRole('button', { name: 'Add break' }).click();
  await expect(page.getByTestId('block-error-title')).toHaveText('A title is required.');
  await expect(page.getByTestId('block-error-end')).toHaveText('The end must be after the start.');

  await breaks.getByLabel('Break title').fill('Lunch');
  await breaks.getByLabel('Starts (HH:MM)').fill('12:00');
  await breaks.getByLabel('Ends (HH:MM)').fill('13:00');
  await breaks.getByRole('button', { name: 'Add break' }).click();
  await expect(page.getByTestId('break-status')).toHaveText('Added “Lunch” 12:00–13:00.');
  for (const room of [0, 1, 2]) await expect(page.getByTestId(`block-bar-${room}`)).toHaveText('Lunch');
  await expect(page.getByTestId('break-item')).toHaveText([/Lunch12:00–13:00all rooms/]);

  // A session dropped at 12:30 in Room Two overlaps lunch: placed, with a warning on its card.
  await page.getByTestId(`unscheduled-${code}`).dragTo(page.getByTestId('cell-1-12:30'));
  const card = page.getByTestId(`card-${code}`);
  await expect(card).toHaveAttribute('data-start', '12:30');
  await expect(card).toHaveAttribute('data-conflict-kinds', 'break_overlap');
  await expect(page.getByTestId(`conflict-badge-${code}`)).toHaveText('⚠ 1');

  // Pin it by keyboard: announced, marked, and still pinned after a reload.
  await card.focus();
  await page.keyboard.press('p');
  await expect(page.getByTestId('live-region')).toHaveText(`Pinned ${title}.`);
  await expect(page.getByTestId(`pinned-${code}`)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId(`pinned-${code}`)).toBeVisible();
  await expect(page.getByTestId(`card-${code}`)).toHaveAttribute('aria-label', new RegExp(`, pinned, 1 conflicts`));
  await page.screenshot({ path: test.info().outputPath('grid-with-lunch.png'), fullPage: true });

  // Recent changes: newest first — the pin, the move, the break.
  await page.getByText('Recent changes', { exact: true }).click();
  await expect(page.getByTestId('audit-item')).toHaveCount(3);
  await expect(page.getByTestId('audit-item').nth(0)).toContainText(`Olga Organizer`);
  await expect(page.getByTestId('audit-item').nth(0)).toContainText(`Pinned ${title}`);
  await expect(page.getByTestId('audit-item').nth(1)).toContainText(`Moved ${title}: unscheduled → Room Two 12:30–13:00`);
  await expect(page.getByTestId('audit-item').nth(2)).toContainText('Added break “Lunch” 12:00–13:00');

  // Deleting the break removes the bars and the warning.
  await page.getByRole('button', { name: 'Delete “Lunch”' }).click();
  await expect(page.getByTestId('block-bar-0')).toHaveCount(0);
  await expect(page.getByTestId(`card-${code}`)).toHaveAttribute('data-conflict-kinds', '');
  await page.context().close();
});
