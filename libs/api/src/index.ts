export { appRouter, createCaller, type AppRouter } from './root.ts';
export { createContextInner, type Context, type ContextUser } from './context.ts';
export type { Agenda } from './procedures/public/get-agenda.schema.ts';
export type { PublishedSession } from './procedures/public/get-session.schema.ts';
export { uploadAvatar, readAvatarImage, avatarPath } from './services/avatar.ts';
export { readSpeakerAvatarForStaff } from './services/avatar.ts';
export {
  serveScheduleFeed,
  scheduleFeed,
  loadPublishedSchedule,
  isNotModified,
  parseFavouriteCodes,
  scheduleExportCache,
  SCHEDULE_FORMATS,
  type FeedRequest,
  type Feed,
  type ScheduleFormat,
} from './services/schedule-exports.ts';
