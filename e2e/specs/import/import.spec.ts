// Importing a schedule file in the organizer app, in a conference of its own: a file that is no schedule is refused
// with the reason; a small frab schedule.xml is previewed (nothing written yet), confirmed, and its sessions appear in
// the schedule editor's grid at their times; importing the same file again changes nothing.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl } from '../../fixtures/mail.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { organizerUrl } from '../../fixtures/urls.ts';

test.describe.configure({ mode: 'serial' });

let db: Db;
const tag = randomBytes(3).toString('hex');
const slug = `import-e2e-${tag}`;
const organizerEmail = `organizer-${tag}@import.podium.test`;

/**
 * A frab schedule.xml of 12 June 2031 in Madrid (UTC+2): a keynote and two talks in two rooms, with speakers. Their
 * codes are valid public codes (no I, O, 0 or 1), so the sessions keep them and the grid's cards can be found by them.
 */
const scheduleXml = `<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <version>1.0</version>
  <conference><acronym>importcon</acronym><title>ImportCon 2031</title><time_zone_name>Europe/Madrid</time_zone_name></conference>
  <day index="1" date="2031-06-12" start="2031-06-12T09:00:00+02:00" end="2031-06-12T18:00:00+02:00">
    <room name="Auditori" guid="2f0d7a52-3a51-4c3e-9b1c-6d2b0a7e4101">
      <event guid="9a1e5c3b-7d2f-4e8a-b6c4-1f3d5e7a9101" id="1" code="KEYNTE">
        <date>2031-06-12T10:00:00+02:00</date><start>10:00</start><duration>00:45</duration><room>Auditori</room>
        <title>Keynote: schedules that travel</title><type>Keynote</type><track>Main</track>
        <abstract>Why schedule files matter.</abstract>
        <persons><person id="501">Marta Vidal</person></persons>
      </event>
      <event guid="9a1e5c3b-7d2f-4e8a-b6c4-1f3d5e7a9102" id="2" code="MGRATE">
        <date>2031-06-12T11:00:00+02:00</date><start>11:00</start><duration>00:30</duration><room>Auditori</room>
        <title>Migrating from pentabarf</title><type>Talk</type><track>Main</track>
        <persons><person id="502">Joan Puig</person><person id="501">Marta Vidal</person></persons>
      </event>
    </room>
    <room name="Sala Petita" guid="2f0d7a52-3a51-4c3e-9b1c-6d2b0a7e4102">
      <event guid="9a1e5c3b-7d2f-4e8a-b6c4-1f3d5e7a9103" id="3" code="WRKSHP">
        <date>2031-06-12T11:00:00+02:00</date><start>11:00</start><duration>01:00</duration><room>Sala Petita</room>
        <title>Workshop: exporting to c3voc</title><type>Workshop</type><track>Hands-on</track>
        <persons><person id="503">Laia Serra</person></persons>
      </event>
    </room>
  </day>
</schedule>
`;

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: `Import E2E ${tag}`, timeZone: 'Europe/Madrid', startDate: new Date('2031-06-12'), endDate: new Date('2031-06-12') },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: 'Irene Importer', passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test('an organizer previews a frab file, imports it, and finds its sessions in the schedule grid', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, organizerEmail);
  // The first sign-in of a freshly started server (scrypt, cold routes) can be slow on a loaded machine.
  await expect(page.getByTestId('signed-in-as')).toBeVisible({ timeout: 60_000 });
  await page.goto(organizerUrl(`/${slug}`));
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import a schedule' })).toBeVisible();
  const fileInput = page.getByLabel('Schedule file');

  // Not a schedule: refused with the reason, nothing imported.
  await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Remember to book the rooms.') });
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('form-message')).toHaveText(
    '"notes.txt" is neither XML nor JSON; expected frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON.',
  );

  // The preview: what would be created, nothing written yet.
  await page.getByLabel('Schedule file').setInputFiles({ name: 'importcon.xml', mimeType: 'application/xml', buffer: Buffer.from(scheduleXml) });
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('import-preview')).toHaveText('Preview of “importcon.xml”: nothing has been imported yet.');
  await expect(page.getByTestId('count-sessions')).toHaveText('Sessions300');
  await expect(page.getByTestId('count-speakers')).toHaveText('Speakers300');
  await expect(page.getByTestId('count-rooms')).toHaveText('Rooms200');
  expect(await db.submission.count({ where: { conference: { slug } } })).toBe(0);

  // Confirmed: imported, with the same counts.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-done')).toHaveText(`Imported into Import E2E ${tag}.`);
  await expect(page.getByTestId('count-sessions')).toHaveText('Sessions300');

  // The schedule editor places the sessions at their local times, in their rooms.
  await page.getByRole('link', { name: 'Open the schedule editor' }).click();
  await expect(page.getByRole('heading', { name: 'Schedule editor' })).toBeVisible();
  await expect(page.getByTestId('card-KEYNTE')).toContainText('Keynote: schedules that travel');
  await expect(page.getByTestId('card-KEYNTE')).toHaveAttribute('data-start', '10:00');
  await expect(page.getByTestId('card-MGRATE')).toHaveAttribute('data-start', '11:00');
  await expect(page.getByTestId('card-WRKSHP')).toHaveAttribute('data-start', '11:00');
  await expect(page.getByTestId('card-KEYNTE')).toHaveAttribute('data-room', 'Auditori');
  await expect(page.getByTestId('card-WRKSHP')).toHaveAttribute('data-room', 'Sala Petita');
  await expect(page.getByTestId('card-MGRATE')).toContainText('Joan Puig');

  // The same file again: everything is there already.
  await page.goto(organizerUrl(`/${slug}/import`));
  await page.getByLabel('Schedule file').setInputFiles({ name: 'importcon.xml', mimeType: 'application/xml', buffer: Buffer.from(scheduleXml) });
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Everything in the file is there already: nothing to change.');
  await expect(page.getByTestId('count-sessions')).toHaveText('Sessions003');
});
