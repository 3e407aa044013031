'use server';

import { redirect } from 'next/navigation';
import { answersFrom, refusal, text } from '../../../../lib/form';
import { getApi } from '../../../../lib/server';
import type { PortalFormState } from '../../../_components/form-state';

const ROW = /^availability\.(\d{4}-\d{2}-\d{2})\.(\d+)\.(start|end)$/;

/** Availability rows of the form ("availability.<date>.<row>.start/end"); empty rows are skipped. */
function availabilityFrom(data: FormData) {
  const rows = new Map<string, { date: string; start: string; end: string }>();
  for (const [key, value] of data.entries()) {
    const m = ROW.exec(key);
    if (!m || typeof value !== 'string') continue;
    const id = `${m[1]}.${m[2]}`;
    const row = rows.get(id) ?? { date: m[1]!, start: '', end: '' };
    row[m[3] as 'start' | 'end'] = value.trim();
    rows.set(id, row);
  }
  const keys: string[] = [];
  const windows: { date: string; start: string; end: string }[] = [];
  for (const [id, row] of rows) {
    if (!row.start && !row.end) continue;
    keys.push(id);
    windows.push(row);
  }
  return { windows, keys };
}

export async function saveProfileAction(_prev: PortalFormState, data: FormData): Promise<PortalFormState> {
  const slug = text(data, 'slug');
  const { windows, keys } = availabilityFrom(data);
  const api = await getApi();
  try {
    await api.speaker.updateProfile({
      slug,
      name: text(data, 'name'),
      bio: text(data, 'bio'),
      links: text(data, 'links').split(/\r?\n/),
      answers: answersFrom(data),
      availability: windows,
    });
  } catch (err) {
    // The API numbers availability windows; the form knows them by day and row.
    return refusal(err, data, (key) => {
      const m = /^availability\.(\d+)/.exec(key);
      return m ? `availability.${keys[Number(m[1])] ?? m[1]}` : key;
    });
  }
  redirect(`/${encodeURIComponent(slug)}/me/profile?saved=profile`);
}
