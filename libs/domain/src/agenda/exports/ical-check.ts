// A strict RFC 5545 checker for the calendars Podium writes (and for tests of them): wire format first (CRLF only,
// physical lines of at most 75 octets, each a complete UTF-8 sequence), then structure (BEGIN/END balanced and nested,
// one VCALENDAR with VERSION:2.0 and PRODID), then content (a VTIMEZONE for every TZID, observances that cover the
// events, DTSTAMP in UTC, unique UIDs, well-formed dates, TEXT escaping). Returns the problems found, [] when none.

export interface IcalProblem {
  /** 1-based physical line where it was found (0: the whole file). */
  line: number;
  message: string;
}

interface ContentLine {
  line: number;
  name: string;
  params: Record<string, string>;
  value: string;
}

interface Component {
  name: string;
  line: number;
  props: ContentLine[];
  children: Component[];
}

const NAME_RE = /^[A-Za-z0-9-]+$/;
const DATE_TIME_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;
const DATE_RE = /^\d{8}$/;
const OFFSET_RE = /^[+-](\d{2})(\d{2})(\d{2})?$/;
const SINGLE_TEXT = new Set(['SUMMARY', 'LOCATION', 'DESCRIPTION', 'COMMENT', 'UID', 'TZNAME', 'X-WR-CALNAME', 'X-WR-CALDESC']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checks an iCalendar stream (the text, or the exact bytes as served). */
export function checkIcalendar(input: string | Uint8Array): IcalProblem[] {
  const problems: IcalProblem[] = [];
  const report = (line: number, message: string) => problems.push({ line, message });
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (typeof input === 'string' && LONE_SURROGATE.test(input)) report(0, 'the text holds a lone UTF-16 surrogate (a character was split)');
  if (bytes.length === 0) return [{ line: 0, message: 'empty calendar' }];

  // 1. Physical lines: split on CRLF; a CR or LF anywhere else is an error.
  const physical: Uint8Array[] = [];
  let startAt = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      physical.push(bytes.subarray(startAt, i));
      startAt = i + 2;
      i++;
    } else if (bytes[i] === 0x0a || bytes[i] === 0x0d) {
      report(physical.length + 1, `bare ${bytes[i] === 0x0a ? 'LF' : 'CR'} (lines must end with CRLF)`);
    }
  }
  if (startAt !== bytes.length) report(physical.length + 1, 'the last line does not end with CRLF');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts: string[] = [];
  physical.forEach((b, i) => {
    if (b.length > 75) report(i + 1, `line is ${b.length} octets long (at most 75)`);
    try {
      texts.push(decoder.decode(b));
    } catch {
      report(i + 1, 'line is not valid UTF-8 on its own (a character was split by folding)');
      texts.push(new TextDecoder().decode(b));
    }
  });

  // 2. Unfold and parse content lines.
  const lines: ContentLine[] = [];
  let current: { line: number; text: string } | null = null;
  const flush = () => {
    if (!current) return;
    const parsed = parseContentLine(current.text);
    if (!parsed) report(current.line, `not a content line: "${current.text.slice(0, 40)}"`);
    else {
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(parsed.value)) report(current.line, `${parsed.name} holds a control character`);
      lines.push({ line: current.line, ...parsed });
    }
    current = null;
  };
  texts.forEach((text, i) => {
    if (text.startsWith(' ') || text.startsWith('\t')) {
      if (!current) report(i + 1, 'continuation line without a line to continue');
      else current.text += text.slice(1);
    } else {
      flush();
      if (text === '') report(i + 1, 'empty line');
      else current = { line: i + 1, text };
    }
  });
  flush();

  // 3. Components.
  const roots: Component[] = [];
  const stack: Component[] = [];
  for (const l of lines) {
    if (l.name === 'BEGIN') {
      const c: Component = { name: l.value.toUpperCase(), line: l.line, props: [], children: [] };
      if (stack.length) stack[stack.length - 1]!.children.push(c);
      else roots.push(c);
      stack.push(c);
    } else if (l.name === 'END') {
      const open = stack.pop();
      if (!open) report(l.line, `END:${l.value} without BEGIN`);
      else if (open.name !== l.value.toUpperCase()) report(l.line, `END:${l.value} closes BEGIN:${open.name} (line ${open.line})`);
    } else if (stack.length === 0) report(l.line, `${l.name} outside any component`);
    else stack[stack.length - 1]!.props.push(l);
  }
  for (const open of stack) report(open.line, `BEGIN:${open.name} is never closed`);
  if (roots.length !== 1 || roots[0]!.name !== 'VCALENDAR') {
    report(0, `expected exactly one VCALENDAR, found ${roots.map((r) => r.name).join(', ') || 'nothing'}`);
    return problems;
  }
  const cal = roots[0]!;
  if (cal.children.length === 0) report(cal.line, 'VCALENDAR holds no component (RFC 5545 requires at least one)');
  once(cal, 'VERSION', report, (p) => p.value === '2.0' || `VERSION is "${p.value}", not 2.0`);
  once(cal, 'PRODID', report);
  atMostOnce(cal, 'CALSCALE', report);
  atMostOnce(cal, 'METHOD', report);

  // 4. Time zones.
  const zones = new Map<string, string>(); // TZID -> earliest observance onset (local "YYYYMMDDTHHMMSS")
  for (const tz of cal.children.filter((c) => c.name === 'VTIMEZONE')) {
    const tzid = once(tz, 'TZID', report);
    const observances = tz.children.filter((c) => c.name === 'STANDARD' || c.name === 'DAYLIGHT');
    if (observances.length === 0) report(tz.line, `VTIMEZONE ${tzid?.value ?? ''} has no STANDARD or DAYLIGHT`);
    let earliest = '99999999T999999';
    for (const o of observances) {
      const start = once(o, 'DTSTART', report, (p) => (DATE_TIME_RE.test(p.value) && !p.value.endsWith('Z')) || `observance DTSTART "${p.value}" must be a local date-time`);
      once(o, 'TZOFFSETFROM', report, (p) => OFFSET_RE.test(p.value) || `TZOFFSETFROM "${p.value}" is not ±hhmm`);
      once(o, 'TZOFFSETTO', report, (p) => OFFSET_RE.test(p.value) || `TZOFFSETTO "${p.value}" is not ±hhmm`);
      if (start && start.value < earliest) earliest = start.value;
    }
    if (tzid) {
      if (zones.has(tzid.value)) report(tz.line, `two VTIMEZONEs for ${tzid.value}`);
      zones.set(tzid.value, earliest);
    }
  }

  // 5. Events (and every TZID reference anywhere).
  const uids = new Map<string, number>();
  const visit = (c: Component) => {
    for (const p of c.props) {
      const tzid = p.params.TZID;
      if (tzid !== undefined && c.name !== 'STANDARD' && c.name !== 'DAYLIGHT') {
        const earliest = zones.get(tzid);
        if (earliest === undefined) report(p.line, `${p.name} names TZID=${tzid} but there is no VTIMEZONE for it`);
        else if (DATE_TIME_RE.test(p.value) && p.value < earliest) report(p.line, `${p.name} ${p.value} is before the first observance of ${tzid} (${earliest})`);
      }
      if (SINGLE_TEXT.has(p.name)) {
        const bad = textEscapingProblem(p.value);
        if (bad) report(p.line, `${p.name}: ${bad}`);
      }
    }
    c.children.forEach(visit);
  };
  visit(cal);
  for (const ev of cal.children.filter((c) => c.name === 'VEVENT')) {
    const uid = once(ev, 'UID', report);
    if (uid) {
      const seen = uids.get(uid.value);
      if (seen !== undefined) report(uid.line, `UID ${uid.value} is also used on line ${seen}`);
      else uids.set(uid.value, uid.line);
    }
    once(ev, 'DTSTAMP', report, (p) => /^\d{8}T\d{6}Z$/.test(p.value) || `DTSTAMP "${p.value}" is not a UTC date-time (…Z)`);
    const start = once(ev, 'DTSTART', report, (p) => dateValueProblem(p));
    const end = atMostOnce(ev, 'DTEND', report);
    const duration = atMostOnce(ev, 'DURATION', report);
    if (end && duration) report(end.line, 'DTEND and DURATION together');
    if (end) {
      const bad = dateValueProblem(end);
      if (bad !== true) report(end.line, bad);
      else if (start && (start.params.TZID ?? 'Z') === (end.params.TZID ?? 'Z') && end.value < start.value) {
        report(end.line, `DTEND ${end.value} is before DTSTART ${start.value}`);
      }
    }
    for (const name of ['SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL', 'STATUS', 'SEQUENCE', 'TRANSP', 'CLASS']) atMostOnce(ev, name, report);
  }
  return problems.sort((a, b) => a.line - b.line);
}

function parseContentLine(text: string): { name: string; params: Record<string, string>; value: string } | null {
  // name *(";" param) ":" value, where param values may be quoted (and then hold ; : ,).
  let i = 0;
  while (i < text.length && text[i] !== ';' && text[i] !== ':') i++;
  const name = text.slice(0, i);
  if (!NAME_RE.test(name) || i >= text.length) return null;
  const params: Record<string, string> = {};
  while (text[i] === ';') {
    i++;
    const eq = text.indexOf('=', i);
    if (eq < 0) return null;
    const pname = text.slice(i, eq);
    if (!NAME_RE.test(pname)) return null;
    i = eq + 1;
    let pvalue = '';
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) return null;
      pvalue = text.slice(i + 1, close);
      i = close + 1;
    } else {
      while (i < text.length && text[i] !== ';' && text[i] !== ':') {
        if (text[i] === '"') return null;
        pvalue += text[i];
        i++;
      }
    }
    params[pname.toUpperCase()] = pvalue;
  }
  if (text[i] !== ':') return null;
  return { name: name.toUpperCase(), params, value: text.slice(i + 1) };
}

/** A single-valued TEXT: every backslash starts an escape (\\ \; \, \n \N), and no bare ; or , remains. */
function textEscapingProblem(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\') {
      const next = value[i + 1];
      if (next === undefined || !'\\;,nN'.includes(next)) return `bad escape "\\${next ?? ''}"`;
      i++;
    } else if (ch === ';' || ch === ',') return `unescaped "${ch}"`;
  }
  return null;
}

function dateValueProblem(p: ContentLine): true | string {
  if (p.params.VALUE === 'DATE') return DATE_RE.test(p.value) || `${p.name} "${p.value}" is not a DATE`;
  const m = DATE_TIME_RE.exec(p.value);
  if (!m) return `${p.name} "${p.value}" is not a DATE-TIME`;
  const [, , mo, d, h, mi, s, z] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) {
    return `${p.name} "${p.value}" is out of range`;
  }
  if (p.params.TZID !== undefined && z) return `${p.name} has both TZID and a UTC "Z"`;
  return true;
}

function once(
  c: Component,
  name: string,
  report: (line: number, message: string) => void,
  check?: (p: ContentLine) => true | string,
): ContentLine | undefined {
  const found = c.props.filter((p) => p.name === name);
  if (found.length !== 1) {
    report(c.line, `${c.name} must have exactly one ${name} (has ${found.length})`);
    return found[0];
  }
  const p = found[0]!;
  const result = check?.(p) ?? true;
  if (result !== true) report(p.line, result);
  return p;
}

function atMostOnce(c: Component, name: string, report: (line: number, message: string) => void): ContentLine | undefined {
  const found = c.props.filter((p) => p.name === name);
  if (found.length > 1) report(found[1]!.line, `${c.name} has ${found.length} ${name} (at most one)`);
  return found[0];
}
