// The embeddable widget's page: one small, self-contained HTML document (inline CSS, no script, no cookie, no
// external resource) for an <iframe> on a conference's own website. Everything here only lays out what the API gave.

import type { Agenda } from '@podium/api';
import { formatDateKey } from '@podium/domain';
import { scheduleHref, scheduleExports, sessionHref } from './agenda-links';

type Entry = Agenda['days'][number]['entries'][number];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value made safe for HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const COLOR = /^#[0-9a-f]{3,8}$/i;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0f172a;background:#fff}
main{padding:12px}
header{margin-bottom:8px}
h1{font-size:16px;margin:0}
h2{font-size:14px;margin:14px 0 6px;color:#334155}
a{color:#1e40af}
a:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
.sub{margin:2px 0 0;font-size:12px;color:#475569}
ol{list-style:none;margin:0;padding:0}
li{border:1px solid #e2e8f0;border-left-width:4px;border-radius:6px;padding:6px 8px;margin:0 0 6px}
.t{font-variant-numeric:tabular-nums;color:#334155;font-size:12px;margin-right:6px}
.title{font-weight:600}
.m{display:block;font-size:12px;color:#475569}
.now{display:inline-block;background:#b91c1c;color:#fff;font-size:10px;font-weight:700;text-transform:uppercase;border-radius:3px;padding:0 4px;margin-right:6px;vertical-align:1px}
footer{margin-top:10px;font-size:12px;color:#475569}
.empty{color:#475569}
`;

export interface WidgetModel {
  agenda: Agenda;
  /** Today's remaining sessions (or the next day's) during the conference; null: the whole program by day. */
  upcoming: { date: string; sessions: Entry[] } | null;
  /** A single day of the program, when asked for. */
  day: string | null;
  now: Date;
}

function item(agenda: Agenda, e: Entry, now: Date | null): string {
  const slug = agenda.conference.slug;
  const room = agenda.rooms.find((r) => r.id === e.roomId)?.name ?? '';
  const running = now !== null && e.start.getTime() <= now.getTime() && now.getTime() < e.end.getTime();
  const color = e.track?.color && COLOR.test(e.track.color) ? e.track.color : '#94a3b8';
  const meta = [e.speakers.map((s) => s.name).join(', '), room].filter(Boolean).join(' · ');
  return (
    `<li style="border-left-color:${color}" data-code="${escapeHtml(e.code)}">` +
    (running ? '<span class="now">Now</span>' : '') +
    `<span class="t">${escapeHtml(e.localStart)}–${escapeHtml(e.localEnd)}</span>` +
    `<a class="title" href="${escapeHtml(sessionHref(slug, e.code))}" target="_blank" rel="noopener">${escapeHtml(e.title)}</a>` +
    (meta ? `<span class="m">${escapeHtml(meta)}</span>` : '') +
    '</li>'
  );
}

/** The widget's whole HTML document. */
export function renderWidget({ agenda, upcoming, day, now }: WidgetModel): string {
  const { conference } = agenda;
  const slug = conference.slug;
  const sections: string[] = [];
  if (!agenda.release) {
    sections.push('<p class="empty">The schedule has not been published yet.</p>');
  } else if (upcoming) {
    const today = upcoming.date === agenda.nowNext?.date;
    sections.push(
      `<section aria-labelledby="w-${upcoming.date}"><h2 id="w-${upcoming.date}">${today ? 'Today' : 'Next'}, ${escapeHtml(formatDateKey(upcoming.date))}</h2>` +
        `<ol>${upcoming.sessions.map((e) => item(agenda, e, now)).join('')}</ol></section>`,
    );
  } else {
    const days = agenda.days.filter((d) => d.entries.length > 0 && (!day || d.date === day));
    if (days.length === 0) sections.push('<p class="empty">No sessions on this day.</p>');
    for (const d of days) {
      sections.push(
        `<section aria-labelledby="w-${d.date}"><h2 id="w-${d.date}">${escapeHtml(d.label)}</h2>` +
          `<ol>${d.entries.map((e) => item(agenda, e, null)).join('')}</ol></section>`,
      );
    }
  }
  const ical = scheduleExports(slug).find((e) => e.label === 'iCal')!;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${escapeHtml(`Schedule · ${conference.name}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1><a href="${escapeHtml(scheduleHref(slug))}" target="_blank" rel="noopener">${escapeHtml(conference.name)}</a></h1>
<p class="sub">Times in ${escapeHtml(conference.timeZone.replace('_', ' '))} (${escapeHtml(agenda.offset)}). Links open in a new tab.</p>
</header>
${sections.join('\n')}
<footer><a href="${escapeHtml(scheduleHref(slug))}" target="_blank" rel="noopener">Full schedule</a> · <a href="${escapeHtml(ical.href)}" target="_blank" rel="noopener">Add to calendar (iCal)</a></footer>
</main>
</body>
</html>
`;
}
