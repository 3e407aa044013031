// The intake half of Podium in one go, as the CFP issue's acceptance describes it: a new speaker signs up, submits a
// proposal with a co-speaker and custom answers, edits it and sees it; a reviewer assigned by the automatic assignment
// scores it blind; an organizer accepts it from the ranking; the acceptance mail arrives at the test SMTP server; the
// speaker confirms; the session is then ready for scheduling. It runs in a conference of its own, so its review phase
// and question cannot disturb the other specs.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDb, type Db } from '@podium/db';
import { e2eDatabaseUrl, waitForMail } from '../../fixtures/mail.ts';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { teamInvitePath } from '../../fixtures/team-invite.ts';
import { organizerUrl, publicUrl } from '../../fixtures/urls.ts';
import { fillSignUp } from '../speaker/support.ts';

const tag = randomBytes(3).toString('hex');
const slug = `acceptance-${tag}`;
const conferenceName = `Acceptance Conf ${tag}`;
const organizerEmail = `organizer-${tag}@acceptance.podium.test`;
const reviewerEmail = `reviewer-${tag}@acceptance.podium.test`;
const speaker = { name: `Paula Proposer ${tag}`, email: `paula-${tag}@speakers.podium.test`, password: 'paula-pass-123' };
const coSpeaker = { name: `Quentin Cospeaker ${tag}`, email: `quentin-${tag}@speakers.podium.test`, password: 'quentin-pass-123' };
const question = `Have you given this talk before? ${tag}`;

let db: Db;

test.beforeAll(async () => {
  db = createDb(e2eDatabaseUrl(), { max: 2 });
  // Staff accounts with the demo password ("podium-demo"); the speakers sign up themselves.
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: 'organizer@podium.test' } });
  const conference = await db.conference.create({
    data: { slug, name: conferenceName, location: 'Barcelona', timeZone: 'Europe/Madrid', startDate: new Date('2031-11-05'), endDate: new Date('2031-11-07'), cfpText: 'Tell us about **your** work.' },
  });
  const organizer = await db.user.create({ data: { email: organizerEmail, name: `Olivia Organizer ${tag}`, passwordHash } });
  await db.membership.create({ data: { userId: organizer.id, conferenceId: conference.id, role: 'ORGANIZER' } });
  await db.user.create({ data: { email: reviewerEmail, name: `Rafael Reviewer ${tag}`, passwordHash } });
  await db.track.create({ data: { conferenceId: conference.id, name: 'Storage', color: '#0f766e' } });
  await db.sessionType.create({ data: { conferenceId: conference.id, name: 'Talk', defaultDurationMinutes: 30 } });
  await db.question.create({ data: { conferenceId: conference.id, target: 'PROPOSAL', kind: 'BOOLEAN', label: question, required: true } });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('from sign-up to a confirmed session ready for scheduling', async ({ browser }) => {
  test.setTimeout(180_000);

  // 1. A new speaker signs up from the call for papers and writes a proposal with the custom answer.
  const paula = await newPage(browser);
  await paula.goto(publicUrl(`/${slug}/cfp`));
  await expect(paula.getByTestId('cfp-status')).toContainText('The call for papers is open');
  await paula.getByTestId('submit-proposal').click();
  await fillSignUp(paula, speaker);
  await expect(paula).toHaveURL(publicUrl(`/${slug}/me/proposals/new`));
  await paula.getByLabel('Title').fill('Thin provisioning at scale');
  await paula.getByLabel('Session type').selectOption({ label: 'Talk (30 min)' });
  await paula.getByLabel('Track').selectOption({ label: 'Storage' });
  await paula.getByLabel('Abstract').fill('How we keep a petabyte of guest disks thin without surprises.');
  await paula.getByRole('group', { name: question }).getByLabel('Yes').check();
  await paula.getByTestId('submit').click();
  await expect(paula.getByTestId('proposal-state')).toHaveText('Submitted');
  const code = /proposals\/([A-Z0-9]{6})/.exec(paula.url())![1]!;

  // 2. She invites a co-speaker, who signs up through the link (taken from the outbox, as the mail carries it).
  await paula.getByLabel('Invite a co-speaker by email').fill(coSpeaker.email);
  await paula.getByTestId('send-invite').click();
  await expect(paula.getByTestId('invites')).toContainText(`${coSpeaker.email} — waiting`);
  const invite = await db.outboxMail.findFirstOrThrow({ where: { to: coSpeaker.email, templateKey: 'CO_SPEAKER_INVITE' } });
  const invitePath = /https?:\/\/[^/\s]+(\/invites\/[A-Za-z0-9_-]+)/.exec(invite.body)![1]!;
  const quentin = await newPage(browser);
  await quentin.goto(publicUrl(invitePath));
  await quentin.getByRole('link', { name: 'Create an account to join' }).click();
  await fillSignUp(quentin, coSpeaker);
  await quentin.getByTestId('accept-invite').click();
  await expect(quentin.getByTestId('speakers')).toContainText(speaker.name);

  // 3. She edits it and sees it among her proposals.
  await paula.reload();
  await paula.getByLabel('Title').fill('Thin provisioning at petabyte scale');
  await paula.getByTestId('save-changes').click();
  await expect(paula.getByTestId('notice')).toHaveText('Changes saved.');
  await paula.goto(publicUrl(`/${slug}/me`));
  await expect(paula.getByTestId(`my-proposal-${code}`)).toContainText('Thin provisioning at petabyte scale');
  const title = 'Thin provisioning at petabyte scale';

  // 4. The organizer opens a blind review phase, adds a score category, invites the reviewer (who accepts), and assigns automatically.
  const org = await newPage(browser);
  await signInAndWait(org, organizerEmail);
  await org.goto(organizerUrl(`/${slug}/review/settings`));
  const phase = org.getByTestId('new-phase-form');
  await phase.getByLabel('Name', { exact: true }).fill('Blind review');
  await phase.getByLabel('Blind: hide speaker names and profiles from reviewers').check();
  await phase.getByRole('button', { name: 'Add phase' }).click();
  await expect(org.getByTestId('phases')).toContainText('running');
  const category = org.getByTestId('new-category-form');
  await category.getByLabel('Name', { exact: true }).fill('Relevance');
  await category.getByLabel('Lowest score', { exact: true }).fill('0');
  await category.getByLabel('Highest score', { exact: true }).fill('3');
  await category.getByRole('button', { name: 'Add category' }).click();
  await expect(org.getByTestId('categories')).toContainText('Relevance');
  const inviteForm = org.getByTestId('invite-reviewer-form');
  await inviteForm.getByLabel('Email address').fill(reviewerEmail);
  await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  await expect(inviteForm.getByTestId('form-message')).toContainText(`Invitation sent to ${reviewerEmail}`);
  // The reviewer accepts the invitation (its link taken from the outbox, as the mail carries it).
  const rev = await newPage(browser);
  await signInAndWait(rev, reviewerEmail);
  await rev.goto(organizerUrl(await teamInvitePath(db, reviewerEmail)));
  await rev.getByRole('button', { name: 'Accept: join as reviewer' }).click();
  await expect(rev.getByRole('heading', { name: 'Proposals to review' })).toBeVisible();
  const auto = org.getByTestId('auto-assign-form');
  await auto.getByLabel('Reviews per proposal').fill('1');
  await auto.getByRole('button', { name: 'Assign automatically' }).click();
  await expect(org.getByTestId(`assignment-${code}`)).toContainText(`Rafael Reviewer ${tag}`);

  // 5. The reviewer scores it without seeing who proposed it.
  await rev.goto(organizerUrl(`/${slug}/review`));
  await expect(rev.getByTestId(`review-row-${code}`)).toContainText('assigned to you');
  await rev.getByRole('link', { name: title }).click();
  await expect(rev.getByTestId('speakers-hidden')).toHaveText('Hidden: this review phase is blind.');
  const html = await rev.content();
  for (const secret of [speaker.name, speaker.email, coSpeaker.name, coSpeaker.email]) expect(html, `"${secret}" leaked`).not.toContain(secret);
  await rev.getByTestId('score-Relevance').getByText('3', { exact: true }).click();
  await rev.getByRole('button', { name: 'Save review' }).click();
  await expect(rev.getByTestId('form-message')).toHaveText('Your review is saved.');

  // 6. The organizer accepts it from the ranking and sends the outbox; the acceptance mail reaches the SMTP server.
  await org.goto(organizerUrl(`/${slug}/review/ranking`));
  await expect(org.getByTestId(`mean-${code}`)).toHaveText('3');
  await org.getByTestId(`rank-row-${code}`).getByRole('button', { name: `Accept ${title}` }).click();
  await expect(org.getByTestId(`state-${code}`)).toHaveText('Accepted');
  await org.goto(organizerUrl(`/${slug}/mail`));
  await org.getByRole('button', { name: /Send all pending/ }).click();
  const accepted = await waitForMail({ to: speaker.email, subjectIncludes: 'was accepted' });
  expect(accepted.subject).toBe(`[${conferenceName}] Your proposal "${title}" was accepted`);
  expect(accepted.text).toContain(`/${slug}/me/proposals/${code}`);
  await waitForMail({ to: coSpeaker.email, subjectIncludes: 'was accepted' });

  // 7. The speaker follows the mail's link and confirms.
  const link = /https?:\/\/[^/\s]+(\/\S+)/.exec(accepted.text)![1]!;
  await paula.goto(publicUrl(link));
  await paula.getByTestId('confirm').click();
  await expect(paula.getByTestId('proposal-state')).toHaveText('Confirmed');

  // 8. Ready for scheduling: confirmed, not yet placed, in the organizer's session list.
  await org.goto(organizerUrl(`/${slug}/sessions`));
  await expect(org.getByTestId(`row-${code}`)).toContainText('Confirmed');
  await expect(org.getByTestId(`row-${code}`)).toContainText('Not scheduled');
  await expect(org.getByTestId(`row-${code}`)).toContainText(speaker.name);
  await expect(org.getByTestId(`row-${code}`)).toContainText(coSpeaker.name);
});
