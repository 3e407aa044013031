// Where to send someone after signing in: only a path on this site. Browsers drop tabs and newlines from URLs and
// treat backslashes like slashes, so "/\t/evil.example" or "/\\evil.example" would leave the site: anything with a
// control character or a backslash is refused, and the result must resolve to this origin.

export function safeCallbackPath(callbackUrl: unknown, fallback = '/'): string {
  if (typeof callbackUrl !== 'string' || !callbackUrl.startsWith('/')) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(callbackUrl)) return fallback;
  const base = 'http://podium.invalid';
  let url: URL;
  try {
    url = new URL(callbackUrl, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
