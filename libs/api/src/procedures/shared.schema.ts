import { z } from 'zod';
import { calendarDateKey } from '@podium/domain';

export const conferenceSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  location: z.string(),
  description: z.string(),
  timeZone: z.string(),
  /** Local calendar dates, YYYY-MM-DD. */
  startDate: z.string(),
  endDate: z.string(),
});
export type ConferenceSummary = z.infer<typeof conferenceSummarySchema>;

export function toConferenceSummary(c: {
  slug: string;
  name: string;
  location: string;
  description: string;
  timeZone: string;
  startDate: Date;
  endDate: Date;
}): ConferenceSummary {
  return {
    slug: c.slug,
    name: c.name,
    location: c.location,
    description: c.description,
    timeZone: c.timeZone,
    startDate: calendarDateKey(c.startDate),
    endDate: calendarDateKey(c.endDate),
  };
}

export const releaseSchema = z.object({ name: z.string(), releasedAt: z.date() }).nullable();

export const trackSchema = z.object({ name: z.string(), color: z.string() }).nullable();
export const speakerRefSchema = z.object({ code: z.string(), name: z.string() });
