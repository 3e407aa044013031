// The schedule editor grid, in a conference of its own (the demo conference's seed stays untouched): an organizer
// drags sessions onto the grid (saved across reloads), sees a speaker's double booking on both cards, has the same
// kind of drop refused once that conflict blocks, moves a card by keyboard alone, and two open grids moving the same
// session end with the second one told the schedule changed — nothing lost.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl } from '../../fixtures/mail.ts';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

test.describe.configure({ mode: 'serial' });

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `schedule-e2e-${tag}`;
const organizerEmail = `organizer-${tag}@schedule.podium.test`;
const code = { a: `SA${tag}`.toUpperCase(), b: `SB${tag}`.toUpperCase(), c: `SC${tag}`.toUpperCase() };
const title = { a: `Scheduling vCPUs fairly ${tag}`, b: `Live migration at scale ${tag}`, c: `Virtio GPU in practice ${tag}` };

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: {
      slug,
      name: `Schedule E2E ${tag}`,
      timeZone: 'Europe/Madrid',
      startDate: new Date('2031-06-03'),
      endDate: new Date('2031-06-04'),
      // Double bookings only warn at first; the test makes them block through the settings.
      conflictSeverities: { speaker_double_booked: 'warn' },
    },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: 'Ona Organizer', passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
  // 09:00–18:00 in Madrid (UTC+2 in June).
  for (const date of ['2031-06-03', '2031-06-04']) {
    await db.scheduleDay.create({ data: { conferenceId: conference.id, date: new Date(date), start: new Date(`${date}T07:00:00Z`), end: new Date(`${date}T16:00:00Z`) } });
  }
  await db.room.create({ data: { conferenceId: conference.id, name: 'Room One', capacity: 200, position: 1 } });
  await db.room.create({ data: { conferenceId: conference.id, name: 'Room Two', capacity: 80, position: 2 } });
  await db.scheduleVersion.create({ data: { conferenceId: conference.id, revision: 0 } });
  const track = await db.track.create({ data: { conferenceId: conference.id, name: 'Hypervisors', color: '#1d4ed8' } });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const speaker = async (name: string, key: string) => {
    const user = await db.user.create({ data: { email: `${key}-${tag}@speakers.podium.test`, name } });
    return db.speakerProfile.create({ data: { conferenceId: conference.id, userId: user.id, code: `${key}${tag}`.toUpperCase() } });
  };
  const sam = await speaker('Sam Shared', 'sam');
  const tess = await speaker('Tess Solo', 'tess');
  const session = (c: string, t: string, state: 'CONFIRMED' | 'ACCEPTED', speakerId: string, trackId: string | null) =>
    db.submission.create({
      data: { conferenceId: conference.id, code: c, title: t, state, submittedAt: new Date(), sessionTypeId: type.id, trackId, speakers: { create: { speakerProfileId: speakerId } } },
    });
  await session(code.a, title.a, 'CONFIRMED', sam.id, track.id);
  // No track: the only conflict of A and B side by side is their shared speaker.
  await session(code.b, title.b, 'CONFIRMED', sam.id, null);
  await session(code.c, title.c, 'ACCEPTED', tess.id, track.id);
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

const card = (page: Page, c: string) => page.getByTestId(`card-${c}`);

test('drag onto the grid, conflicts on both cards, a blocking conflict refuses the drop, keyboard move', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await openGrid(browser);
  await expect(page.getByTestId(`unscheduled-${code.c}`)).toContainText('not confirmed');

  // Drag an unscheduled session onto Room One at 09:00; it is saved.
  await page.getByTestId(`unscheduled-${code.a}`).dragTo(page.getByTestId('cell-0-09:00'));
  await expect(card(page, code.a)).toHaveAttribute('data-start', '09:00');
  await expect(page.getByTestId(`unscheduled-${code.a}`)).toHaveCount(0);
  await page.reload();
  await expect(card(page, code.a)).toHaveAttribute('data-room', 'Room One');
  await expect(card(page, code.a)).toHaveAttribute('data-start', '09:00');
  await expect(card(page, code.a)).toHaveAttribute('data-end', '09:30');

  // The same speaker's other talk at an overlapping time in Room Two: both cards show the double booking.
  await page.getByTestId(`unscheduled-${code.b}`).dragTo(page.getByTestId('cell-1-09:15'));
  await expect(card(page, code.b)).toHaveAttribute('data-start', '09:15');
  await expect(card(page, code.b)).toHaveAttribute('data-conflict-kinds', 'speaker_double_booked');
  await expect(card(page, code.a)).toHaveAttribute('data-conflict-kinds', 'speaker_double_booked');
  await expect(page.getByTestId(`conflict-badge-${code.a}`)).toHaveText('⚠ 1');
  await expect(page.getByTestId('conflict-item')).toHaveText([/Sam Shared is booked twice at once/]);
  await page.screenshot({ path: test.info().outputPath('grid-with-conflict.png'), fullPage: true });

  // Dragged back to the sidebar: unscheduled.
  await card(page, code.b).dragTo(page.getByTestId('unscheduled'));
  await expect(page.getByTestId(`unscheduled-${code.b}`)).toBeVisible();
  await expect(card(page, code.b)).toHaveCount(0);
  await expect(card(page, code.a)).toHaveAttribute('data-conflict-kinds', '');

  // Double bookings now block: the same drop is refused with the reason, and nothing moves.
  await page.getByText('Conflict settings', { exact: true }).click();
  await page.getByLabel('Speaker double-booked').selectOption('block');
  await page.getByRole('button', { name: 'Save conflict settings' }).click();
  await expect(page.getByTestId('settings-status')).toHaveText('Conflict settings saved.');
  const revision = await page.getByTestId('revision').textContent();
  await page.getByTestId(`unscheduled-${code.b}`).dragTo(page.getByTestId('cell-1-09:15'));
  await expect(page.getByTestId('schedule-alert')).toContainText('This move is refused: Sam Shared is booked twice at once');
  await expect(card(page, code.b)).toHaveCount(0);
  await expect(page.getByTestId(`unscheduled-${code.b}`)).toBeVisible();
  await expect(page.getByTestId('revision')).toHaveText(revision ?? '');

  // Keyboard only: focus the card, pick it up, four steps of 15 minutes down, drop.
  await card(page, code.a).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-region')).toContainText(`Picked up ${title.a}. Use arrow keys to move, Enter to drop, Escape to cancel.`);
  await expect(card(page, code.a)).toHaveAttribute('aria-pressed', 'true');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('ghost')).toContainText('10:00');
  await page.screenshot({ path: test.info().outputPath('grid-picked-up-by-keyboard.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-region')).toHaveText(`Moved ${title.a} to Room One, 10:00–10:30.`);
  await expect(card(page, code.a)).toHaveAttribute('data-start', '10:00');
  await expect(card(page, code.a)).toBeFocused();
  // Undo puts it back through the same API; redo moves it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, code.a)).toHaveAttribute('data-start', '09:00');
  await card(page, code.a).focus();
  await page.keyboard.press('Control+Shift+Z');
  await expect(card(page, code.a)).toHaveAttribute('data-start', '10:00');
  await page.reload();
  await expect(card(page, code.a)).toHaveAttribute('data-start', '10:00');
  await expect(card(page, code.a)).toHaveAttribute('data-room', 'Room One');
  await page.context().close();
});

test('two open grids: the second move on a stale grid is refused and the first one is kept', async ({ browser }) => {
  test.setTimeout(90_000);
  const first = await openGrid(browser);
  const second = await openGrid(browser);
  await expect(card(second, code.a)).toHaveAttribute('data-start', '10:00');

  // The second organizer picks the card up by keyboard (the grid does not refresh under a card in hand)...
  await card(second, code.a).focus();
  await second.keyboard.press('Enter');
  await expect(card(second, code.a)).toHaveAttribute('aria-pressed', 'true');
  // ...while the first one drags it to Room Two at 11:00.
  await card(first, code.a).dragTo(first.getByTestId('cell-1-11:00'));
  await expect(card(first, code.a)).toHaveAttribute('data-room', 'Room Two');
  await expect(card(first, code.a)).toHaveAttribute('data-start', '11:00');

  await second.keyboard.press('ArrowDown');
  await second.keyboard.press('Enter');
  await expect(second.getByTestId('schedule-alert')).toContainText('The schedule changed since you loaded it');
  // The grid refreshed: the first move is there.
  await expect(card(second, code.a)).toHaveAttribute('data-room', 'Room Two');
  await expect(card(second, code.a)).toHaveAttribute('data-start', '11:00');
  await first.reload();
  await expect(card(first, code.a)).toHaveAttribute('data-room', 'Room Two');
  await expect(card(first, code.a)).toHaveAttribute('data-start', '11:00');

  // Other open grids see a move within a few seconds, without reloading.
  await first.getByTestId(`unscheduled-${code.c}`).dragTo(first.getByTestId('cell-0-09:30'));
  await expect(card(first, code.c)).toContainText('not confirmed');
  await expect(card(second, code.c)).toHaveAttribute('data-start', '09:30', { timeout: 8_000 });
  await expect(second.getByTestId(`unscheduled-${code.c}`)).toHaveCount(0);
});
