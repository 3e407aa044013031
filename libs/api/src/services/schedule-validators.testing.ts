// Test helpers: the real validators for the c3voc formats, reading the schemas from ../shared/specs/c3voc (the
// repository never copies them). schedule.xml: libxml2's XSD validation (xmllint-wasm). schedule.json: the draft-06
// JSON Schema with Ajv (the default Ajv class implements draft-07 and reads draft-06 once its meta-schema is added)
// and ajv-formats; the schema's custom "color" format and its two inert keywords ("$oneOf", "$todo") are declared so
// strict mode stays on for everything else.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';

const require = createRequire(import.meta.url);

export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../../../shared');
export const C3VOC_DIR = path.join(SHARED_DIR, 'specs/c3voc');
export const FIXTURE_DIR = path.join(SHARED_DIR, 'fixtures/schedules');
export const XSD_PATH = path.join(C3VOC_DIR, 'schedule.xml.xsd');
export const JSON_SCHEMA_PATH = path.join(C3VOC_DIR, 'schedule.schema.json');
export const sharedPresent = existsSync(XSD_PATH) && existsSync(JSON_SCHEMA_PATH) && existsSync(FIXTURE_DIR);
export const SKIP_MESSAGE = `skipped: ${SHARED_DIR} (c3voc schemas and fixtures) is not present`;

/** libxml2's messages for `xml` against the c3voc XSD; [] when valid. */
export async function validateScheduleXml(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'schedule.xml', contents: xml }],
    schema: [{ fileName: 'schedule.xml.xsd', contents: readFileSync(XSD_PATH, 'utf8') }],
    initialMemoryPages: 512,
    maxMemoryPages: 4096,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

let jsonValidator: ValidateFunction | null = null;

function jsonSchemaValidator(): ValidateFunction {
  if (jsonValidator) return jsonValidator;
  const schema = JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')) as { $schema: string };
  if (schema.$schema !== 'http://json-schema.org/draft-06/schema#') throw new Error(`Expected a draft-06 schema, got ${schema.$schema}`);
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  addFormats(ajv);
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
  ajv.addVocabulary(['$oneOf', '$todo']);
  jsonValidator = ajv.compile(schema);
  return jsonValidator;
}

/** Ajv's errors for `doc` against the c3voc schedule.json schema; [] when valid. */
export function validateScheduleJson(doc: unknown): string[] {
  const validate = jsonSchemaValidator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
