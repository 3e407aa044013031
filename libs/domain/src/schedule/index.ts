// The schedule area's public surface: the conflict checker, and the readers for other systems' schedule files
// (libs/domain/src/agenda/formats) with the mapping that turns an imported file into checker input.
export * from './conflicts.ts';
export * from './from-imported.ts';
export * from '../agenda/formats/read-schedule-file.ts';
export * from './release.ts';
export * from './changelog-feed.ts';
export * from '../mail/schedule-mail.ts';
export * from './solver/types.ts';
export { solveSchedule } from './solver/solve.ts';
export { solverInputFromImported, type ImportedSolverOptions } from './solver/from-imported.ts';
export { frabScheduleJson, type FrabOutputEvent, type FrabOutputInput } from './solver/frab-output.ts';
export { scorePlacement } from './solver/solve.ts';
export { prepareSolver } from './solver/milp.ts';
