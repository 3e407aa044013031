export * from './time/zoned.ts';
export * from './agenda/agenda.ts';
export * from './cfp/states.ts';
export * from './errors.ts';
export * from './cfp/transitions.ts';
export * from './cfp/deadlines.ts';
export * from './review/phases.ts';
export * from './mail/templates.ts';
