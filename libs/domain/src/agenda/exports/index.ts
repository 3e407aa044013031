// Schedule exports: the published schedule model and its exporters (iCalendar, frab/c3voc XML and JSON).
export * from './model.ts';
export * from './guid.ts';
export * from './ical.ts';
export * from './ical-check.ts';
export * from './published.ts';
export * from './frab.ts';
export * from './public-api.ts';
