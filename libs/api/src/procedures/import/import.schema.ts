// Importing a schedule file from the organizer app: the file travels as text (schedule files are XML or JSON), with a
// size limit; the answer is the import's report (see @podium/domain agenda/import-plan.ts).
import { z } from 'zod';
import { IMPORT_KINDS, importFileTooLarge, isConferenceSlug, MAX_IMPORT_FILE_BYTES } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';

const fileFields = {
  /** The uploaded file's name (messages and, for Sessionize files, the title). */
  fileName: z.string().trim().min(1, 'The file has no name.').max(255, 'At most 255 characters.'),
  /** The file's content as text. */
  content: z
    .string()
    .max(MAX_IMPORT_FILE_BYTES, importFileTooLarge(MAX_IMPORT_FILE_BYTES + 1))
    .superRefine((text, ctx) => {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > MAX_IMPORT_FILE_BYTES) ctx.addIssue({ code: 'custom', message: importFileTooLarge(bytes) });
    }),
  /** IANA zone for files that name none (pentabarf, Sessionize); default: the conference's. */
  timeZone: z.string().trim().max(64, 'At most 64 characters.').optional(),
};

/** Into an existing conference (organizers). */
export const importFileInput = conferenceInput.extend(fileFields);

/** Into a new conference the import creates (administrators). */
export const importNewConferenceInput = z.object({
  slug: z
    .string()
    .trim()
    .max(64, 'At most 64 characters.')
    .refine(isConferenceSlug, 'Use 2–64 lower-case letters, digits and single hyphens (e.g. fosdem-2021).'),
  /** The new conference's name; default the file's title. */
  name: z.string().trim().max(200, 'At most 200 characters.').optional(),
  ...fileFields,
});

const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const importReportSchema = z.object({
  conference: z.object({
    slug: z.string(),
    name: z.string(),
    created: z.boolean(),
    timeZone: z.string(),
    startDate: z.string(),
    endDate: z.string(),
  }),
  file: z.object({
    format: z.enum(['frab-xml', 'pentabarf-xml', 'frab-json', 'sessionize-json']),
    title: z.string(),
    timeZone: z.string(),
    events: z.number().int(),
  }),
  dryRun: z.boolean(),
  counts: z.object(Object.fromEntries(IMPORT_KINDS.map((k) => [k, counts])) as Record<(typeof IMPORT_KINDS)[number], typeof counts>),
  changes: z.array(z.object({ kind: z.enum([...IMPORT_KINDS, 'conference']), key: z.string(), label: z.string(), fields: z.array(z.string()) })),
  skipped: z.array(z.object({ kind: z.enum(['event', 'person']), id: z.string().optional(), label: z.string(), reason: z.string() })),
  missing: z.array(z.object({ code: z.string(), externalId: z.string(), title: z.string() })),
  warnings: z.array(z.string()),
});

export type ImportReportOutput = z.infer<typeof importReportSchema>;
