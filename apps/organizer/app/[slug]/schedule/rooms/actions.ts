'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@podium/ui';
import { getApi } from '../../../../lib/server';
import { runForm } from '../../../../lib/form-action';

const str = (d: FormData, k: string) => String(d.get(k) ?? '').trim();
const done = (slug: string) => revalidatePath(`/${slug}/schedule/rooms`);

/** Per-day fields named `<prefix>.<date>.start` / `.end`, for the dates given. */
function perDay(d: FormData, prefix: string, dates: string[]) {
  return dates.map((date) => ({ date, start: str(d, `${prefix}.${date}.start`), end: str(d, `${prefix}.${date}.end`) }));
}

/** The API names fields by list position ("days.1.end"); the form names them by date ("day.2012-11-08.end"). */
function byDate(state: FormState, listName: string, prefix: string, list: { date: string }[]): FormState {
  if (!state.fields) return state;
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(state.fields)) {
    const m = new RegExp(`^${listName}\\.(\\d+)\\.(start|end|date)$`).exec(key);
    const date = m ? list[Number(m[1])]?.date : undefined;
    fields[date ? `${prefix}.${date}.${m![2] === 'date' ? 'start' : m![2]}` : key] = message;
  }
  return { ...state, fields };
}

export async function saveDays(slug: string, dates: string[], _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const days = perDay(d, 'day', dates);
  const r = await runForm(d, () => api.schedule.days.update({ slug, days }), 'Day hours saved.');
  done(slug);
  return byDate(r, 'days', 'day', days);
}

export async function saveRoom(slug: string, id: string | undefined, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const raw = str(d, 'capacity');
  const capacity = raw === '' ? null : Number(raw);
  const r = await runForm(d, () => api.schedule.rooms.save({ slug, id, name: str(d, 'name'), capacity: Number.isFinite(capacity) ? capacity : -1, description: str(d, 'description') }), id ? 'Room saved.' : 'Room added.');
  done(slug);
  return r;
}

export async function saveAvailability(slug: string, roomId: string, dates: string[], _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  // A day with neither time given: the room is free all day, so no window is sent for it.
  const windows = perDay(d, 'avail', dates).filter((w) => w.start || w.end);
  const r = await runForm(d, () => api.schedule.rooms.setAvailability({ slug, roomId, windows }), windows.length ? 'Availability saved.' : 'The room is available whenever the conference runs.');
  done(slug);
  return byDate(r, 'windows', 'avail', windows);
}

export async function deleteRoom(slug: string, id: string, _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.schedule.rooms.delete({ slug, id }), 'Room deleted.');
  done(slug);
  return r;
}

export async function moveRoom(slug: string, id: string, direction: 'up' | 'down', _s: FormState, d: FormData): Promise<FormState> {
  const api = await getApi();
  const r = await runForm(d, () => api.schedule.rooms.move({ slug, id, direction }), 'Order saved.');
  done(slug);
  return r;
}
