// A speaker's profile: name, Markdown bio (never raw HTML), links, availability windows, and the avatar image checks
// (type sniffed from the bytes, size and dimensions from the header; the file name and the browser's word are ignored).

import { DomainError } from '../errors.ts';
import { dateKeysBetween, zonedLocalToUtc } from '../time/zoned.ts';
import { parseWebUrl } from './questions.ts';

export const NAME_MAX = 100;
export const BIO_MAX = 5000;
export const LINKS_MAX = 10;
export const BIO_HTML_MESSAGE = 'Bios are Markdown; HTML tags like <script> are not allowed.';

// An opening or closing tag (`<script`, `</div>`, `<img src=x onerror=…>`), a comment or a doctype/processing
// instruction. Markdown autolinks (`<https://…>`, `<me@example.org>`) and "I <3 QEMU" are not tags.
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?=[\s/>]|$)|<!--|<![a-z]|<\?/i;

export function containsHtmlTag(text: string): boolean {
  return HTML_TAG.test(text);
}

export interface ProfileInput {
  name: string;
  bio: string;
  /** Links as typed; blank entries are ignored. */
  links: readonly string[];
}

export interface ValidProfile {
  name: string;
  bio: string;
  links: string[];
}

/** Checks a profile; returns the normalised values and per-field messages (empty when valid). */
export function checkProfile(input: ProfileInput): { value: ValidProfile; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) fields.name = 'Enter your name.';
  else if (name.length > NAME_MAX) fields.name = `Keep your name to ${NAME_MAX} characters.`;
  const bioAndLinks = checkBioAndLinks(input);
  return { value: { name, ...bioAndLinks.value }, fields: { ...fields, ...bioAndLinks.fields } };
}

/** Checks the public part of a profile, the bio (Markdown, no HTML) and the links; used by speakers and organizers. */
export function checkBioAndLinks(input: { bio: string; links: readonly string[] }): { value: { bio: string; links: string[] }; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const bio = input.bio.replace(/\r\n?/g, '\n').trim();
  if (bio.length > BIO_MAX) fields.bio = `Keep the bio to ${BIO_MAX.toLocaleString('en-US')} characters (it has ${bio.length.toLocaleString('en-US')}).`;
  else if (containsHtmlTag(bio)) fields.bio = BIO_HTML_MESSAGE;

  const typed = input.links.map((l) => l.trim()).filter(Boolean);
  const links: string[] = [];
  if (typed.length > LINKS_MAX) fields.links = `Give at most ${LINKS_MAX} links.`;
  else {
    for (const [i, text] of typed.entries()) {
      const url = parseWebUrl(text);
      if (!url) {
        fields.links = `Link ${i + 1} ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}") is not a web address starting with http:// or https://.`;
        break;
      }
      if (!links.includes(url)) links.push(url);
    }
  }
  return { value: { bio, links }, fields };
}

/** A window in which a speaker can talk, as typed: a conference day and local times "HH:MM". */
export interface LocalWindow {
  date: string;
  start: string;
  end: string;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The field of the i-th availability window (the form maps it back to its row). */
export const availabilityField = (index: number) => `availability.${index}`;

/**
 * Checks availability windows in the conference's local time and converts them to UTC instants. Each must be on a
 * conference day, with valid times and end after start; overlapping or touching windows of a day are merged.
 */
export function checkAvailability(
  windows: readonly LocalWindow[],
  conference: { startDate: string; endDate: string; timeZone: string },
): { value: { start: Date; end: Date }[]; fields: Record<string, string> } {
  const days = new Set(dateKeysBetween(conference.startDate, conference.endDate));
  const fields: Record<string, string> = {};
  const out: { start: Date; end: Date }[] = [];
  for (const [i, w] of windows.entries()) {
    const key = availabilityField(i);
    if (!days.has(w.date)) fields[key] = 'This is not a day of the conference.';
    else if (!HHMM.test(w.start)) fields[key] = 'Enter a start time like 09:00.';
    else if (!HHMM.test(w.end)) fields[key] = 'Enter an end time like 17:30.';
    else if (w.end <= w.start) fields[key] = 'The end must be after the start.';
    else out.push({ start: zonedLocalToUtc(w.date, w.start, conference.timeZone), end: zonedLocalToUtc(w.date, w.end, conference.timeZone) });
  }
  out.sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: { start: Date; end: Date }[] = [];
  for (const w of out) {
    const last = merged.at(-1);
    if (last && w.start <= last.end) {
      if (w.end > last.end) last.end = w.end;
    } else merged.push({ ...w });
  }
  return { value: merged, fields };
}

/** Throws INVALID when any field has a message. */
export function assertNoFieldErrors(fields: Record<string, string>, message: string): void {
  if (Object.keys(fields).length > 0) throw new DomainError('INVALID', message, fields);
}

// --- Avatars -------------------------------------------------------------------------------------------------------

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_MAX_PIXELS = 10000;
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type AvatarContentType = (typeof AVATAR_TYPES)[number];

export type AvatarProblem = 'empty' | 'too-large' | 'not-image' | 'too-many-pixels';

export const AVATAR_MESSAGES: Record<AvatarProblem, string> = {
  empty: 'Choose an image file to upload.',
  'too-large': 'This image is too large: the limit is 2 MB.',
  'not-image': 'This file is not an image (PNG, JPEG, GIF or WebP).',
  'too-many-pixels': `This image is too large: at most ${AVATAR_MAX_PIXELS.toLocaleString('en-US')} pixels wide and high.`,
};

export interface ImageInfo {
  contentType: AvatarContentType;
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    // Start of frame (baseline, progressive, lossless...): C0–CF except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image / start of scan before any frame header
    i += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

/** The image type and size read from the first bytes, or null when the bytes are not a PNG, JPEG, GIF or WebP. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const b = bytes;
  let found: ImageInfo | null = null;
  if (b.length >= 24 && u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a && ascii(b, 12, 4) === 'IHDR') {
    found = { contentType: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
  } else if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    const size = jpegSize(b);
    if (size) found = { contentType: 'image/jpeg', ...size };
  } else if (b.length >= 10 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) {
    found = { contentType: 'image/gif', width: u16le(b, 6), height: u16le(b, 8) };
  } else if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    const size = webpSize(b);
    if (size) found = { contentType: 'image/webp', ...size };
  }
  if (!found || found.width < 1 || found.height < 1) return null;
  return found;
}

/** Checks an uploaded avatar: present, at most 2 MB, really an image (by its bytes), of sensible dimensions. */
export function checkAvatar(bytes: Uint8Array): { ok: true; info: ImageInfo } | { ok: false; problem: AvatarProblem; message: string } {
  const fail = (problem: AvatarProblem) => ({ ok: false as const, problem, message: AVATAR_MESSAGES[problem] });
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > AVATAR_MAX_BYTES) return fail('too-large');
  const info = readImageInfo(bytes);
  if (!info) return fail('not-image');
  if (info.width > AVATAR_MAX_PIXELS || info.height > AVATAR_MAX_PIXELS) return fail('too-many-pixels');
  return { ok: true, info };
}
