// One entry point for schedule files from other systems: detects the format from the content (the file name is only
// a hint for messages and titles) and reads it leniently into an ImportedSchedule.
//   frab / pretalx schedule.xml (c3voc schema; also files that do not validate against it)
//   pentabarf XML (FOSDEM)
//   frab / pretalx schedule.json (c3voc schema.json)
//   Sessionize JSON ("/view/All", or the grouped "/view/Sessions")

import { DomainError } from '../../errors.ts';
import { isFrabJson, readFrabJson } from './frab-json.ts';
import { isScheduleXml, parseXml, readFrabXml } from './frab-xml.ts';
import { isSessionizeJson, readSessionizeJson } from './sessionize.ts';
import type { ImportedSchedule, ReadScheduleOptions } from './types.ts';

export type * from './types.ts';

const SUPPORTED = 'frab/pretalx schedule.xml or schedule.json, pentabarf XML, or Sessionize JSON';

export function readScheduleFile(text: string, fileName?: string, options: ReadScheduleOptions = {}): ImportedSchedule {
  // A byte-order mark is not content; NUL characters cannot be stored (PostgreSQL text) and mean nothing in a schedule.
  const content = text.replace(/^\uFEFF/, '').replaceAll(String.fromCharCode(0), '');
  const head = content.trimStart();
  const name = fileName ? `"${baseName(fileName)}"` : 'The file';
  if (head === '') throw new DomainError('INVALID', `${name} is empty.`);
  if (head.startsWith('<')) {
    const doc = parseXml(content);
    if (!isScheduleXml(doc)) {
      const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? 'none';
      throw new DomainError('INVALID', `${name} is XML but not a schedule (root element <${root}>); expected ${SUPPORTED}.`);
    }
    return readFrabXml(doc, options);
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(content);
    } catch (err) {
      throw new DomainError('INVALID', `${name} is not valid JSON: ${(err as Error).message}`);
    }
    if (isFrabJson(doc)) return readFrabJson(doc as Record<string, unknown>, options);
    if (isSessionizeJson(doc)) return readSessionizeJson(doc, fileName ? stem(fileName) : 'Sessionize schedule', options);
    throw new DomainError('INVALID', `${name} is JSON of an unknown shape; expected ${SUPPORTED}.`);
  }
  throw new DomainError('INVALID', `${name} is neither XML nor JSON; expected ${SUPPORTED}.`);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function stem(path: string): string {
  return baseName(path).replace(/\.[^.]+$/, '');
}
