// Every URL of the public agenda in one place: pages, the search form's query, the exports and the changelog.

export interface ScheduleQuery {
  view?: 'grid' | 'list';
  /** "YYYY-MM-DD" or "all". */
  day?: string;
  q?: string;
  track?: string;
  room?: string;
  type?: string;
}

const enc = encodeURIComponent;

/** /<slug>/schedule with only the parts of the query that are set, in a stable order. */
export function scheduleHref(slug: string, query: ScheduleQuery = {}): string {
  const params = new URLSearchParams();
  for (const key of ['day', 'view', 'q', 'track', 'room', 'type'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const qs = params.toString();
  return `/${enc(slug)}/schedule${qs ? `?${qs}` : ''}`;
}

export const sessionHref = (slug: string, code: string) => `/${enc(slug)}/sessions/${enc(code)}`;
export const speakerHref = (slug: string, code: string) => `/${enc(slug)}/speakers/${enc(code)}`;
export const roomHref = (slug: string, key: string) => `/${enc(slug)}/rooms/${enc(key)}`;
export const favouritesHref = (slug: string) => `/${enc(slug)}/favourites`;
export const widgetHref = (slug: string) => `/${enc(slug)}/widget`;
export const embedHref = (slug: string) => `/${enc(slug)}/embed`;
export const changelogHref = (slug: string) => `/${enc(slug)}/changelog`;

/** The schedule exports (built by the exports routes), by format. */
export function scheduleExports(slug: string): { label: string; href: string; description: string }[] {
  const base = `/${enc(slug)}`;
  return [
    { label: 'iCal', href: `${base}/schedule.ics`, description: 'every session, for a calendar app' },
    { label: 'XML', href: `${base}/schedule.xml`, description: 'frab/Pentabarf schedule.xml' },
    { label: 'JSON', href: `${base}/schedule.json`, description: 'frab schedule.json' },
  ];
}

export const sessionIcalHref = (slug: string, code: string) => `/${enc(slug)}/sessions/${enc(code)}.ics`;
export const speakerIcalHref = (slug: string, code: string) => `/${enc(slug)}/speakers/${enc(code)}.ics`;

/** The iCal of some sessions (the favourites), codes in the given order. */
export const favouritesIcalHref = (slug: string, codes: readonly string[]) =>
  `/${enc(slug)}/favourites.ics?codes=${codes.map(enc).join(',')}`;
