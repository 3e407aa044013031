// The schedule area's public surface: the conflict checker, and the readers for other systems' schedule files
// (libs/domain/src/agenda/formats) with the mapping that turns an imported file into checker input.
export * from './conflicts.ts';
export * from './from-imported.ts';
export * from '../agenda/formats/read-schedule-file.ts';
