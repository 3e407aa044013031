'use server';

import { TRPCError } from '@trpc/server';
import { revalidatePath } from 'next/cache';
import { importFileTooLarge, MAX_IMPORT_FILE_BYTES } from '@podium/domain';
import { getApi } from '../../lib/server';
import type { ImportState } from './import-state';

let seq = 0;
const str = (d: FormData, k: string) => String(d.get(k) ?? '').trim();

/** A refusal in the words of the form: the field messages of a bad input, else the API's message. */
function refused(err: unknown, values: Record<string, string>): ImportState {
  if (!(err instanceof TRPCError) || err.code === 'INTERNAL_SERVER_ERROR') throw err;
  const cause = err.cause as { fields?: Record<string, string>; issues?: { path: PropertyKey[]; message: string }[] } | undefined;
  const fields = cause?.fields ?? (cause?.issues ? Object.fromEntries(cause.issues.map((i) => [i.path.map(String).join('.'), i.message])) : undefined);
  console.warn(`[podium] import refused: ${err.code} ${err.message}${fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : ''}`);
  // An input the schema refused: the file's own problem (its size) is the message, other fields show beside their
  // input. A domain rule's refusal (unknown format, bad time zone) says it all in its message.
  const message = cause?.issues ? (fields?.content ?? fields?.fileName ?? 'Please correct the marked fields.') : err.message;
  return { step: 'upload', error: message, ...(fields && { fields }), values, seq: ++seq };
}

/** The chosen file as text, or why it cannot be used. */
async function readUpload(d: FormData): Promise<{ fileName: string; content: string } | string> {
  const file = d.get('file');
  if (!(file instanceof File) || file.size === 0) return file instanceof File && file.name ? `"${file.name}" is empty.` : 'Choose a schedule file first.';
  if (file.size > MAX_IMPORT_FILE_BYTES) return importFileTooLarge(file.size);
  return { fileName: file.name, content: await file.text() };
}

/**
 * One step of importing into an existing conference (organizers): "preview" reads the uploaded file and plans the
 * import without writing; "confirm" imports the previewed text; "restart" goes back to choosing a file.
 */
export async function importIntoConference(slug: string, _prev: ImportState, d: FormData): Promise<ImportState> {
  const api = await getApi();
  const intent = str(d, 'intent');
  const timeZone = str(d, 'timeZone');
  if (intent === 'restart') return { step: 'upload', seq: ++seq };
  if (intent === 'confirm') {
    const fileName = str(d, 'fileName');
    try {
      const report = await api.import.run({ slug, fileName, content: String(d.get('content') ?? ''), ...(timeZone && { timeZone }) });
      revalidatePath(`/${slug}`, 'layout');
      return { step: 'done', report, seq: ++seq };
    } catch (err) {
      return refused(err, { timeZone });
    }
  }
  const upload = await readUpload(d);
  if (typeof upload === 'string') return { step: 'upload', error: upload, fields: { file: upload }, values: { timeZone }, seq: ++seq };
  try {
    const report = await api.import.preview({ slug, ...upload, ...(timeZone && { timeZone }) });
    return { step: 'preview', ...upload, timeZone, slug, name: '', report, seq: ++seq };
  } catch (err) {
    return refused(err, { timeZone });
  }
}

/** The same steps for a conference the import creates (administrators), with its slug and name. */
export async function importNewConference(_prev: ImportState, d: FormData): Promise<ImportState> {
  const api = await getApi();
  const intent = str(d, 'intent');
  const timeZone = str(d, 'timeZone');
  const slug = str(d, 'slug');
  const name = str(d, 'name');
  const values = { timeZone, slug, name };
  const extra = { ...(name && { name }), ...(timeZone && { timeZone }) };
  if (intent === 'restart') return { step: 'upload', seq: ++seq };
  if (intent === 'confirm') {
    try {
      const report = await api.import.createConference({ slug, fileName: str(d, 'fileName'), content: String(d.get('content') ?? ''), ...extra });
      revalidatePath('/');
      return { step: 'done', report, seq: ++seq };
    } catch (err) {
      return refused(err, values);
    }
  }
  const upload = await readUpload(d);
  if (typeof upload === 'string') return { step: 'upload', error: upload, fields: { file: upload }, values, seq: ++seq };
  try {
    const report = await api.import.previewNewConference({ slug, ...upload, ...extra });
    return { step: 'preview', ...upload, timeZone, slug, name, report, seq: ++seq };
  } catch (err) {
    return refused(err, values);
  }
}
