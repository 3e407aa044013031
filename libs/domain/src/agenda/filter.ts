// Search and filters of the public agenda: free text over title, abstract and speaker names, plus track, room and
// session type. Pure, so the server filters (the form works without JavaScript) and tests need no page.

import { findRoomByKey, type SluggableRoom } from './room-slugs.ts';

/** What the agenda's search form asks for; "" means "any". `room` is a room's public key (slug) or id. */
export interface AgendaFilter {
  q: string;
  track: string;
  room: string;
  type: string;
}

export const NO_AGENDA_FILTER: AgendaFilter = { q: '', track: '', room: '', type: '' };

/** The longest search text kept; longer input is cut here rather than refused (it is a search box). */
export const AGENDA_SEARCH_MAX = 200;

export interface SearchableSession {
  title: string;
  abstract: string;
  speakers: readonly { name: string }[];
  track: { name: string } | null;
  roomId: string | null;
  sessionType: string;
}

/** Trims every field, collapses runs of white space in the search text and cuts it to AGENDA_SEARCH_MAX. */
export function normalizeAgendaFilter(input: Partial<AgendaFilter>): AgendaFilter {
  return {
    q: (input.q ?? '').replace(/\s+/g, ' ').trim().slice(0, AGENDA_SEARCH_MAX).trim(),
    track: (input.track ?? '').trim(),
    room: (input.room ?? '').trim(),
    type: (input.type ?? '').trim(),
  };
}

export function isAgendaFilterActive(filter: AgendaFilter): boolean {
  return Boolean(filter.q || filter.track || filter.room || filter.type);
}

/** Text folded for matching: lower case without accents, so "gaudi" finds "Gaudí" and "farber" finds "Färber". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The sessions that match every part of the filter, in their given order. The search text is split into words and
 * every word must occur in the title, the abstract or a speaker's name. Track and type compare names exactly; the room
 * is looked up by key among `rooms`, and a key that names no room matches nothing.
 */
export function filterAgendaSessions<T extends SearchableSession>(
  sessions: readonly T[],
  filter: AgendaFilter,
  rooms: readonly SluggableRoom[],
): T[] {
  const f = normalizeAgendaFilter(filter);
  const words = f.q ? foldForSearch(f.q).split(' ').filter(Boolean) : [];
  const roomId = f.room ? (findRoomByKey(rooms, f.room)?.id ?? null) : undefined;
  return sessions.filter((s) => {
    if (f.track && s.track?.name !== f.track) return false;
    if (f.type && s.sessionType !== f.type) return false;
    if (roomId !== undefined && (roomId === null || s.roomId !== roomId)) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch([s.title, s.abstract, ...s.speakers.map((p) => p.name)].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
}

/** "“migration” · track KVM Forum · room Sala Gaudí · type Talk": the active parts of a filter, for people to read. */
export function describeAgendaFilter(filter: AgendaFilter, rooms: readonly SluggableRoom[]): string {
  const f = normalizeAgendaFilter(filter);
  const parts: string[] = [];
  if (f.q) parts.push(`“${f.q}”`);
  if (f.track) parts.push(`track ${f.track}`);
  if (f.room) parts.push(`room ${findRoomByKey(rooms, f.room)?.name ?? f.room}`);
  if (f.type) parts.push(`type ${f.type}`);
  return parts.join(' · ');
}
