// Releasing the schedule, in a conference of its own (the demo seed stays untouched): release 1.0, then an organizer
// drags a session to another time in the grid and cancels another from the Sessions page (after its confirmation
// step), checks the release page (checklist, changes, preview) and releases 1.1 from it. The public changelog page and
// its Atom feed list exactly those two changes, and the moved session's speaker gets the release mail with the
// session's calendar file.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createDb, releaseSchedule, type Db } from '@podium/db';
import { e2eDatabaseUrl, waitForMail } from '../../fixtures/mail.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { organizerUrl, publicUrl } from '../../fixtures/urls.ts';

test.describe.configure({ mode: 'serial' });

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `release-e2e-${tag}`;
const name = `Release E2E ${tag}`;
const organizerEmail = `organizer-${tag}@release.podium.test`;
const T = tag.toUpperCase();
const code = { a: `MA${T}`, b: `MB${T}`, c: `MC${T}` };
const title = { a: `Moving target ${tag}`, b: `Called off ${tag}`, c: `Staying put ${tag}` };
const speakerEmail = { a: `ana-${tag}@speakers.podium.test`, b: `ben-${tag}@speakers.podium.test`, c: `cat-${tag}@speakers.podium.test` };

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name, timeZone: 'Europe/Madrid', startDate: new Date('2031-06-03'), endDate: new Date('2031-06-04') },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: 'Rita Releaser', passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
  // 09:00–18:00 in Madrid (UTC+2 in June).
  for (const date of ['2031-06-03', '2031-06-04']) {
    await db.scheduleDay.create({ data: { conferenceId: conference.id, date: new Date(date), start: new Date(`${date}T07:00:00Z`), end: new Date(`${date}T16:00:00Z`) } });
  }
  const one = await db.room.create({ data: { conferenceId: conference.id, name: 'Room One', capacity: 200, position: 1 } });
  const two = await db.room.create({ data: { conferenceId: conference.id, name: 'Room Two', capacity: 80, position: 2 } });
  const wip = await db.scheduleVersion.create({ data: { conferenceId: conference.id } });
  const type = await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  const approvedAt = new Date('2031-01-01T00:00:00Z');
  const session = async (c: string, t: string, speaker: string, email: string, roomId: string, startUtc: string, endUtc: string) => {
    const user = await db.user.create({ data: { email, name: speaker } });
    const profile = await db.speakerProfile.create({
      data: { conferenceId: conference.id, userId: user.id, code: `P${c}`, bio: `${speaker} talks.`, approvedBio: `${speaker} talks.`, bioApprovedAt: approvedAt },
    });
    const s = await db.submission.create({
      data: { conferenceId: conference.id, code: c, title: t, state: 'CONFIRMED', submittedAt: new Date(), sessionTypeId: type.id, speakers: { create: { speakerProfileId: profile.id } } },
    });
    await db.scheduleSlot.create({ data: { versionId: wip.id, submissionId: s.id, roomId, start: new Date(startUtc), end: new Date(endUtc) } });
  };
  await session(code.a, title.a, 'Ana Mover', speakerEmail.a, one.id, '2031-06-03T07:00:00Z', '2031-06-03T07:30:00Z');
  await session(code.b, title.b, 'Ben Gone', speakerEmail.b, two.id, '2031-06-03T07:00:00Z', '2031-06-03T07:30:00Z');
  await session(code.c, title.c, 'Cat Still', speakerEmail.c, one.id, '2031-06-03T08:00:00Z', '2031-06-03T08:30:00Z');
  // Release 1.0 as an import would (no mails, so only the 1.1 mail reaches the SMTP server).
  await releaseSchedule(db, { conferenceId: conference.id, name: '1.0', comment: 'First schedule.', userId: organizer.id, notifySpeakers: false });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test('move and cancel after 1.0, release 1.1 from the release page; the changelog, the feed and the speaker mail show it', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, organizerEmail);
  // scrypt on a busy two-core machine can take longer than the default 10 s.
  await expect(page.getByTestId('signed-in-as')).toBeVisible({ timeout: 30_000 });
  await page.goto(organizerUrl(`/${slug}/schedule`));
  await expect(page.getByRole('heading', { name: 'Schedule editor' })).toBeVisible();

  // Drag A from 09:00 to 11:00 in Room One; it is saved.
  const cardA = page.getByTestId(`card-${code.a}`);
  await expect(cardA).toHaveAttribute('data-start', '09:00');
  await cardA.dragTo(page.getByTestId('cell-0-11:00'));
  await expect(cardA).toHaveAttribute('data-start', '11:00');
  await expect(page.getByTestId(`card-${code.b}`)).toHaveAttribute('data-start', '09:00');

  // B is called off from the Sessions page: a confirmation step says what will happen, then it is cancelled and off the grid.
  await page.goto(organizerUrl(`/${slug}/sessions`));
  await page.getByTestId(`row-${code.b}`).getByRole('link', { name: `Cancel… ${title.b}` }).click();
  await expect(page.getByRole('heading', { name: 'Cancel this session?' })).toBeVisible();
  await expect(page.getByTestId('state-change-slot')).toHaveText('On the grid: Tue, 3 Jun 2031, 09:00–09:30 (Europe/Madrid), Room Two');
  await expect(page.getByTestId('state-change-consequences')).toContainText('Cancelling notifies nobody by itself: its speakers hear of it with the mail of that next release.');
  await page.screenshot({ path: test.info().outputPath('cancel-confirm.png'), fullPage: true });
  await page.getByRole('button', { name: 'Cancel session' }).click();
  await expect(page.getByTestId('sessions-notice')).toHaveText(`Cancelled “${title.b}”. It is off the grid; the next release lists it as cancelled.`);
  await expect(page.getByTestId(`row-${code.b}`).getByRole('cell')).toContainText(['Cancelled', 'Not scheduled', `Restore… ${title.b}`]);
  await expect(page.getByTestId(`restore-${code.b}`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('sessions-after-cancel.png'), fullPage: true });
  await page.goto(organizerUrl(`/${slug}/schedule`));
  await expect(page.getByTestId(`card-${code.a}`)).toHaveAttribute('data-start', '11:00');
  await expect(page.getByTestId(`card-${code.b}`)).toHaveCount(0);

  await page.getByTestId('release-link').click();
  await expect(page.getByRole('heading', { name: 'Release the schedule' })).toBeVisible();
  await expect(page.getByTestId('check-blocking')).toContainText('✓ none');
  await expect(page.getByTestId('changelog-to-be').locator('li')).toHaveCount(2);
  await expect(page.getByTestId(`change-moved-${code.a}`)).toHaveText(
    `${title.a} · Ana Mover — Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Room One →now Tue 3 Jun 2031, 11:00–11:30 (UTC+02:00), Room One`,
  );
  await expect(page.getByTestId(`change-cancelled-${code.b}`)).toHaveText(`${title.b} · Ben Gone — was Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Room Two`);
  await expect(page.getByTestId('preview')).toContainText('Preview');
  await expect(page.getByTestId('preview-day-2031-06-03').getByTestId(`session-${code.a}`)).toContainText('11:00–11:30');
  await expect(page.getByTestId('preview-day-2031-06-03').getByTestId(`session-${code.b}`)).toHaveCount(0);
  await expect(page.getByTestId('past-release-1.0')).toContainText('First schedule.');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('1.1');
  await page.getByLabel('Comment (public)').fill(`Moved ${title.a}; ${title.b} is cancelled.`);
  await page.screenshot({ path: test.info().outputPath('release-page.png'), fullPage: true });
  await page.getByRole('button', { name: 'Release', exact: true }).click();
  await expect(page.getByTestId('form-message')).toHaveText('Released 1.1: 1 moved, 1 cancelled. 2 mails to speakers queued in the outbox.');
  await expect(page.getByTestId('past-release-1.1')).toContainText('Rita Releaser');

  // The public changelog: exactly the two changes in 1.1, local times with the offset, and the feed in the head.
  const pub = await page.context().newPage();
  await pub.goto(publicUrl(`/${slug}/changelog`));
  await expect(pub.getByRole('heading', { name: 'Schedule changes' })).toBeVisible();
  await expect(pub.getByTestId('changes-1.1').locator('li')).toHaveCount(2);
  await expect(pub.getByTestId(`change-moved-${code.a}`)).toHaveText(
    `${title.a} · Ana Mover — Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Room One →now Tue 3 Jun 2031, 11:00–11:30 (UTC+02:00), Room One`,
  );
  await expect(pub.getByTestId(`change-cancelled-${code.b}`)).toHaveText(`${title.b} · Ben Gone — was Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Room Two`);
  await expect(pub.getByTestId('release-1.1')).toContainText(`Moved ${title.a}; ${title.b} is cancelled.`);
  await expect(pub.getByTestId('changes-1.0')).toHaveText('First release: 3 sessions.');
  await expect(pub.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', publicUrl(`/${slug}/changelog.atom`));
  await pub.screenshot({ path: test.info().outputPath('public-changelog.png'), fullPage: true });

  // The Atom feed: well-formed, one entry per release, 1.1 first with the same two changes.
  const feed = await request.get(publicUrl(`/${slug}/changelog.atom`));
  expect([feed.status(), feed.headers()['content-type']]).toEqual([200, 'application/atom+xml; charset=utf-8']);
  const xml = await feed.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml);
  expect(doc.feed.entry.map((e: { title: string; summary: string }) => [e.title, e.summary])).toEqual([
    ['Schedule 1.1', '1 moved, 1 cancelled'],
    ['Schedule 1.0', 'First release: 3 sessions'],
  ]);
  expect(doc.feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(publicUrl(`/${slug}/changelog.atom`));
  const content: string = doc.feed.entry[0].content['#text'];
  expect([...content.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual([
    `${title.a} — from Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Room One to Tue 3 Jun 2031, 11:00–11:30 (UTC+02:00), Room One`,
    `${title.b} — was Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Room Two`,
  ]);

  // The mail to A's speaker waits in the outbox; sent from the Mail page, it reaches the SMTP server with the .ics.
  await page.goto(organizerUrl(`/${slug}/mail`));
  await page.getByRole('button', { name: /Send all pending/ }).click();
  await expect(page.getByTestId('mail-notice')).toHaveText('Sent 2 mails.');
  const mail = await waitForMail({ to: speakerEmail.a, subjectIncludes: 'Schedule 1.1' });
  expect(mail.subject).toBe(`[${name}] Schedule 1.1: "${title.a}"`);
  expect(mail.text).toContain(`Your session has moved (it was on Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00), Room One); it now takes place:`);
  expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([[`${code.a.toLowerCase()}.ics`, 'text/calendar']]);
  const ics = mail.attachments[0]!.content.split('\r\n');
  const event = ics.slice(ics.indexOf('BEGIN:VEVENT'));
  expect(event.filter((l) => /^(DTSTART|DTEND|SUMMARY|LOCATION)[;:]/.test(l))).toEqual([
    'DTSTART;TZID=Europe/Madrid:20310603T110000',
    'DTEND;TZID=Europe/Madrid:20310603T113000',
    `SUMMARY:${title.a}`,
    'LOCATION:Room One',
  ]);

  // B's speaker is told it is cancelled, with the changelog link, and a calendar file that cancels the same event.
  const cancelled = await waitForMail({ to: speakerEmail.b, subjectIncludes: 'Schedule 1.1' });
  expect(cancelled.subject).toBe(`[${name}] Schedule 1.1: "${title.b}"`);
  expect(cancelled.text).toContain(
    `Your session has been cancelled and is no longer on the schedule. It was planned for:\n\n  ${title.b}\n  Tue 3 Jun 2031, 09:00–09:30 (UTC+02:00)\n  Room Two\n\n${publicUrl(`/${slug}/changelog#release-1.1`)}`,
  );
  const cancel = cancelled.attachments[0]!.content.split('\r\n');
  expect([cancel.find((l) => l.startsWith('METHOD:')), ...cancel.slice(cancel.indexOf('BEGIN:VEVENT')).filter((l) => /^(DTSTART|SEQUENCE|STATUS)[;:]/.test(l))]).toEqual([
    'METHOD:CANCEL',
    'DTSTART;TZID=Europe/Madrid:20310603T090000',
    'SEQUENCE:1',
    'STATUS:CANCELLED',
  ]);
});
