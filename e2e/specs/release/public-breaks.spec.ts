// Breaks on the public schedule, in a conference of its own (the demo seed has no breaks): a release with a coffee break
// across all rooms and a demo in one room. The grid draws the coffee break as a muted row across both rooms and the
// demo in its room only, the list has them between the sessions (also on a phone), it all works without JavaScript,
// and axe finds no serious or critical violation. A break added after the release stays off the public schedule.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createDb, releaseSchedule, type Db } from '@podium/db';
import { e2eDatabaseUrl } from '../../fixtures/mail.ts';
import { publicUrl } from '../../fixtures/urls.ts';

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `breaks-e2e-${tag}`;
const T = tag.toUpperCase();
const code = { a: `BA${T}`, b: `BB${T}`, c: `BC${T}` };

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  const conference = await db.conference.create({
    data: { slug, name: `Breaks E2E ${tag}`, timeZone: 'Europe/Madrid', startDate: new Date('2031-06-03'), endDate: new Date('2031-06-03') },
  });
  // 09:00–18:00 in Madrid (UTC+2 in June).
  await db.scheduleDay.create({ data: { conferenceId: conference.id, date: new Date('2031-06-03'), start: new Date('2031-06-03T07:00:00Z'), end: new Date('2031-06-03T16:00:00Z') } });
  const one = await db.room.create({ data: { conferenceId: conference.id, name: 'Room One', capacity: 200, position: 1 } });
  const two = await db.room.create({ data: { conferenceId: conference.id, name: 'Room Two', capacity: 80, position: 2 } });
  const wip = await db.scheduleVersion.create({ data: { conferenceId: conference.id } });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const session = async (c: string, title: string, speaker: string, roomId: string, startUtc: string, endUtc: string) => {
    const user = await db.user.create({ data: { email: `${c.toLowerCase()}@speakers.podium.test`, name: speaker } });
    const profile = await db.speakerProfile.create({ data: { conferenceId: conference.id, userId: user.id, code: `P${c}`, bio: `${speaker} talks.`, approvedBio: `${speaker} talks.`, bioApprovedAt: new Date('2031-01-01') } });
    const s = await db.submission.create({
      data: { conferenceId: conference.id, code: c, title, state: 'CONFIRMED', submittedAt: new Date(), sessionTypeId: type.id, speakers: { create: { speakerProfileId: profile.id } } },
    });
    await db.scheduleSlot.create({ data: { versionId: wip.id, submissionId: s.id, roomId, start: new Date(startUtc), end: new Date(endUtc) } });
  };
  await session(code.a, `Morning keynote ${tag}`, 'Ana Early', one.id, '2031-06-03T07:00:00Z', '2031-06-03T08:30:00Z');
  await session(code.b, `Parallel track ${tag}`, 'Ben Beside', two.id, '2031-06-03T07:00:00Z', '2031-06-03T08:30:00Z');
  await session(code.c, `After coffee ${tag}`, 'Cat Later', one.id, '2031-06-03T09:00:00Z', '2031-06-03T09:45:00Z');
  // Coffee 10:30–11:00 across all rooms; a sponsor demo 11:00–11:30 in Room Two only.
  await db.scheduleBlock.create({ data: { versionId: wip.id, title: 'Coffee break', start: new Date('2031-06-03T08:30:00Z'), end: new Date('2031-06-03T09:00:00Z'), allRooms: true } });
  await db.scheduleBlock.create({ data: { versionId: wip.id, title: 'Sponsor demo', start: new Date('2031-06-03T09:00:00Z'), end: new Date('2031-06-03T09:30:00Z'), allRooms: false, roomIds: [two.id] } });
  await releaseSchedule(db, { conferenceId: conference.id, name: '1.0', comment: 'With breaks.', userId: null, notifySpeakers: false });
  // Lunch added after the release: not public until the next one.
  await db.scheduleBlock.create({ data: { versionId: wip.id, title: 'Unreleased lunch', start: new Date('2031-06-03T11:00:00Z'), end: new Date('2031-06-03T12:00:00Z'), allRooms: true } });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** Serious and critical axe violations, as "rule: target" lines (empty when the page passes). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const gridBreaks = (page: Page) => page.getByTestId('grid-2031-06-03').locator('[data-testid^="grid-break-"]');
const listBreaks = (page: Page) => page.getByTestId('day-2031-06-03').locator('[data-testid^="list-break-"]');

test('the grid draws the released breaks as muted rows across their rooms, under the session times', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(publicUrl(`/${slug}/schedule?view=grid`));
  await expect(page.getByTestId(`session-${code.a}`)).toBeVisible();
  await expect(gridBreaks(page)).toHaveText(['Break: Coffee break 10:30–11:00', 'Break: Sponsor demo 11:00–11:30']);

  // Coffee spans both room columns; the demo only Room Two's; both sit between the sessions in time.
  const box = async (l: ReturnType<Page['locator']>) => (await l.boundingBox())!;
  const [coffee, demo] = [await box(gridBreaks(page).nth(0)), await box(gridBreaks(page).nth(1))];
  const [headOne, headTwo] = [await box(page.getByRole('link', { name: 'Room One', exact: true })), await box(page.getByRole('link', { name: 'Room Two', exact: true }))];
  const [keynote, after] = [await box(page.getByTestId(`session-${code.a}`)), await box(page.getByTestId(`session-${code.c}`))];
  expect(coffee.x).toBeLessThan(headOne.x);
  expect(coffee.x + coffee.width).toBeGreaterThan(headTwo.x + headTwo.width);
  expect(demo.x).toBeGreaterThan(headOne.x + headOne.width);
  expect([coffee.y >= keynote.y + keynote.height - 4, coffee.y + coffee.height <= after.y + 4]).toEqual([true, true]);
  await expect(page.getByText('Unreleased lunch')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('breaks-grid-desktop.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // The list: each break at its time, before the sessions starting then, with the rooms it takes.
  await page.goto(publicUrl(`/${slug}/schedule?view=list`));
  await expect(listBreaks(page)).toHaveText(['Break: Coffee break 10:30–11:00 · All rooms', 'Break: Sponsor demo 11:00–11:30 · Room Two']);
  const order = await page
    .getByTestId('day-2031-06-03')
    .locator('[data-testid^="list-"]')
    .evaluateAll((items) => items.map((i) => (i.getAttribute('data-testid') ?? '').replace(/^list-break-.*/, 'break')));
  expect(order).toEqual([`list-session-${code.a}`, `list-session-${code.b}`, 'break', 'break', `list-session-${code.c}`]);
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the default view (the list) shows the breaks between the sessions', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(publicUrl(`/${slug}/schedule`));
    await expect(listBreaks(page).first()).toBeVisible();
    await expect(listBreaks(page)).toHaveText(['Break: Coffee break 10:30–11:00 · All rooms', 'Break: Sponsor demo 11:00–11:30 · Room Two']);
    await page.screenshot({ path: test.info().outputPath('breaks-list-phone.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('grid and list are server-rendered with the breaks', async ({ page }) => {
    await page.goto(publicUrl(`/${slug}/schedule?view=grid`));
    await expect(gridBreaks(page)).toHaveText(['Break: Coffee break 10:30–11:00', 'Break: Sponsor demo 11:00–11:30']);
    await page.getByRole('link', { name: 'List' }).click();
    await expect(listBreaks(page)).toHaveText(['Break: Coffee break 10:30–11:00 · All rooms', 'Break: Sponsor demo 11:00–11:30 · Room Two']);
  });
});
