export * from './password.ts';
export * from './permissions.ts';
export * from './roles.ts';
export * from './permissions-mail.ts';
export * from './permissions-review.ts';
export * from './permissions-speaker.ts';
export * from './redirects.ts';
