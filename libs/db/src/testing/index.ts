export * from './database.ts';
export * from './factories.ts';
export * from './review-factories.ts';
