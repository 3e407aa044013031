export * from './time/zoned.ts';
export * from './agenda/agenda.ts';
export * from './cfp/states.ts';
export * from './errors.ts';
