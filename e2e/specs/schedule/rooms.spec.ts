// Rooms and day hours, in a conference of its own: an organizer adds a room (a bad seat count is refused next to the
// field, with what was typed kept), limits it to the afternoon of the first day, changes a day's hours, and reorders.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl } from '../../fixtures/mail.ts';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `rooms-e2e-${tag}`;
const organizerEmail = `organizer-${tag}@rooms.podium.test`;

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: `Rooms E2E ${tag}`, timeZone: 'Europe/Madrid', startDate: new Date('2031-06-03'), endDate: new Date('2031-06-04') },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: 'Rita Rooms', passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
  await db.room.create({ data: { conferenceId: conference.id, name: 'Main hall', capacity: 500, position: 1 } });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test('an organizer sets up rooms, their availability and the day hours', async ({ page }) => {
  await signInAndWait(page, organizerEmail);
  await page.goto(organizerUrl(`/${slug}/schedule/rooms`));
  await expect(page.getByRole('heading', { name: 'Rooms and days' })).toBeVisible();

  const add = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add room' }) });
  await add.getByLabel('Name').fill('Workshop room');
  await add.getByLabel('Seats').fill('-3');
  await add.getByRole('button', { name: 'Add room' }).click();
  await expect(add.getByTestId('error-capacity')).toHaveText('A whole number of seats from 1 to 100,000, or empty when unknown.');
  await expect(add.getByLabel('Name')).toHaveValue('Workshop room');
  await add.getByLabel('Seats').fill('30');
  await add.getByRole('button', { name: 'Add room' }).click();
  const room = page.getByTestId('room-Workshop room');
  await expect(room).toContainText('30 seats · available all days · 0 slot(s)');

  await room.locator('summary').click();
  const availability = room.locator('form').filter({ has: page.getByRole('button', { name: 'Save availability' }) });
  await availability.getByLabel('Available from').first().fill('14:00');
  await availability.getByLabel('until').first().fill('18:00');
  await availability.getByRole('button', { name: 'Save availability' }).click();
  await expect(room).toContainText('available 2031-06-03 14:00–18:00');

  await room.getByRole('button', { name: 'Move left' }).click();
  await expect(page.getByTestId('rooms').locator('li').first()).toContainText('Workshop room');

  const days = page.getByTestId('days-form');
  await days.getByLabel('To').first().fill('08:00');
  await days.getByRole('button', { name: 'Save day hours' }).click();
  await expect(days.getByTestId('error-day.2031-06-03.end')).toHaveText('The end must be after the start.');
  await days.getByLabel('To').first().fill('19:30');
  await days.getByRole('button', { name: 'Save day hours' }).click();
  await expect(days.getByTestId('form-message')).toHaveText('Day hours saved.');
  const day = await db.scheduleDay.findFirstOrThrow({ where: { conference: { slug }, date: new Date('2031-06-03') } });
  expect(day.end.toISOString()).toBe('2031-06-03T17:30:00.000Z'); // 19:30 in Madrid (UTC+2 in June)
});
