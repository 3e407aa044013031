// The steps of importing a schedule file in the organizer app: choose a file, read the preview (nothing written yet),
// confirm, read what was done. One state for useActionState; the file's text rides along between preview and confirm.
import type { ImportReport } from '@podium/domain';

export type ImportState =
  | { step: 'upload'; error?: string; fields?: Record<string, string>; values?: Record<string, string>; seq?: number }
  | { step: 'preview'; fileName: string; content: string; timeZone: string; slug: string; name: string; report: ImportReport; seq?: number }
  | { step: 'done'; report: ImportReport; seq?: number };

export const initialImportState: ImportState = { step: 'upload' };
