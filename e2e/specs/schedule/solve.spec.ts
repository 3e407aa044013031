// The automatic scheduler from the organizer's grid, in a partly scheduled conference of its own: Solve (place mode)
// shows its progress and then a proposal (outlined on the grid), Apply puts the cards on the grid as one step, Undo
// takes all of them off again (checked in the database too), and a second run is discarded without changing anything.
//
// The answer for U1 is forced: its speaker can only do 10:00–10:30 and it expects 80 people, more than Room Two seats,
// so the only place is Room One 10:00–10:30.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl } from '../../fixtures/mail.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

test.describe.configure({ mode: 'serial' });

let db: Db;
let conferenceId = '';
let roomOne = '';
let roomTwo = '';
const tag = randomBytes(3).toString('hex');
const slug = `solve-e2e-${tag}`;
const organizerEmail = `organizer-${tag}@solve.podium.test`;
const code = { p1: `SP1${tag}`.toUpperCase(), p2: `SP2${tag}`.toUpperCase(), u1: `SU1${tag}`.toUpperCase(), u2: `SU2${tag}`.toUpperCase() };
const title = { p1: `Opening the hypervisor ${tag}`, p2: `Small room chat ${tag}`, u1: `Crowded morning talk ${tag}`, u2: `Flexible afternoon talk ${tag}` };
// 09:00–11:00 in Madrid (UTC+2 in June).
const utc = (hhmm: string) => new Date(`2031-06-03T${String(Number(hhmm.slice(0, 2)) - 2).padStart(2, '0')}:${hhmm.slice(3)}:00Z`);

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: `Solve E2E ${tag}`, timeZone: 'Europe/Madrid', startDate: new Date('2031-06-03'), endDate: new Date('2031-06-03') },
  });
  conferenceId = conference.id;
  const organizer = await db.user.create({ data: { email: organizerEmail, name: 'Sol Organizer', passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId, role: 'ORGANIZER' } });
  await db.scheduleDay.create({ data: { conferenceId, date: new Date('2031-06-03'), start: utc('09:00'), end: utc('11:00') } });
  roomOne = (await db.room.create({ data: { conferenceId, name: 'Room One', capacity: 100, position: 1 } })).id;
  roomTwo = (await db.room.create({ data: { conferenceId, name: 'Room Two', capacity: 20, position: 2 } })).id;
  const version = await db.scheduleVersion.create({ data: { conferenceId, revision: 0 } });
  const type = await db.sessionType.create({ data: { conferenceId, name: 'Talk', defaultDurationMinutes: 30 } });
  const session = async (c: string, t: string, key: string, name: string, expectedAudience: number | null) => {
    const user = await db.user.create({ data: { email: `${key}-${tag}@speakers.podium.test`, name } });
    const speaker = await db.speakerProfile.create({ data: { conferenceId, userId: user.id, code: `${key}${tag}`.toUpperCase() } });
    const submission = await db.submission.create({
      data: { conferenceId, code: c, title: t, state: 'CONFIRMED', submittedAt: new Date(), sessionTypeId: type.id, expectedAudience, speakers: { create: { speakerProfileId: speaker.id } } },
    });
    return { submission, speaker };
  };
  const p1 = await session(code.p1, title.p1, 'pia', 'Pia Placed', null);
  const p2 = await session(code.p2, title.p2, 'pol', 'Pol Placed', null);
  const u1 = await session(code.u1, title.u1, 'uma', 'Uma Early', 80);
  await session(code.u2, title.u2, 'ugo', 'Ugo Anytime', null);
  await db.scheduleSlot.create({ data: { versionId: version.id, submissionId: p1.submission.id, roomId: roomOne, start: utc('09:00'), end: utc('09:30') } });
  await db.scheduleSlot.create({ data: { versionId: version.id, submissionId: p2.submission.id, roomId: roomTwo, start: utc('09:00'), end: utc('09:30') } });
  await db.availability.create({ data: { speakerProfileId: u1.speaker.id, start: utc('10:00'), end: utc('10:30') } });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** code -> [room id, start, end] of the work-in-progress schedule, or null when unscheduled. */
async function placements(): Promise<Record<string, [string, string, string] | null>> {
  const subs = await db.submission.findMany({ where: { conferenceId }, select: { code: true, slots: { where: { version: { releasedAt: null } } } } });
  return Object.fromEntries(
    subs.map((s) => {
      const slot = s.slots[0];
      return [s.code, slot?.roomId && slot.start && slot.end ? [slot.roomId, slot.start.toISOString(), slot.end.toISOString()] : null];
    }),
  );
}

async function openGrid(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await signIn(page, organizerEmail);
  // Signing in hashes the password: slow on a busy machine.
  await expect(page.getByTestId('signed-in-as')).toBeVisible({ timeout: 30_000 });
  await page.goto(organizerUrl(`/${slug}/schedule`));
  await expect(page.getByRole('heading', { name: 'Schedule editor' })).toBeVisible();
  return page;
}

async function runPlaceMode(page: Page) {
  await page.getByRole('button', { name: 'Solve…' }).click();
  const panel = page.getByTestId('solve-panel');
  await expect(panel.getByRole('heading', { name: 'Automatic scheduler' })).toBeFocused();
  await panel.getByRole('radio', { name: /Place unscheduled/ }).check();
  await panel.getByLabel('Time limit (seconds)').fill('10');
  await panel.getByRole('button', { name: 'Start' }).click();
  // The worker thread needs a moment to start: the running state shows first, then the proposal.
  await expect(page.getByTestId('solve-preview')).toBeVisible({ timeout: 40_000 });
  await expect(page.getByTestId('live-region')).toHaveText(/^The automatic scheduler finished: 2 sessions placed\. Review the proposal, then apply or discard it\.$/);
  return panel;
}

test('solve places the unscheduled sessions, apply puts them on the grid, undo takes all of them off again', async ({ browser }) => {
  test.setTimeout(120_000);
  const initial = await placements();
  expect(initial).toEqual({
    [code.p1]: [roomOne, utc('09:00').toISOString(), utc('09:30').toISOString()],
    [code.p2]: [roomTwo, utc('09:00').toISOString(), utc('09:30').toISOString()],
    [code.u1]: null,
    [code.u2]: null,
  });
  const page = await openGrid(browser);
  await expect(page.getByTestId(`unscheduled-${code.u1}`)).toBeVisible();
  await expect(page.getByTestId(`unscheduled-${code.u2}`)).toBeVisible();

  const panel = await runPlaceMode(page);
  await expect(panel.getByRole('heading', { name: 'Proposal: 2 sessions placed.' })).toBeFocused();
  const placed = page.getByTestId('solve-placed-list');
  await expect(placed.locator(`[data-code="${code.u1}"]`)).toHaveText(`${title.u1}→ Room One, Tue 3 Jun 10:00–10:30`);
  await expect(placed.locator('li')).toHaveCount(2);
  // The proposal is outlined on the grid before anything changes.
  await expect(page.getByTestId(`preview-${code.u1}`)).toHaveAttribute('data-start', '10:00');
  await expect(page.getByTestId('column-0').getByTestId(`preview-${code.u1}`)).toBeVisible();
  await expect(page.getByTestId(`card-${code.u1}`)).toHaveCount(0);
  expect(await placements()).toEqual(initial);
  await page.screenshot({ path: test.info().outputPath('solve-preview.png'), fullPage: true });

  // Apply: both cards on the grid, U1 exactly in Room One 10:00–10:30, nothing left unscheduled.
  await panel.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('solve-panel')).toHaveCount(0);
  await expect(page.getByTestId('live-region')).toHaveText('Applied the automatic schedule (Place unscheduled): 2 sessions changed. Undo reverts all of it.');
  const card = page.getByTestId(`card-${code.u1}`);
  await expect(card).toHaveAttribute('data-room', 'Room One');
  await expect(card).toHaveAttribute('data-start', '10:00');
  await expect(card).toHaveAttribute('data-end', '10:30');
  await expect(page.getByTestId(`card-${code.u2}`)).toBeVisible();
  await expect(page.getByTestId('unscheduled').getByText('Every session is on the grid.')).toBeVisible();
  await expect(page.getByTestId('revision')).toHaveText('Revision 1');
  const applied = await placements();
  expect([applied[code.p1], applied[code.p2], applied[code.u1]]).toEqual([initial[code.p1], initial[code.p2], [roomOne, utc('10:00').toISOString(), utc('10:30').toISOString()]]);
  expect(applied[code.u2]).not.toBe(null);
  await page.screenshot({ path: test.info().outputPath('solve-applied.png'), fullPage: true });

  // Undo reverts the whole apply in one step: the grid and the database are back where they were.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('live-region')).toHaveText('Undid the automatic schedule (Place unscheduled): 2 sessions back where they were.');
  await expect(page.getByTestId(`card-${code.u1}`)).toHaveCount(0);
  await expect(page.getByTestId(`card-${code.u2}`)).toHaveCount(0);
  await expect(page.getByTestId(`unscheduled-${code.u1}`)).toBeVisible();
  await expect(page.getByTestId(`unscheduled-${code.u2}`)).toBeVisible();
  await expect(page.getByTestId(`card-${code.p1}`)).toHaveAttribute('data-start', '09:00');
  await expect(page.getByTestId('revision')).toHaveText('Revision 2');
  expect(await placements()).toEqual(initial);

  // The log shows the apply and its undo as one entry each.
  await page.getByText('Recent changes', { exact: true }).click();
  await expect(page.getByTestId('audit-item')).toHaveCount(2);
  await expect(page.getByTestId('audit-item').nth(0)).toContainText('Changed several sessions at once: 2 sessions changed');
  await expect(page.getByTestId('audit-item').nth(1)).toContainText('Applied the automatic scheduler (place unscheduled): 2 sessions changed');
  await page.context().close();
});

test('a proposal comes back after a reload; discarded, it changes nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  const before = await placements();
  const page = await openGrid(browser);
  await runPlaceMode(page);
  // A proposal waiting for a decision comes back with the page.
  await page.reload();
  const panel = page.getByTestId('solve-panel');
  await expect(panel.getByTestId('solve-preview')).toBeVisible();
  await expect(page.getByTestId(`preview-${code.u1}`)).toHaveAttribute('data-start', '10:00');
  await panel.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByTestId('solve-panel')).toHaveCount(0);
  await expect(page.getByTestId('live-region')).toHaveText('Discarded the proposal; the schedule is unchanged.');
  await expect(page.getByRole('button', { name: 'Solve…' })).toBeFocused();
  await expect(page.getByTestId(`unscheduled-${code.u1}`)).toBeVisible();
  await expect(page.getByTestId(`preview-${code.u1}`)).toHaveCount(0);
  expect(await placements()).toEqual(before);
  const runs = await db.solverRun.findMany({ where: { conferenceId }, orderBy: { createdAt: 'asc' }, select: { state: true, mode: true } });
  expect(runs).toEqual([
    { state: 'APPLIED', mode: 'place' },
    { state: 'DISCARDED', mode: 'place' },
  ]);
  // After a reload nothing reopens: the discarded run is done with.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Schedule editor' })).toBeVisible();
  await expect(page.getByTestId('solve-panel')).toHaveCount(0);
  await page.context().close();
});
