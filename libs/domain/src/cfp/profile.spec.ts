import { describe, expect, it } from 'vitest';
import { AVATAR_MAX_BYTES, BIO_HTML_MESSAGE, checkAvailability, checkAvatar, checkProfile, containsHtmlTag, readImageInfo } from './profile.ts';

describe('containsHtmlTag', () => {
  it.each([
    ['<script>alert(1)</script>', true],
    ['Hi <img src=x onerror=alert(1)>', true],
    ['</div>', true],
    ['<svg/onload=alert(1)>', true],
    ['<!-- hidden -->', true],
    ['<iframe', true],
    ['I <3 QEMU', false],
    ['a < b and c > d', false],
    ['Autolinks: <https://example.org> and <me@example.org>', false],
    ['**Markdown** with [a link](https://example.org)', false],
  ])('%j → %s', (text, expected) => {
    expect(containsHtmlTag(text)).toBe(expected);
  });
});

describe('checkProfile', () => {
  it('normalises name, bio and links', () => {
    expect(checkProfile({ name: '  Ada   Lovelace ', bio: 'Line one\r\nLine *two*\n', links: [' https://ada.example.org ', '', 'http://blog.example.org/'] })).toEqual({
      value: { name: 'Ada Lovelace', bio: 'Line one\nLine *two*', links: ['https://ada.example.org/', 'http://blog.example.org/'] },
      fields: {},
    });
  });

  it('refuses a script in the bio with the clear message', () => {
    expect(checkProfile({ name: 'Ada', bio: 'Hello <script>alert(1)</script>', links: [] }).fields).toEqual({ bio: BIO_HTML_MESSAGE });
    expect(BIO_HTML_MESSAGE).toBe('Bios are Markdown; HTML tags like <script> are not allowed.');
  });

  it('refuses an empty name, an overlong bio and a non-web link', () => {
    expect(checkProfile({ name: ' ', bio: 'x'.repeat(5001), links: ['https://ok.example.org', 'javascript:alert(1)'] }).fields).toEqual({
      name: 'Enter your name.',
      bio: 'Keep the bio to 5,000 characters (it has 5,001).',
      links: 'Link 2 ("javascript:alert(1)") is not a web address starting with http:// or https://.',
    });
  });

  it('refuses more than 10 links', () => {
    const links = Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`);
    expect(checkProfile({ name: 'Ada', bio: '', links }).fields).toEqual({ links: 'Give at most 10 links.' });
  });
});

describe('checkAvailability', () => {
  const conference = { startDate: '2012-11-07', endDate: '2012-11-09', timeZone: 'Europe/Madrid' };

  it('converts local windows to UTC and merges overlapping ones', () => {
    const { value, fields } = checkAvailability(
      [
        { date: '2012-11-08', start: '14:00', end: '18:00' },
        { date: '2012-11-07', start: '09:00', end: '12:00' },
        { date: '2012-11-07', start: '11:00', end: '13:30' },
      ],
      conference,
    );
    expect(fields).toEqual({});
    expect(value.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([
      ['2012-11-07T08:00:00.000Z', '2012-11-07T12:30:00.000Z'],
      ['2012-11-08T13:00:00.000Z', '2012-11-08T17:00:00.000Z'],
    ]);
  });

  it('uses the offset of the day (summer time in Madrid is UTC+2)', () => {
    const { value } = checkAvailability([{ date: '2030-05-06', start: '09:00', end: '10:00' }], { startDate: '2030-05-06', endDate: '2030-05-07', timeZone: 'Europe/Madrid' });
    expect(value[0]?.start.toISOString()).toBe('2030-05-06T07:00:00.000Z');
  });

  it('refuses days outside the conference, bad times and end before start, per row', () => {
    expect(
      checkAvailability(
        [
          { date: '2012-11-10', start: '09:00', end: '10:00' },
          { date: '2012-11-07', start: '9am', end: '10:00' },
          { date: '2012-11-07', start: '10:00', end: '25:00' },
          { date: '2012-11-07', start: '10:00', end: '10:00' },
          { date: '2012-11-07', start: '10:00', end: '11:00' },
        ],
        conference,
      ).fields,
    ).toEqual({
      'availability.0': 'This is not a day of the conference.',
      'availability.1': 'Enter a start time like 09:00.',
      'availability.2': 'Enter an end time like 17:30.',
      'availability.3': 'The end must be after the start.',
    });
  });
});

// Real image headers, built byte by byte.
function png(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}
function gif(width: number, height: number): Uint8Array {
  const b = new Uint8Array(13);
  b.set([...'GIF89a'].map((c) => c.charCodeAt(0)));
  new DataView(b.buffer).setUint16(6, width, true);
  new DataView(b.buffer).setUint16(8, height, true);
  return b;
}
function jpeg(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment of 16 bytes, then SOF0 with precision, height, width.
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...[...'JFIF'].map((c) => c.charCodeAt(0)), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}
function webp(chunk: 'VP8 ' | 'VP8L' | 'VP8X', width: number, height: number): Uint8Array {
  const b = new Uint8Array(40);
  const dv = new DataView(b.buffer);
  b.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
  dv.setUint32(4, 32, true);
  b.set([...'WEBP'].map((c) => c.charCodeAt(0)), 8);
  b.set([...chunk].map((c) => c.charCodeAt(0)), 12);
  if (chunk === 'VP8 ') {
    b.set([0x9d, 0x01, 0x2a], 23);
    dv.setUint16(26, width, true);
    dv.setUint16(28, height, true);
  } else if (chunk === 'VP8L') {
    b[20] = 0x2f;
    dv.setUint32(21, ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), true);
  } else {
    dv.setUint16(24, (width - 1) & 0xffff, true);
    b[26] = (width - 1) >> 16;
    dv.setUint16(27, (height - 1) & 0xffff, true);
    b[29] = (height - 1) >> 16;
  }
  return b;
}

describe('readImageInfo', () => {
  it.each([
    ['PNG', png(640, 480), { contentType: 'image/png', width: 640, height: 480 }],
    ['GIF', gif(32, 16), { contentType: 'image/gif', width: 32, height: 16 }],
    ['JPEG', jpeg(1024, 768), { contentType: 'image/jpeg', width: 1024, height: 768 }],
    ['WebP (lossy)', webp('VP8 ', 300, 200), { contentType: 'image/webp', width: 300, height: 200 }],
    ['WebP (lossless)', webp('VP8L', 301, 201), { contentType: 'image/webp', width: 301, height: 201 }],
    ['WebP (extended)', webp('VP8X', 70000, 3), { contentType: 'image/webp', width: 70000, height: 3 }],
  ])('reads a %s header', (_what, bytes, expected) => {
    expect(readImageInfo(bytes)).toEqual(expected);
  });

  it.each([
    ['text', new TextEncoder().encode('hello, I am not an image')],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')],
    ['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['a truncated PNG', png(1, 1).subarray(0, 20)],
    ['a PNG of zero width', png(0, 10)],
    ['nothing', new Uint8Array(0)],
  ])('refuses %s', (_what, bytes) => {
    expect(readImageInfo(bytes)).toBeNull();
  });
});

describe('checkAvatar', () => {
  it('accepts a small real image', () => {
    expect(checkAvatar(png(200, 200))).toEqual({ ok: true, info: { contentType: 'image/png', width: 200, height: 200 } });
  });
  it('refuses more than 2 MB, even when it is an image', () => {
    const big = new Uint8Array(AVATAR_MAX_BYTES + 1);
    big.set(png(100, 100));
    expect(checkAvatar(big)).toEqual({ ok: false, problem: 'too-large', message: 'This image is too large: the limit is 2 MB.' });
  });
  it('accepts exactly 2 MB', () => {
    const edge = new Uint8Array(AVATAR_MAX_BYTES);
    edge.set(png(100, 100));
    expect(checkAvatar(edge).ok).toBe(true);
  });
  it('refuses a text file', () => {
    expect(checkAvatar(new TextEncoder().encode('just text'))).toEqual({ ok: false, problem: 'not-image', message: 'This file is not an image (PNG, JPEG, GIF or WebP).' });
  });
  it('refuses an empty file and absurd dimensions', () => {
    expect(checkAvatar(new Uint8Array(0))).toEqual({ ok: false, problem: 'empty', message: 'Choose an image file to upload.' });
    expect(checkAvatar(png(20000, 10))).toMatchObject({ ok: false, problem: 'too-many-pixels' });
  });
});
