import { expect, test, type APIRequestContext } from '@playwright/test';
import { signInAndWait } from '../../fixtures/sign-in.ts';
import { organizerUrl, publicUrl } from '../../fixtures/urls.ts';

// Straight at the HTTP API, as a script would: the server must refuse, whatever the UI shows.
const input = encodeURIComponent(JSON.stringify({ json: { slug: 'kvm-forum-2012' } }));
const procedures = ['organizer.overview', 'organizer.sessions'];

async function call(request: APIRequestContext, procedure: string) {
  const res = await request.get(organizerUrl(`/api/trpc/${procedure}?input=${input}`));
  return { status: res.status(), body: await res.text() };
}

test('anonymous callers get 401 and no organizer data', async ({ request }) => {
  for (const p of procedures) {
    const { status, body } = await call(request, p);
    expect(status, p).toBe(401);
    expect(body).not.toContain('Keynote Address');
    expect(body).not.toContain('CONFIRMED');
  }
});

for (const email of ['speaker@podium.test', 'reviewer@podium.test']) {
  test(`${email} gets 403 and no organizer data`, async ({ page }) => {
    await signInAndWait(page, email);
    for (const p of procedures) {
      const { status, body } = await call(page.request, p);
      expect(status, p).toBe(403);
      expect(body).not.toContain('Keynote Address');
    }
  });
}

test('an organizer gets the data (the same calls, so the refusals above are about the role)', async ({ page }) => {
  await signInAndWait(page, 'organizer@podium.test');
  const { status, body } = await call(page.request, 'organizer.sessions');
  expect(status).toBe(200);
  expect(body).toContain('Keynote Address');
});

test('a forged session cookie is not a session', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'podium-organizer.session-token', value: 'forged.jwt.value', url: organizerUrl('/') }]);
  const { status } = await call(context.request, 'organizer.overview');
  expect(status).toBe(401);
  await context.close();
});

test('the public app serves the agenda and the speaker portal API, and no staff procedure at all', async ({ request }) => {
  const agenda = await request.get(publicUrl(`/api/trpc/public.agenda?input=${input}`));
  expect(agenda.status()).toBe(200);
  expect(await agenda.text()).toContain('Keynote Address');
  for (const p of [...procedures, 'review.ranking', 'mail.outbox.list', 'schedule.grid']) {
    const res = await request.get(publicUrl(`/api/trpc/${p}?input=${input}`));
    expect(res.status(), p).toBe(404);
  }
});
