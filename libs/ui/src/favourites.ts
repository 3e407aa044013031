'use client';

// Favourite sessions without an account: a list of session codes per conference in this browser's localStorage.
// Every star and count on a page reads one store and updates together; other tabs follow through the storage event.
// On the server (and so without JavaScript) there are no favourites: the hook answers null and stars stay hidden.

import { useCallback, useSyncExternalStore } from 'react';

const EVENT = 'podium:favourites';
const storageKey = (conference: string) => `podium:favourites:${conference}`;

/** The starred codes of a conference, in the order they were starred; [] when none or unreadable. */
export function readFavourites(conference: string): string[] {
  try {
    const raw = window.localStorage.getItem(storageKey(conference));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? [...new Set(parsed.filter((c): c is string => typeof c === 'string' && c.length > 0))] : [];
  } catch {
    // Storage disabled (private mode, blocked cookies) or a broken value: no favourites rather than a broken page.
    return [];
  }
}

export function writeFavourites(conference: string, codes: readonly string[]): void {
  try {
    window.localStorage.setItem(storageKey(conference), JSON.stringify([...new Set(codes)]));
  } catch {
    // Storage full or disabled: the star does not stick, the page keeps working.
  }
  window.dispatchEvent(new CustomEvent(EVENT, { detail: conference }));
}

export function toggleFavourite(conference: string, code: string): void {
  const codes = readFavourites(conference);
  writeFavourites(conference, codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code]);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

// useSyncExternalStore wants the same value for the same state: cache the parsed list by its raw string.
const cache = new Map<string, { raw: string | null; codes: string[] }>();
function snapshot(conference: string): string[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(storageKey(conference));
  } catch {
    raw = null;
  }
  const hit = cache.get(conference);
  if (hit && hit.raw === raw) return hit.codes;
  const codes = readFavourites(conference);
  cache.set(conference, { raw, codes });
  return codes;
}

/** The starred codes of a conference; null while rendering on the server and before hydration. */
export function useFavourites(conference: string): string[] | null {
  const get = useCallback(() => snapshot(conference), [conference]);
  return useSyncExternalStore(subscribe, get, () => null);
}
