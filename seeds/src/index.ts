export { seedDemoConference, DEMO_ACCOUNTS, DEMO_PASSWORD, type SeedOptions, type SeedReport } from './seed.ts';
export { kvmForum2012 } from './kvm-forum-2012.ts';
