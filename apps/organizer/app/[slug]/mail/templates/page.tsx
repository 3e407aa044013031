import type { Metadata } from 'next';
import { MAIL_TEMPLATE_INFO, MAIL_TEMPLATE_KEYS, type MailTemplateKey } from '@podium/domain';
import { forPage, getApi } from '../../../../lib/server';
import { TopBar } from '../../../top-bar';
import { ConferenceNav } from '../../conference-nav';
import { resetTemplate } from '../actions';
import { formatInstant } from '../format';
import { MailHeader, Notice } from '../mail-header';
import { TemplateForm } from './template-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Mail templates' };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const asKey = (v: string | undefined) => ((MAIL_TEMPLATE_KEYS as readonly string[]).includes(v ?? '') ? (v as MailTemplateKey) : null);

export default async function TemplatesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const q = await searchParams;
  const path = `/${slug}/mail/templates`;
  const api = await getApi();
  const [{ user }, status, { templates }] = await Promise.all([
    forPage(api.organizer.myConferences(), path),
    forPage(api.mail.status({ slug }), path),
    forPage(api.mail.templates.list({ slug }), path),
  ]);
  const previews = await Promise.all(templates.map((t) => api.mail.templates.preview({ slug, key: t.key })));
  const saved = asKey(one(q.saved));
  const reset = asKey(one(q.reset));
  const notice = saved
    ? { text: `Saved “${MAIL_TEMPLATE_INFO[saved].label}”. Mails written from now on use it; mails already in the outbox keep their text.`, kind: 'ok' as const }
    : reset
      ? { text: `“${MAIL_TEMPLATE_INFO[reset].label}” is back to the default wording.`, kind: 'ok' as const }
      : one(q.error)
        ? { text: 'That did not work; please try again.', kind: 'error' as const }
        : { text: null, kind: 'ok' as const };

  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={status.conference.name} current="mail" />
      </TopBar>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <MailHeader slug={slug} current="templates" status={status} />
        <Notice {...notice} />
        <p className="mt-4 text-sm text-slate-700">
          Each kind of mail is written from its template. Placeholders in braces, such as <code className="font-mono">{'{title}'}</code>, are filled in for
          each mail; only the placeholders listed next to a template can be used in it.
        </p>
        <nav aria-label="Templates" className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {templates.map((t) => (
            <a key={t.key} href={`#template-${t.key}`} className="font-medium text-blue-800 hover:underline">
              {t.label}
            </a>
          ))}
        </nav>
        <div className="mt-6 space-y-6">
          {templates.map((t, i) => {
            const preview = previews[i]!;
            return (
              <section key={t.key} id={`template-${t.key}`} aria-labelledby={`template-${t.key}-heading`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`template-${t.key}-heading`} className="text-lg font-semibold">
                    {t.label}
                  </h2>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${t.isDefault ? 'bg-slate-100 text-slate-700' : 'bg-blue-50 text-blue-800'}`} data-testid={`template-state-${t.key}`}>
                    {t.isDefault ? 'Default wording' : `Customized${t.updatedAt ? ` · ${formatInstant(t.updatedAt, status.conference.timeZone)}` : ''}`}
                  </span>
                </div>
                <p className="text-sm text-slate-600">Sent {t.sentWhen}.</p>
                <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_16rem]">
                  <TemplateForm slug={slug} templateKey={t.key} subject={t.subject} body={t.body} />
                  <div className="space-y-4">
                    <div>
                      <h3 className="text-sm font-semibold text-slate-800">Placeholders</h3>
                      <dl className="mt-2 space-y-1 text-sm" data-testid={`placeholders-${t.key}`}>
                        {t.placeholders.map((p) => (
                          <div key={p.name}>
                            <dt className="inline font-mono text-slate-900">{`{${p.name}}`}</dt> <dd className="inline text-slate-600">— {p.description}</dd>
                          </div>
                        ))}
                      </dl>
                    </div>
                    {!t.isDefault && (
                      <form action={resetTemplate}>
                        <input type="hidden" name="slug" value={slug} />
                        <input type="hidden" name="key" value={t.key} />
                        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
                          Reset to default
                        </button>
                      </form>
                    )}
                  </div>
                </div>
                <details className="mt-4 rounded-md bg-slate-50 p-3 text-sm">
                  <summary className="cursor-pointer font-medium text-slate-800">Preview of the saved template with example values</summary>
                  <p className="mt-2 font-semibold text-slate-900">{preview.subject}</p>
                  <pre className="mt-2 font-sans whitespace-pre-wrap text-slate-800">{preview.body}</pre>
                </details>
              </section>
            );
          })}
        </div>
      </main>
    </>
  );
}
