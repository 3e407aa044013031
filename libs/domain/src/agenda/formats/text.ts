// Text clean-up for imported schedules: XML and HTML entities, HTML fragments (pentabarf abstracts are escaped HTML),
// and the indentation pretty-printed XML leaves inside multi-line elements.

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const HTML_ENTITIES: Record<string, string> = {
  ...XML_ENTITIES,
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  times: '×',
  shy: '',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  agrave: 'à',
  egrave: 'è',
  ograve: 'ò',
  ccedil: 'ç',
  ntilde: 'ñ',
  oslash: 'ø',
  aring: 'å',
};

function codePoint(n: number): string | null {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : null;
}

function decodeWith(table: Record<string, string>, s: string): string {
  if (!s.includes('&')) return s;
  // One pass: "&amp;lt;" becomes "&lt;", not "<".
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const n = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint(n) ?? whole;
    }
    return Object.hasOwn(table, name) ? table[name]! : whole;
  });
}

/** XML's five named entities and numeric references. */
export function decodeXmlEntities(s: string): string {
  return decodeWith(XML_ENTITIES, s);
}

/** Named (common ones) and numeric HTML character references; unknown names stay as written. */
export function decodeHtmlEntities(s: string): string {
  return decodeWith(HTML_ENTITIES, s);
}

const HTML_TAG = /<\/?(p|br|div|span|ul|ol|li|a|em|strong|b|i|u|h[1-6]|pre|code|blockquote|hr|img|table|tr|td|th)\b[^>]*>/i;

export function looksLikeHtml(s: string): boolean {
  return HTML_TAG.test(s);
}

/** An HTML fragment as plain text: paragraphs and line breaks kept, list items as "- ", links as "text (url)". */
export function htmlToText(html: string): string {
  let s = html.replace(/\r\n?/g, '\n');
  s = s.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  s = s.replace(/<a\b[^>]*?href\s*=\s*("([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a>/gi, (_m, _q, dq: string | undefined, sq: string | undefined, inner: string) => {
    const url = decodeHtmlEntities(dq ?? sq ?? '');
    const text = inner.replace(/<[^>]+>/g, '');
    return url && decodeHtmlEntities(text).trim() !== url ? `${text} (${url})` : text;
  });
  // Whitespace inside HTML is not significant except in <pre>.
  const parts = s.split(/(<pre\b[^>]*>[\s\S]*?<\/pre>)/i);
  s = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' '))).join('');
  s = s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|pre|blockquote|table|tr)>/gi, '\n\n')
    .replace(/<(p|div|h[1-6]|ul|ol|pre|blockquote|table|tr|hr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '');
  s = decodeHtmlEntities(s);
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, '').replace(/^ (?=\S)/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Removes the indentation common to the lines after the first (XML pretty-printing), CRLF to LF, trims. */
export function dedent(s: string): string {
  const lines = s.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length < 2) return s.trim();
  let indent = Infinity;
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, /^[ \t]*/.exec(line)![0].length);
  }
  const cut = Number.isFinite(indent) ? indent : 0;
  return [lines[0]!, ...lines.slice(1).map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)))]
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}

/** A long text field (abstract, description) as plain text; `html`: the format says it is HTML, or 'auto': guess. */
export function cleanLongText(s: string, html: boolean | 'auto' = 'auto'): string {
  const t = dedent(s);
  return html === true || (html === 'auto' && looksLikeHtml(t)) ? htmlToText(t) : t;
}

/** A one-line field (title, name): whitespace runs collapsed. */
export function cleanLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
